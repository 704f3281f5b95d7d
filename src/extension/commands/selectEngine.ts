import * as vscode from 'vscode';
import type { EngineName } from '../../core/callSpec';
import { ENGINE_INFO } from '../../core/engineNames';
import { ENGINES, ENGINE_NAMES, isEngineName } from '../../core/engines';
import { createEngine } from '../../core/run';
import { describeError } from '../describeError';
import { getConfig, saveEngine } from '../settings';
import { refuse, type Outcome, type Shell } from '../shell';

export interface EngineOutcome extends Outcome {
  engine?: EngineName;
}

/** Select Engine…: numpy, python or numpy-generator; `engine` skips the prompt. Saved like the seed. */
export async function selectEngine(shell: Shell, engineArg?: unknown): Promise<EngineOutcome> {
  const doc = vscode.window.activeTextEditor?.document;
  const config = getConfig(doc ?? null);
  let engine: EngineName;
  if (engineArg !== undefined && engineArg !== null) {
    if (typeof engineArg !== 'string' || !isEngineName(engineArg)) {
      return refuse('badArgs', `unknown engine ${JSON.stringify(engineArg)}; use one of ${ENGINE_NAMES.join(', ')}.`, 'error');
    }
    engine = engineArg;
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
  shell.refreshStatus();
  try {
    createEngine(engine, config.seed);
  } catch (e) {
    void vscode.window.showWarningMessage(
      `Seeded Random: the seed ${config.seed} is not valid for ${engine} (${describeError(e)}); set another with Set Workspace Seed….`,
    );
  }
  return { ok: true, engine };
}
