import * as vscode from 'vscode';
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
import { describeError } from './describeError';
import { cancelGeneration, generationStatus } from './generation';
import { CONFIG_SECTION } from './logic/config';
import { Memory } from './memory';
import type { Outcome, Shell } from './shell';
import { StatusBar } from './statusBar';
import { promptShown } from './ui/askValidated';
import { wizardStep } from './ui/insertWizard';

/** Each command id and what runs it. */
const COMMANDS: Record<CommandId, (shell: Shell, arg?: unknown) => Promise<Outcome>> = {
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

/**
 * Registers the commands, the status bar item and the listeners that keep it current; nothing
 * else runs at activation. The same file is the desktop (`main`) and web (`browser`) entry.
 */
export function activate(context: vscode.ExtensionContext): void {
  const status = new StatusBar();
  const shell: Shell = { memory: new Memory(context.workspaceState), refreshStatus: () => status.refresh() };
  context.subscriptions.push(
    status,
    ...Object.entries(COMMANDS).map(([id, run]) => vscode.commands.registerCommand(id, (arg?: unknown) => guarded(id, () => run(shell, arg)))),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(CONFIG_SECTION)) status.refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
  );
}

export function deactivate(): void {}

/** A command never throws into VS Code: an unexpected error is reported once, as a message. */
async function guarded(id: string, run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (e) {
    const message = `Seeded Random: ${id} failed: ${describeError(e)}`;
    console.error(message, e);
    void vscode.window.showErrorMessage(message);
    return { ok: false, reason: 'error', message };
  }
}
