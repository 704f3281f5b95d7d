import * as vscode from 'vscode';
import type { EngineName } from '../../core/callSpec';
import { ENGINE_INFO } from '../../core/engineNames';
import { ENGINES, ENGINE_NAMES, isEngineName } from '../../core/engines';
import { createEngine } from '../../core/run';
import { describeError } from '../plain/describeError';
import { ArgsError } from '../plain/commandArgs';
import { saveEngine } from '../vscode/settings';
import type { Outcome, CommandContext } from './commandContext';
import { startCommand, type CommandCall } from './startCommand';

export interface EngineOutcome extends Outcome {
  engine?: EngineName;
}

/** Select Engine…: numpy, python or numpy-generator; `engine` skips the prompt. Saved like the seed. */
export async function selectEngine(ctx: CommandContext, invocation: CommandCall): Promise<EngineOutcome> {
  const start = await startCommand(invocation, {
    title: 'Select Engine',
    parseArgs: (raw) => (raw === undefined || raw === null ? {} : { engine: engineOfArg(raw) }),
    badArgs: (message) => message,
  });
  if ('refused' in start) return start.refused;
  const { config, editor } = start;
  const doc = editor?.document;
  let engine: EngineName;
  if (start.args.engine !== undefined) {
    engine = start.args.engine;
  } else {
    const picked = await vscode.window.showQuickPick(
      ENGINE_NAMES.map((name) => ({
        label: name,
        description: `${ENGINES[name].seeding}${name === config.engine ? ' (current)' : ''}`,
        detail: ENGINE_INFO[name].description,
        name,
      })),
      { title: 'Select Engine', placeHolder: `Current: ${config.engine}` },
    );
    if (!picked) return { ok: false, reason: 'cancelled' };
    engine = picked.name;
  }
  await saveEngine(engine, doc?.uri);
  ctx.refreshStatus();
  try {
    createEngine(engine, config.seed);
  } catch (e) {
    void vscode.window.showWarningMessage(
      `Seeded Random: the seed ${config.seed} is not valid for ${engine} (${describeError(e)}); set another with Set Workspace Seed….`,
    );
  }
  return { ok: true, engine };
}

/** The engine given as args: one of the engines' names. */
function engineOfArg(raw: unknown): EngineName {
  if (typeof raw === 'string' && isEngineName(raw)) return raw;
  throw new ArgsError(`unknown engine ${JSON.stringify(raw)}; use one of ${ENGINE_NAMES.join(', ')}.`);
}
