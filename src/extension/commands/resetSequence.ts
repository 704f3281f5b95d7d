import * as vscode from 'vscode';
import type { Outcome, Shell } from '../shell';

/** Reset Sequence: the next insertion in `continue` mode starts again right after seeding. */
export async function resetSequence(shell: Shell): Promise<Outcome> {
  await shell.memory.resetSequence();
  shell.refreshStatus();
  void vscode.window.showInformationMessage('Seeded Random: the sequence restarts from the seed at the next insertion.');
  return { ok: true };
}
