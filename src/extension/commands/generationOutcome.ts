import * as vscode from 'vscode';
import { describeError } from '../plain/describeError';
import { grouped } from '../plain/generatePlan';
import type { GenerationResult } from '../vscode/generation';
import { refuse, type Outcome } from './commandContext';

export interface GenerateOutcome extends Outcome {
  /** The new document (untitled). */
  uri?: string;
  /** Values written (on cancel: how far it got before the partial document was discarded). */
  values?: number;
  /** Milliseconds spent generating and writing. */
  ms?: number;
}

/**
 * What a generation's result means for the user and the caller: a busy or error refusal, the
 * message that a cancelled (or closed) partial document was discarded, or — done — the status bar
 * message, after `done()` recorded the operation for Copy Reproducing Code.
 */
export function generationOutcome(result: GenerationResult, total: number, unit: string, done: () => void): GenerateOutcome {
  switch (result.kind) {
    case 'busy':
      return refuse('busy', 'a generation is already running; cancel it or wait for it to finish.', 'info');
    case 'error':
      return refuse('badInput', describeError(result.error), 'error');
    case 'cancelled':
    case 'closed': {
      const why = result.kind === 'closed' ? 'the document was closed' : 'cancelled';
      const message = `generation ${why} after ${grouped(result.values)} of ${grouped(total)} ${unit}; the partial document was discarded.`;
      void vscode.window.showInformationMessage(`Seeded Random: ${message}`);
      return { ok: false, reason: result.kind === 'closed' ? 'closed' : 'cancelled', message, values: result.values };
    }
    case 'done':
      done();
      vscode.window.setStatusBarMessage(`Seeded Random: generated ${grouped(result.values)} ${unit} in ${(result.ms / 1000).toFixed(1)} s`, 8000);
      return { ok: true, uri: result.doc.uri.toString(), values: result.values, ms: result.ms };
  }
}
