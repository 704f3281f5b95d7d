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
  /** Internal (not contributed, not in the palette): the step the Insert quick input shows, 0 when closed. For tests. */
  WizardStep = 'seededRandom.internal.wizardStep',
}

/** Ids under this prefix are internal: registered, never contributed. */
export const INTERNAL_PREFIX = 'seededRandom.internal.';
