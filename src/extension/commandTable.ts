import { CommandId } from './commandId';
import { copyCode } from './commands/copyCode';
import { generateDocument } from './commands/generateDocument';
import { insert } from './commands/insert';
import { newSeed } from './commands/newSeed';
import { repeatLast } from './commands/repeatLast';
import { resetSequence } from './commands/resetSequence';
import { sampleLines } from './commands/sampleLines';
import { selectEngine } from './commands/selectEngine';
import { setSeed } from './commands/setSeed';
import { shuffleLines } from './commands/shuffleLines';
import { splitLines } from './commands/splitLines';
import { describeError } from './plain/describeError';
import { InlineValueService } from './inlineValues/inlineValueService';
import { cancelGeneration, generationStatus } from './vscode/generation';
import { shareReportedSettings } from './vscode/settings';
import type { Outcome, CommandContext } from './commands/commandContext';
import type { CommandCall } from './commands/startCommand';
import { promptShown } from './ui/askValidated';
import { wizardStep } from './ui/insertWizard';

/*
 * The commands and everything they run (the whole core): loaded by the first command, never at
 * activation (see lazyCommands.ts). On the desktop this module is its own file, dist/commands.js,
 * next to dist/extension.js; in the web bundle it is inlined but evaluated on first use.
 */

/** Each command id and what runs it. */
export const COMMANDS: Record<CommandId, (ctx: CommandContext, invocation: CommandCall) => Promise<Outcome>> = {
  [CommandId.Insert]: insert,
  [CommandId.SetSeed]: setSeed,
  [CommandId.NewSeed]: newSeed,
  [CommandId.SelectEngine]: selectEngine,
  [CommandId.RepeatLast]: repeatLast,
  [CommandId.ResetSequence]: resetSequence,
  [CommandId.ShuffleLines]: shuffleLines,
  [CommandId.SampleLines]: sampleLines,
  [CommandId.SplitLines]: splitLines,
  [CommandId.CopyCode]: copyCode,
  [CommandId.GenerateDocument]: generateDocument,
  [CommandId.WizardStep]: async () => ({ ok: true, step: wizardStep() }),
  [CommandId.PromptShown]: async () => ({ ok: true, prompt: promptShown() }),
  [CommandId.GenerationStatus]: async () => ({ ok: true, ...generationStatus() }),
  [CommandId.CancelGeneration]: async () => ({ ok: cancelGeneration() }),
};

export { describeError };

let inlineValueService: InlineValueService | undefined;

/** The inline values' evaluator service (src/extension/inlineValues/registerInlineValues.ts asks for it on first use). */
export function inlineValues(): InlineValueService {
  inlineValueService ??= new InlineValueService();
  return inlineValueService;
}

/**
 * What the activation-time modules hand over. On the desktop, dist/commands.js has its own copy
 * of the few modules both files use (settings.ts, config.ts, …); the only state among them is the
 * set of settings problems already shown, which must stay one set so a bad setting warns once.
 */
export interface HostState {
  reportedSettings: Set<string>;
}

export function adoptHostState(host: HostState): void {
  shareReportedSettings(host.reportedSettings);
}
