import { describeError } from '../plain/describeError';
import { replaceSelections, snapshot } from '../vscode/editorEdit';
import type { Draw, DrawRequest } from '../plain/drawTexts';
import { drawWithProgress } from '../vscode/drawWithProgress';
import { parseInsertArgs } from '../plain/commandArgs';
import { seedSettingValue } from '../plain/config';
import { literalStyleOf } from '../plain/formatDraw';
import { appendRun } from '../plain/lastOperation';
import { saveSeed } from '../vscode/settings';
import { refuse, type Outcome, type CommandContext } from './commandContext';
import { startCommand, type CommandCall } from './startCommand';
import { insertWizard } from '../ui/insertWizard';
import { recordLayoutFor, recordTexts, templateOf, unknownTemplateMessage, type RecordsRequest } from '../plain/templatePlan';
import type { TemplateRecords } from '../ui/templateStep';

export interface InsertOutcome extends Outcome {
  /** The inserted texts, in document order. */
  texts?: string[];
}

/**
 * Insert Random Values…: replace every selection (in document order) with the values of a seeded
 * call. With `args.call` it runs without prompts (keybindings); otherwise the three-step quick
 * input asks for the seed, the call and its parameters. One undo step; the inserted values are
 * selected afterwards; nothing is edited when the document changed meanwhile or is read-only.
 *
 * Record templates (`args.template`, or a template picked or typed at step 2): one record per
 * selection from one stream seeded afresh, written as the document's language writes a record
 * (a JSON object, a Python dict, a CSV row, an SQL INSERT: see `recordLayoutFor`).
 */
export async function insert(ctx: CommandContext, invocation: CommandCall): Promise<InsertOutcome> {
  const start = await startCommand(invocation, {
    title: 'Insert Random Values',
    parseArgs: parseInsertArgs,
    noEditor: 'open a text editor to insert random values.',
    writes: 'inserted',
    checkSeed: (args) => args.call !== undefined || args.template !== undefined,
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

  let draw: Draw | undefined;
  let seed = start.seed;
  const prefilled = seed;
  const prompted = args.call === undefined && args.template === undefined;

  const layout = recordLayoutFor(doc.languageId, doc.uri.path);
  const records = (seed: string, template: string): RecordsRequest => ({ engine, seed, template, count: snap.ranges.length, layout });
  /** A template's records, one per selection; a template always seeds afresh (reproducible from the seed alone). */
  const insertRecords = async (seed: string, picked: TemplateRecords): Promise<InsertOutcome> => {
    const refusal = await replaceSelections(snap, picked.texts);
    if (refusal) return refuse(refusal.kind, refusal.message);
    if (prompted && seedSettingValue(seed) !== seedSettingValue(prefilled)) await saveSeed(seed, doc.uri);
    const request = { engine, seed, template: picked.template.text, n: picked.texts.length, layout, mode: 'records' as const };
    ctx.lastOperation = { kind: 'template', request, name: picked.template.name };
    ctx.refreshStatus();
    return { ok: true, texts: picked.texts };
  };

  let req: DrawRequest;
  if (args.template !== undefined) {
    const template = templateOf(args.template, config.templates);
    if (!template) return refuse('badInput', unknownTemplateMessage(args.template.trim(), config.templates), 'error');
    let texts: string[];
    try {
      texts = recordTexts(records(seed, template.text));
    } catch (e) {
      return refuse('badInput', describeError(e), 'error');
    }
    return insertRecords(seed, { template, texts });
  } else if (!prompted) {
    req = request(seed, args.call!);
  } else {
    const last = ctx.memory.last;
    const result = await insertWizard({ engine, seed, lastCall: last?.engine === engine ? last.call : undefined, request, templates: config.templates, records });
    if (!result) return { ok: false, reason: 'cancelled' };
    if (result.records) return insertRecords(result.seed, result.records);
    ({ seed, draw, request: req } = result);
  }
  // a large draw (above PROGRESS_ABOVE work) runs in slices with progress and Cancel: nothing is edited on Cancel
  try {
    draw ??= await drawWithProgress(req);
  } catch (e) {
    return refuse('badInput', describeError(e), 'error');
  }
  if (!draw) return { ok: false, reason: 'cancelled' };

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
