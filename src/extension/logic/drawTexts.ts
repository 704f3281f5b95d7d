import type { EngineName } from '../../core/callSpec';
import { PyError } from '../../core/errors';
import { createEngine, prepareCall, runPrepared, type PreparedCall } from '../../core/run';
import type { Json, PyObj } from '../../core/types';
import { formatCallResult, type ArrayStyle } from './formatDraw';
import type { NumberFormat } from '../../core/format/numberFormat';

/** `each`: the i-th selection gets the i-th call's result; `same`: one call, its text everywhere. */
export type FillMode = 'each' | 'same';
export const FILL_MODES: readonly FillMode[] = ['each', 'same'];

/** Most values one insertion may produce (selections × values per call); more is refused, not attempted. */
export const MAX_VALUES = 1_000_000;

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
}

/**
 * Seed (or resume) the engine, then make the call once per selection in document order
 * (`fill: 'each'`) or once in all (`fill: 'same'`) — no other draw, hidden or not: k cursors get
 * exactly `np.random.seed(s); [np.random.randint(1, 10) for _ in range(k)]`, which for scalar calls
 * equals `np.random.randint(1, 10, size=k)`.
 *
 * @param limit compute only the first `limit` texts (a preview); since each call depends only on
 *   the calls before it, they are a prefix of the full draw's texts.
 * @throws PyError with the library's wording (bad seed, bad call, bad parameters, too many values)
 */
export function drawTexts(req: DrawRequest, limit = Infinity): Draw {
  if (!Number.isSafeInteger(req.count) || req.count < 0) throw new RangeError(`bad selection count ${req.count}`);
  const engine = createEngine(req.engine, req.seed); // seeding errors first, as in Python
  if (req.resume !== undefined) engine.setState(req.resume);
  const call = prepareCall(req.engine, req.call);
  const calls = req.fill === 'same' ? Math.min(req.count, 1) : req.count;
  const made = Math.min(calls, limit);
  checkVolume(call, calls);
  const texts: string[] = [];
  for (let i = 0; i < made; i++) {
    texts.push(formatCallResult(runPrepared(engine, call, 1), req.format, req.arrays, req.eol));
  }
  if (req.fill === 'same' && texts.length === 1) {
    const n = Math.min(req.count, limit);
    while (texts.length < n) texts.push(texts[0]);
  }
  return { request: req, texts, state: engine.getState() };
}

/** The number of values one call returns, when its arguments say so (`size`, `k`); else 1. */
export function valuesPerCall(call: PreparedCall): number {
  let n = 1;
  const size = call.args.size as PyObj | undefined;
  if (Array.isArray(size)) for (const d of size) n *= Number(d as bigint);
  const k = call.args.k;
  if (typeof k === 'bigint' && k > 1n) n *= Number(k);
  return n;
}

/** Refuse before running when the values would not fit in an editor anyway. */
function checkVolume(call: PreparedCall, calls: number): void {
  const total = valuesPerCall(call) * calls;
  if (total > MAX_VALUES) {
    throw new PyError('ValueError', `${total} values requested; at most ${MAX_VALUES} can be inserted at once`);
  }
}
