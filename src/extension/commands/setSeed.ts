import * as vscode from 'vscode';
import { ENGINES } from '../../core/engines';
import { createEngine } from '../../core/run';
import { describeError } from '../plain/describeError';
import { ArgsError } from '../plain/commandArgs';
import { saveSeed } from '../vscode/settings';
import { refuse, type Outcome, type CommandContext } from './commandContext';
import { startCommand, type CommandCall } from './startCommand';

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
export async function setSeed(ctx: CommandContext, invocation: CommandCall): Promise<SeedOutcome> {
  const start = await startCommand(invocation, {
    title: 'Set Workspace Seed',
    parseArgs: (raw) => (raw === undefined || raw === null ? {} : { seed: seedOfArg(raw) }),
    badArgs: () => 'the seed must be an integer or a string such as "101".',
  });
  if ('refused' in start) return start.refused;
  const { config, editor } = start;
  const validate = (text: string): string | undefined => {
    if (text.trim() === '') return 'Type a seed, e.g. 101';
    try {
      createEngine(config.engine, text);
      return undefined;
    } catch (e) {
      return describeError(e);
    }
  };
  let seed = start.args.seed;
  if (seed !== undefined) {
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
  const target = await saveSeed(seed, editor?.document.uri);
  ctx.refreshStatus();
  return { ok: true, seed, target };
}

/** The seed given as args: a JSON integer or any string (validated by the engine's seeding next). */
function seedOfArg(raw: unknown): string {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return String(raw);
  if (typeof raw === 'string') return raw;
  throw new ArgsError('not an integer or a string');
}
