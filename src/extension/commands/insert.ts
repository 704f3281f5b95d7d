import { describeError } from '../plain/describeError';
import { replaceSelections, snapshot } from '../vscode/editorEdit';
import { drawTexts, type Draw, type DrawRequest } from '../plain/drawTexts';
import { parseInsertArgs } from '../plain/commandArgs';
import { seedSettingValue } from '../plain/config';
import { literalStyleOf } from '../plain/formatDraw';
import { appendRun } from '../plain/lastOperation';
import { saveSeed } from '../vscode/settings';
import { refuse, type Outcome, type CommandContext } from './commandContext';
import { startCommand, type CommandCall } from './startCommand';
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
export async function insert(ctx: CommandContext, invocation: CommandCall): Promise<InsertOutcome> {
  const start = await startCommand(invocation, {
    title: 'Insert Random Values',
    parseArgs: parseInsertArgs,
    noEditor: 'open a text editor to insert random values.',
    writes: 'inserted',
    checkSeed: (args) => args.call !== undefined,
  });
  if ('refused' in start) return start.refused;
  const { args, config, engine, format } = start;
  const editor = start.editor!;
  const doc = editor.document;
  const snap = snapshot(editor);
  const fill = args.fill ?? config.fill;
  const literal = literalStyleOf(config.literalStyle, doc.languageId, doc.uri.path);
  const position = (seed: string) => (config.sequence === 'continue' ? ctx.memory.sequenceFor(engine, seed) : undefined);
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
  let seed = start.seed;
  const prefilled = seed;
  const prompted = args.call === undefined;
  if (!prompted) {
    try {
      draw = drawTexts(request(seed, args.call!));
    } catch (e) {
      return refuse('badInput', describeError(e), 'error');
    }
  } else {
    const last = ctx.memory.last;
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
  ctx.lastOperation = before ? { kind: 'insert', request: { engine, seed, call, n, before, format } } : undefined;
  // both go to the workbench's storage; one round trip for the two
  await Promise.all([
    config.sequence === 'continue' && ctx.memory.setSequence({ engine, seed, state: draw.state, history: before && appendRun(before, { call, n }) }),
    ctx.memory.setLast({ engine, seed, call, format, fill }),
  ]);
  ctx.refreshStatus();
  return { ok: true, texts: draw.texts };
}
