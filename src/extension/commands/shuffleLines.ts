import * as vscode from 'vscode';
import { shuffleLines as shuffleText } from '../../core/lines';
import { describeError } from '../plain/describeError';
import { replaceRange } from '../vscode/editorEdit';
import { codeSource } from '../vscode/lineSource';
import { startLineCommand, type CommandCall } from './startCommand';
import { refuse, type Outcome, type CommandContext } from './commandContext';

/**
 * Shuffle Lines: the selected lines (or the whole document when nothing is selected) in the order
 * the active engine shuffles a Python list of them — `np.random.seed(s); np.random.shuffle(lines)`,
 * `random.seed(s); random.shuffle(lines)` or `np.random.default_rng(s).shuffle(lines)` — with the
 * workspace seed; no prompt. Line endings stay where they were (LF/CRLF, a missing final
 * newline); `seededRandom.lines.header` keeps the document's first line first,
 * `seededRandom.lines.blankLines: ignore` leaves blank lines in place. One undo step; refused
 * (nothing changed) on a read-only or changed document. Args: `{engine, seed, header, blankLines}`.
 */
export async function shuffleLines(ctx: CommandContext, invocation: CommandCall): Promise<Outcome> {
  const start = await startLineCommand(ctx, 'shuffle', invocation);
  if ('refused' in start) return start.refused;
  const { engine, seed, source, options } = start;
  let text: string;
  try {
    text = shuffleText(source.text, { engine, seed, ...options }, 'editor'); // same length: the edit replaces the range
  } catch (e) {
    return refuse('badInput', describeError(e), 'error');
  }
  const refusal = await replaceRange(source.snap, source.range, text, source.wholeDocument ? 'start' : 'text');
  if (refusal) return refuse(refusal.kind, refusal.message);
  ctx.lastOperation = { kind: 'lines', request: { op: 'shuffle', engine, seed, source: codeSource(source), ...options } };
  vscode.window.setStatusBarMessage(`Seeded Random: shuffled ${source.lines.lines.length - (options.header ? 1 : 0)} lines${options.header ? ' below the header' : ''} (${engine}, seed ${seed})`, 5000);
  return { ok: true };
}
