import * as vscode from 'vscode';
import { CommandId } from './commandId';
import { registerInlineValues } from './inlineValues/registerInlineValues';
import { commandTable } from './lazyCommands';
import { CONFIG_SECTION } from './plain/config';
import { invocationOf } from './plain/menuArgs';
import { Memory } from './vscode/memory';
import type { Outcome, CommandContext } from './commands/commandContext';
import { StatusBar } from './vscode/statusBar';

/**
 * Registers the commands, the status bar item and the listeners that keep it current; nothing
 * else runs at activation. The commands' code and the core are loaded by the first command
 * (lazyCommands.ts): activation reads settings and nothing more. The same file is the desktop
 * (`main`) and web (`browser`) entry.
 */
export function activate(context: vscode.ExtensionContext): void {
  const status = new StatusBar();
  const ctx: CommandContext = { memory: new Memory(context.workspaceState), refreshStatus: () => status.refresh() };
  context.subscriptions.push(
    status,
    ...Object.values(CommandId).map((id) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) =>
        guarded(id, () => commandTable().COMMANDS[id](ctx, invocationOf(args, (a): a is vscode.Uri => a instanceof vscode.Uri))),
      ),
    ),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(CONFIG_SECTION)) status.refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
  );
  registerInlineValues(context);
}

export function deactivate(): void {}

/** A command never throws into VS Code: an unexpected error is reported once, as a message. */
async function guarded(id: string, run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (e) {
    const message = `Seeded Random: ${id} failed: ${describe(e)}`;
    console.error(message, e);
    void vscode.window.showErrorMessage(message);
    return { ok: false, reason: 'error', message };
  }
}

/** describeError, from the commands' module (its `PyError` is the class their errors are made of). */
function describe(e: unknown): string {
  try {
    return commandTable().describeError(e);
  } catch {
    return e instanceof Error ? e.message : String(e); // the module itself failed to load
  }
}
