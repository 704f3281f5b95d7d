import * as vscode from 'vscode';
import { ENGINES } from '../../core/engines';
import { createEngine } from '../../core/run';
import { describeError } from '../describeError';
import { getConfig, saveSeed } from '../settings';
import { refuse, type Outcome, type Shell } from '../shell';

export interface SeedOutcome extends Outcome {
  seed?: string;
  /** Where it was saved: `user`, `workspace` or `folder` settings. */
  target?: string;
}

/**
 * Set Workspace Seed…: an InputBox prefilled with the current seed, validated by the current
 * engine's seeding as typed. `seed` (an integer or a string, e.g. from a keybinding) skips the
 * prompt and is validated the same way. Saved to the workspace settings (user settings when no
 * folder is open).
 */
export async function setSeed(shell: Shell, seedArg?: unknown): Promise<SeedOutcome> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const config = getConfig(vscode.window.activeTextEditor?.document ?? null);
  const validate = (text: string): string | undefined => {
    if (text.trim() === '') return 'Type a seed, e.g. 101';
    try {
      createEngine(config.engine, text);
      return undefined;
    } catch (e) {
      return describeError(e);
    }
  };
  let seed: string | undefined;
  if (seedArg !== undefined && seedArg !== null) {
    if (typeof seedArg === 'number' && Number.isSafeInteger(seedArg)) seed = String(seedArg);
    else if (typeof seedArg === 'string') seed = seedArg;
    else return refuse('badArgs', 'the seed must be an integer or a string such as "101".', 'error');
    const problem = validate(seed);
    if (problem) return refuse('badInput', `seed ${seed} is not valid for ${config.engine}: ${problem}`, 'error');
  } else {
    seed = await vscode.window.showInputBox({
      title: 'Set Workspace Seed',
      prompt: `Seed for ${ENGINES[config.engine].seeding}`,
      value: config.seed,
      placeHolder: 'e.g. 101, [1, 2, 3]',
      validateInput: validate,
    });
    if (seed === undefined) return { ok: false, reason: 'cancelled' };
  }
  seed = seed.trim();
  const target = await saveSeed(seed, uri);
  shell.refreshStatus();
  return { ok: true, seed, target };
}
