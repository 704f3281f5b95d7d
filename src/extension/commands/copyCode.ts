import * as vscode from 'vscode';
import { describeError } from '../plain/describeError';
import { operationCode, operationLabel } from '../plain/lastOperation';
import { refuse, type Outcome, type CommandContext } from './commandContext';

export interface CodeOutcome extends Outcome {
  /** The Python put on the clipboard. */
  code?: string;
}

/**
 * Copy Reproducing Code: put on the clipboard the Python that reproduces the last insertion,
 * generation, shuffle, sample or split of this session exactly, for the engine it used — the
 * core's `reproducingCode` (prints every value inserted or generated, one per line, with the same
 * number format; replays the earlier calls of a `continue` sequence) or `linesCode` (leaves the
 * result in `lines`, `sample`, or `train` and `test`).
 */
export async function copyCode(ctx: CommandContext): Promise<CodeOutcome> {
  const op = ctx.lastOperation;
  if (!op) {
    return refuse('nothingToCopy', 'nothing to reproduce yet: insert values, generate a document, or shuffle, sample or split lines first.', 'info');
  }
  let code: string;
  try {
    code = operationCode(op);
  } catch (e) {
    return refuse('badInput', describeError(e), 'error');
  }
  await vscode.env.clipboard.writeText(code);
  void vscode.window.showInformationMessage(`Seeded Random: copied the Python that reproduces ${operationLabel(op)}.`);
  return { ok: true, code };
}
