import * as vscode from 'vscode';
import { seedFromRandomWord } from '../logic/statusText';
import { saveSeed } from '../settings';
import type { Shell } from '../shell';
import type { SeedOutcome } from './setSeed';

/**
 * New Random Seed: 32 bits from the platform's CSPRNG, `crypto.getRandomValues` (the global in both
 * Node and browser workers; no Node `crypto` import) (valid for every engine), saved as the
 * workspace seed and shown; run Insert again to re-roll the selected values with it.
 */
export async function newSeed(shell: Shell): Promise<SeedOutcome> {
  const seed = seedFromRandomWord(crypto.getRandomValues(new Uint32Array(1))[0]);
  const target = await saveSeed(seed, vscode.window.activeTextEditor?.document.uri);
  shell.refreshStatus();
  void vscode.window.showInformationMessage(`Seeded Random: seed set to ${seed}.`);
  return { ok: true, seed, target };
}
