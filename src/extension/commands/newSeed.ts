import * as vscode from 'vscode';
import { seedFromRandomWord } from '../plain/config';
import { saveSeed } from '../vscode/settings';
import type { CommandContext } from './commandContext';
import { startCommand, type CommandCall } from './startCommand';
import type { SeedOutcome } from './setSeed';

/**
 * New Random Seed: 32 bits from the platform's CSPRNG, `crypto.getRandomValues` (the global in both
 * Node and browser workers; no Node `crypto` import) (valid for every engine), saved as the
 * workspace seed and shown; run Insert again to re-roll the selected values with it.
 */
export async function newSeed(ctx: CommandContext, invocation: CommandCall): Promise<SeedOutcome> {
  const start = await startCommand(invocation, { title: 'New Random Seed', parseArgs: () => ({}) });
  if ('refused' in start) return start.refused;
  const seed = seedFromRandomWord(crypto.getRandomValues(new Uint32Array(1))[0]);
  const target = await saveSeed(seed, start.editor?.document.uri);
  ctx.refreshStatus();
  void vscode.window.showInformationMessage(`Seeded Random: seed set to ${seed}.`);
  return { ok: true, seed, target };
}
