import type { Engine, EngineName } from '../../core/callSpec';
import type { NumberFormat } from '../../core/format/numberFormat';
import { checkCallSize, checkCount, CONFIRM_ABOVE, valuesPerCall } from '../../core/layout/checkCount';
import { callWork, checkPreviewBudget } from '../../core/layout/previewBudget';
import type { LiteralStyle } from '../../core/layout/literalStyles';
import { columnToPy } from '../../core/column';
import { formatColumnValue } from '../../core/format/formatColumnValue';
import { createEngine, prepareCall, runPrepared, runPreparedColumn, type PreparedCall } from '../../core/run';
import type { Json } from '../../core/types';
import { formatCallResult } from './formatDraw';
import type { ArrayStyle, FillMode } from './config';

/**
 * Most values one insertion may produce (selections × values per call): the core's
 * `CONFIRM_ABOVE`. An insertion is one edit built in memory at once, so it does not go on to the
 * core's larger document cap (`MAX_DOCUMENT_VALUES`, after a confirmation): that is what
 * Generate into a New Document… is for, which streams.
 */
export const MAX_INSERT_VALUES = CONFIRM_ABOVE;

/** Too many values for one insertion; the message says what to do instead. */
export class TooManyValues extends Error {}

/** Everything that decides the inserted text. */
export interface DrawRequest {
  engine: EngineName;
  /** The seed as typed (`101`, `[1, 2]`, `'abc'`), validated by the engine's own seeding. */
  seed: string;
  /** The call as typed (`randint(1, 10)`); parsed, never evaluated. */
  call: string;
  /** Number of selections to fill (≥ 0). */
  count: number;
  fill: FillMode;
  format: NumberFormat;
  arrays: ArrayStyle;
  /** The literal syntax of `arrays: literal` (the document's language, see `literalStyleOf`). */
  literal?: LiteralStyle;
  /** The document's line break (`\n` or `\r\n`) for multi-line results. */
  eol: string;
  /** Engine state to continue from (`sequence: continue`); absent → seed afresh. */
  resume?: Json;
}

/** The result of one draw: what is previewed is exactly what is inserted. */
export interface Draw {
  request: DrawRequest;
  /** One text per selection, in document order. */
  texts: string[];
  /** The engine's state after the draw, to continue from next time. */
  state: Json;
  /** The shape of one call's result (null for a scalar), as NumPy reports it. */
  shape: number[] | null;
}

/**
 * Seed (or resume) the engine, then make the call once per selection in document order
 * (`fill: 'each'`) or once in all (`fill: 'same'`) — no other draw, hidden or not: k cursors get
 * exactly `np.random.seed(s); [np.random.randint(1, 10) for _ in range(k)]`, which for scalar calls
 * equals `np.random.randint(1, 10, size=k)`.
 *
 * @param limit compute only the first `limit` texts (a preview); since each call depends only on
 *   the calls before it, they are a prefix of the full draw's texts.
 * @param budget for a preview: the core's `PREVIEW_BUDGET` (in draws) — when the `limit` calls
 *   would cost more, nothing is drawn and `PreviewSkipped` is thrown (after every other check)
 * @throws PyError with the library's wording (bad seed, bad call, bad parameters);
 *   {@link TooManyValues} beyond the caps (checked before any value is drawn)
 */
export function drawTexts(req: DrawRequest, limit = Infinity, budget?: 'preview'): Draw {
  if (!Number.isSafeInteger(req.count) || req.count < 0) throw new RangeError(`bad selection count ${req.count}`);
  const engine = createEngine(req.engine, req.seed); // seeding errors first, as in Python
  if (req.resume !== undefined) engine.setState(req.resume);
  const call = prepareCall(req.engine, req.call);
  const calls = req.fill === 'same' ? Math.min(req.count, 1) : req.count;
  const made = Math.min(calls, limit);
  checkVolume(call, req.count);
  if (budget === 'preview') checkPreviewBudget(call, made);
  const texts = call.spec.column ? textsOfColumn(engine, call, made, req) : [];
  for (let i = texts.length; i < made; i++) {
    texts.push(formatCallResult(runPrepared(engine, call, 1), req.format, req.arrays, req.eol, req.literal, call.shape));
  }
  if (req.fill === 'same' && texts.length === 1) {
    const n = Math.min(req.count, limit);
    while (texts.length < n) texts.push(texts[0]);
  }
  return { request: req, texts, state: engine.getState(), shape: call.shape };
}

