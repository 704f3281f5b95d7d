import * as vscode from 'vscode';
import { shuffleLines as shuffleText } from '../../core/lines';
import { describeError } from '../describeError';
import { readOnlyReason, replaceRange } from '../editorEdit';
import { codeSource, engineAndSeed, lineOptions, lineSource } from '../lineSource';
import { ArgsError } from '../logic/insertArgs';
import { parseLineArgs } from '../logic/lineArgs';
import { getConfig } from '../settings';
import { refuse, type Outcome, type Shell } from '../shell';

/**
 * Shuffle Lines: the selected lines (or the whole document when nothing is selected) in the order
 * the active engine shuffles a Python list of them — `np.random.seed(s); np.random.shuffle(lines)`,
 * `random.seed(s); random.shuffle(lines)` or `np.random.default_rng(s).shuffle(lines)` — with the
 * workspace seed; no prompt. Line endings stay where they were (LF/CRLF, a missing final
 * newline); `seededRandom.lines.header` keeps the document's first line first,
 * `seededRandom.lines.blankLines: ignore` leaves blank lines in place. One undo step; refused
 * (nothing changed) on a read-only or changed document. Args: `{engine, seed, header, blankLines}`.
 */
export async function shuffleLines(shell: Shell, rawArgs?: unknown): Promise<Outcome> {
  let args;
  try {
    args = parseLineArgs('shuffle', rawArgs);
  } catch (e) {
    if (e instanceof ArgsError) return refuse('badArgs', `bad arguments for Shuffle Lines: ${e.message}`, 'error');
    throw e;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return refuse('noEditor', 'open a text editor to shuffle its lines.', 'info');
  const readOnly = await readOnlyReason(editor.document);
  if (readOnly) return refuse('readonly', `${readOnly}; nothing was changed.`);
  const source = lineSource(editor);
  if (typeof source === 'string') return refuse('badSelection', source);
  const config = getConfig(editor.document);
  const { engine, seed } = engineAndSeed(config, args);
  const options = lineOptions(config, args, source);
  let text: string;
  try {
    text = shuffleText(source.text, { engine, seed, ...options });
  } catch (e) {
    return refuse('badInput', describeError(e), 'error');
  }
  const refusal = await replaceRange(source.snap, source.range, text, source.wholeDocument ? 'start' : 'text');
  if (refusal) return refuse(refusal.kind, refusal.message);
  shell.lastOperation = { kind: 'lines', request: { op: 'shuffle', engine, seed, source: codeSource(source, false), ...options } };
  vscode.window.setStatusBarMessage(`Seeded Random: shuffled ${source.lines.lines.length} lines (${engine}, seed ${seed})`, 5000);
  return { ok: true };
}
