import * as vscode from 'vscode';
import type { Outcome, CommandContext } from './commandContext';

/** Reset Sequence: the next insertion in `continue` mode starts again right after seeding. */
export async function resetSequence(ctx: CommandContext): Promise<Outcome> {
  await ctx.memory.resetSequence();
  ctx.refreshStatus();
  void vscode.window.showInformationMessage('Seeded Random: the sequence restarts from the seed at the next insertion.');
  return { ok: true };
}