/**
 * Work (in draws, the core's `callWork` × calls) above which an insertion is drawn in slices under a
 * cancellable progress notification ({@link drawTextsSliced}): about a second at the slower
 * per-draw rates `npm run bench preview` measured (100,000 floats drawn and printed ≈ 100 ms).
 */
export const PROGRESS_ABOVE = 1_000_000;

/**
 * The estimated work of drawing `req` in full (calls × the call's work), or 0 when the request is
 * bad (drawing it then fails at once with the library's message, as {@link drawTexts} does).
 */
export function drawWork(req: DrawRequest): number {
  try {
    const calls = req.fill === 'same' ? Math.min(req.count, 1) : req.count;
    return callWork(prepareCall(req.engine, req.call)) * calls;
  } catch {
    return 0;
  }
}

/**
 * {@link drawTexts} in slices of calls, awaiting `pause(done, total)` about every `sliceMs` of
 * drawing (the extension host yields to its event loop there and reports progress); `pause`
 * resolving false cancels: the result is then undefined and nothing is kept. The texts and state
 * are exactly {@link drawTexts}'s: successive bulk runs of k calls are the same values as one run
 * of all of them (see `runPreparedColumn`). A single call cannot be cut: it runs whole.
 */
export async function drawTextsSliced(req: DrawRequest, pause: (done: number, total: number) => Promise<boolean>, sliceMs = 100): Promise<Draw | undefined> {
  if (!Number.isSafeInteger(req.count) || req.count < 0) throw new RangeError(`bad selection count ${req.count}`);
  const engine = createEngine(req.engine, req.seed);
  if (req.resume !== undefined) engine.setState(req.resume);
  const call = prepareCall(req.engine, req.call);
  const calls = req.fill === 'same' ? Math.min(req.count, 1) : req.count;
  checkVolume(call, req.count);
  const texts: string[] = [];
  let step = 1;
  let slice = Date.now();
  while (texts.length < calls) {
    const k = Math.min(step, calls - texts.length);
    if (call.spec.column) {
      for (const t of textsOfColumn(engine, call, k, req)) texts.push(t);
    } else {
      for (let i = 0; i < k; i++) texts.push(formatCallResult(runPrepared(engine, call, 1), req.format, req.arrays, req.eol, req.literal, call.shape));
    }
    if (Date.now() - slice >= sliceMs) {
      if (!(await pause(texts.length, calls))) return undefined;
      slice = Date.now();
    } else {
      step = Math.min(step * 2, 65_536);
    }
  }
  if (req.fill === 'same' && texts.length === 1) while (texts.length < req.count) texts.push(texts[0]);
  return { request: req, texts, state: engine.getState(), shape: call.shape };
}

/**
 * The texts of `made` calls drawn at once through the call's bulk path (`runPreparedColumn`: the
 * same values and engine state as `made` single calls, see test/core/bulk.test.ts), each call's
 * share of the column printed as {@link formatCallResult} prints one call's values.
 */
function textsOfColumn(engine: Engine, call: PreparedCall, made: number, req: DrawRequest): string[] {
  const col = runPreparedColumn(engine, call, made);
  const per = made > 0 ? col.values.length / made : 0;
  const scalar = per === 1 && (call.shape?.length ?? 0) <= 1;
  const texts: string[] = new Array(made);
  for (let i = 0; i < made; i++) {
    texts[i] = scalar
      ? formatColumnValue(col, i, req.format)
      : formatCallResult(columnToPy(col, i * per, (i + 1) * per), req.format, req.arrays, req.eol, req.literal, call.shape);
  }
  return texts;
}

/**
 * Refuse before running when the values would not fit in one edit: a single call returning more
 * than the core's `MAX_VALUES_PER_CALL` (its `ValueError`), or more than {@link MAX_INSERT_VALUES}
 * in all (selections × values per call, the text every selection receives — also with `fill: same`).
 */
function checkVolume(call: PreparedCall, count: number): void {
  checkCallSize(call);
  const total = valuesPerCall(call) * count;
  const check = checkCount(total);
  if (check.kind === 'refuse') throw new TooManyValues(check.message);
  if (total > MAX_INSERT_VALUES) {
    throw new TooManyValues(
      `${total.toLocaleString('en-US')} values are more than one insertion writes at once ` +
        `(at most ${MAX_INSERT_VALUES.toLocaleString('en-US')}); use Generate into a New Document…, which writes them in chunks`,
    );
  }
}
