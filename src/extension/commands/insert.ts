import * as vscode from 'vscode';
import { createEngine } from '../../core/run';
import { describeError } from '../describeError';
import { readOnlyReason, replaceSelections, snapshot } from '../editorEdit';
import { drawTexts, type Draw, type DrawRequest } from '../logic/drawTexts';
import { ArgsError } from '../logic/argChecks';
import { parseInsertArgs } from '../logic/insertArgs';
import { seedSettingValue } from '../logic/config';
import { literalStyleOf } from '../logic/formatDraw';
import { appendRun } from '../logic/lastOperation';
import { getConfig, saveSeed } from '../settings';
import { refuse, type Outcome, type Shell } from '../shell';
import { insertWizard } from '../ui/insertWizard';

export interface InsertOutcome extends Outcome {
  /** The inserted texts, in document order. */
  texts?: string[];
}

/**
 * Insert Random Values…: replace every selection (in document order) with the values of a seeded
 * call. With `args.call` it runs without prompts (keybindings); otherwise the three-step quick
 * input asks for the seed, the call and its parameters. One undo step; the inserted values are
 * selected afterwards; nothing is edited when the document changed meanwhile or is read-only.
 */
export async function insert(shell: Shell, rawArgs?: unknown): Promise<InsertOutcome> {
  let args;
  try {
    args = parseInsertArgs(rawArgs);
  } catch (e) {
    if (e instanceof ArgsError) return refuse('badArgs', `bad arguments for Insert Random Values: ${e.message}`, 'error');
    throw e;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return refuse('noEditor', 'open a text editor to insert random values.', 'info');
  const doc = editor.document;
  const readOnly = await readOnlyReason(doc);
  if (readOnly) return refuse('readonly', `${readOnly}; nothing was inserted.`);
  const snap = snapshot(editor);
  const config = getConfig(doc);
  const engine = args.engine ?? config.engine;
  const format = { ...(args.format ?? config.format) };
  if (config.quoteStrings && args.format === undefined) format.quoteStrings = true;
  const fill = args.fill ?? config.fill;
  const literal = literalStyleOf(config.literalStyle, doc.languageId);
  const position = (seed: string) => (config.sequence === 'continue' ? shell.memory.sequenceFor(engine, seed) : undefined);
  const request = (seed: string, call: string): DrawRequest => ({
    engine,
    seed,
    call,
    count: snap.ranges.length,
    fill,
    format,
    arrays: config.arrays,
    literal,
    eol: snap.eol,
    resume: position(seed)?.state,
  });

  let draw: Draw;
  let seed = args.seed ?? config.seed;
  const prefilled = seed;
  const prompted = args.call === undefined;
  if (!prompted) {
    try {
      createEngine(engine, seed);
    } catch (e) {
      return refuse('badInput', `the seed ${seed} is not valid for ${engine} (set another with Set Workspace Seed…): ${describeError(e)}`, 'error');
    }
    try {
      draw = drawTexts(request(seed, args.call!));
    } catch (e) {
      return refuse('badInput', describeError(e), 'error');
    }
  } else {
    const last = shell.memory.last;
    const result = await insertWizard({ engine, seed, lastCall: last?.engine === engine ? last.call : undefined, request });
    if (!result) return { ok: false, reason: 'cancelled' };
    ({ seed, draw } = result);
  }

  const refusal = await replaceSelections(snap, draw.texts);
  if (refusal) return refuse(refusal.kind, refusal.message);

  if (prompted && seedSettingValue(seed) !== seedSettingValue(prefilled)) await saveSeed(seed, doc.uri);
  const call = draw.request.call;
  const n = fill === 'same' ? Math.min(snap.ranges.length, 1) : snap.ranges.length;
  // The calls made since seeding: none unless the stream was resumed; unknown (no code to copy)
  // when the position was saved without its history by an older version.
  const before = draw.request.resume !== undefined ? position(seed)?.history : [];
  shell.lastOperation = before ? { kind: 'insert', request: { engine, seed, call, n, before, format } } : undefined;
  // both go to the workbench's storage; one round trip for the two
  await Promise.all([
    config.sequence === 'continue' && shell.memory.setSequence({ engine, seed, state: draw.state, history: before && appendRun(before, { call, n }) }),
    shell.memory.setLast({ engine, seed, call, format, fill }),
  ]);
  shell.refreshStatus();
  return { ok: true, texts: draw.texts };
}
