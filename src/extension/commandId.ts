/**
 * Every command id the extension contributes. They are public API: keybindings, `when` clauses
 * and other extensions refer to them, so they never change. package.json lists the same ids
 * (a unit test checks both ways).
 */
export enum CommandId {
  Insert = 'seededRandom.insert',
  SetSeed = 'seededRandom.setSeed',
  NewSeed = 'seededRandom.newSeed',
  SelectEngine = 'seededRandom.selectEngine',
  RepeatLast = 'seededRandom.repeatLast',
  ResetSequence = 'seededRandom.resetSequence',
  ShuffleLines = 'seededRandom.shuffleLines',
  SampleLines = 'seededRandom.sampleLines',
  SplitLines = 'seededRandom.splitLines',
  CopyCode = 'seededRandom.copyCode',
  GenerateDocument = 'seededRandom.generateDocument',
  /** Internal (not contributed, not in the palette): the step the Insert quick input shows, 0 when closed. For tests. */
  WizardStep = '_seededRandom.wizardStep',
  /** Internal: the title of the InputBox a line or generate command shows, undefined when none. For tests. */
  PromptShown = '_seededRandom.promptShown',
  /** Internal: the generation in progress (`{running, uri, values, total}`). For tests. */
  GenerationStatus = '_seededRandom.generationStatus',
  /** Internal: cancel the generation in progress, as its notification's Cancel button does. For tests. */
  CancelGeneration = '_seededRandom.cancelGeneration',
}

/** Ids under this prefix are internal: registered, never contributed; VS Code leaves ids starting with `_` out of Keyboard Shortcuts and the palette. */
export const INTERNAL_PREFIX = '_seededRandom.';
