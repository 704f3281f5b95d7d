import type { EngineName } from '../callSpec';
import { ScratchArrays, type Column } from '../column';
import { createEngine, prepareCall, runPreparedColumn } from '../run';
import type { Json } from '../types';
import { checkCallSize } from './checkCount';
import { layoutWriter, MAX_COLUMN_BYTES, type LayoutOptions, type LayoutWriter } from './layoutWriter';

/**
 * Default values per chunk: about 300 kB of text and 10–40 ms of work for `random()` (a few
 * event-loop turns' worth, so an editor stays responsive between chunks). The CLI uses larger ones.
 */
export const DEFAULT_CHUNK_VALUES = 16384;

/** What to generate: the CLI's arguments, plus a layout. */
export interface GenerateRequest extends LayoutOptions {
  engine: EngineName | string;
  /** The seed as typed (`101`, `[1, 2]`, `'abc'`). */
  seed: string;
  /** The call as typed (`random()`, `randint(1, 10, size=5)`). */
  call: string;
  /** Number of successive calls after seeding once (the CLI's `-n`), ≥ 0. */
  n: number;
  /** Values per chunk (≥ 1; default {@link DEFAULT_CHUNK_VALUES}). */
  chunkValues?: number;
  /** Engine state to continue from instead of the fresh seed (`sequence: continue`). */
  resume?: Json;
}

/** One piece of the output. Concatenating every chunk's `text` gives the whole layout. */
export interface Chunk {
  text: string;
  /** Calls made so far (out of `n`). */
  calls: number;
  /** Values written so far, this chunk's included. */
  values: number;
}

/**
 * Generate `n` calls' values in a layout, chunk by chunk: each chunk formats at most `chunkValues`
 * values (one call returning more is split over several chunks), so the text of 10⁷ values never
 * exists as one array or string and a consumer — the CLI writing to stdout, the editor appending to
 * a document between event-loop turns — can stop after any chunk (just stop iterating).
 *
 * Seeding, parsing and the first call happen on the first `next()`, before any text is produced:
 * bad input throws `PyError` (Python's wording) and yields nothing. A call that would return more
 * than `MAX_VALUES_PER_CALL` values at once is refused the same way. The last chunk carries the
 * layout's closing text (every layout yields at least one chunk).
 */
export function* generateChunks(req: GenerateRequest): Generator<Chunk, void, void> {
  const { writer, chunkValues, pieces } = generation(req);
  let text = writer.start;
  let pending = 0; // values in `text`
  let values = 0;
  let calls = 0;
  for (const p of pieces) {
    calls = p.calls;
    for (let at = p.from; at < p.to; ) {
      const to = Math.min(p.to, at + chunkValues - pending);
      text += writer.column(p.col, at, to);
      pending += to - at;
      values += to - at;
      at = to;
      if (pending >= chunkValues) {
        yield { text, calls, values };
        text = '';
        pending = 0;
      }
    }
  }
  yield { text: text + writer.end(), calls, values };
}

/**
 * {@link generateChunks} as UTF-8 bytes, for a consumer that writes bytes (the CLI to stdout): the
 * same text, encoded, in pieces of about `chunkValues` values. Typed columns in the default
 * format are written straight as ASCII bytes (no string per chunk to build and encode). Each
 * yielded array is a view of one reused buffer, valid until the next step of the iteration.
 */
export function* generateBytes(req: GenerateRequest): Generator<Uint8Array, void, void> {
  const { writer, chunkValues, pieces } = generation(req);
  let buf = new Uint8Array(64 * 1024);
  let at = 0;
  const put = (text: string) => {
    const need = at + 3 * text.length; // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (need > buf.length) {
      const bigger = new Uint8Array(Math.max(need, 2 * buf.length));
      bigger.set(buf.subarray(0, at));
      buf = bigger;
    }
    at = utf8Into(text, buf, at);
  };
  put(writer.start);
  let pending = 0;
  for (const p of pieces) {
    for (let from = p.from; from < p.to; ) {
      const to = Math.min(p.to, from + chunkValues - pending);
      const need = at + (to - from) * MAX_COLUMN_BYTES;
      if (need > buf.length && p.col.kind !== 'py') {
        const bigger = new Uint8Array(Math.max(need, 2 * buf.length));
        bigger.set(buf.subarray(0, at));
        buf = bigger;
      }
      const end = writer.columnBytes(p.col, from, to, buf, at);
      if (end >= 0) at = end;
      else put(writer.column(p.col, from, to));
      pending += to - from;
      from = to;
      if (pending >= chunkValues) {
        yield buf.subarray(0, at);
        at = 0;
        pending = 0;
      }
    }
  }
  put(writer.end());
  yield buf.subarray(0, at);
}

/** One stretch of values: `col[from..to)`, after `calls` calls in all. */
interface Piece {
  col: Column;
  from: number;
  to: number;
  calls: number;
}

/**
 * What both generators share: seeding, parsing and the first call (so bad input throws before any
 * output), the layout writer, and the values as pieces — one column per batch of calls, a batch
 * holding about `chunkValues` values (one call returning more makes a piece of its own), typed
 * arrays reused from batch to batch.
 */
function generation(req: GenerateRequest): { writer: LayoutWriter; chunkValues: number; pieces: Generator<Piece, void, void> } {
  if (!Number.isSafeInteger(req.n) || req.n < 0) throw new RangeError(`n must be a non-negative integer, not ${req.n}`);
  const chunkValues = Math.max(1, Math.floor(req.chunkValues ?? DEFAULT_CHUNK_VALUES));
  const rng = createEngine(req.engine, req.seed); // seeding errors first, as in Python
  if (req.resume !== undefined) rng.setState(req.resume);
  const call = prepareCall(req.engine, req.call);
  checkCallSize(call);
  const writer = layoutWriter({ ...req, ...elementShape(call.shape, req.n) });
  const scratch = new ScratchArrays();
  const first = runPreparedColumn(rng, call, req.n > 0 ? 1 : 0, scratch);
  function* pieces(): Generator<Piece, void, void> {
    let col = first;
    let calls = req.n > 0 ? 1 : 0;
    const perCall = Math.max(1, col.values.length);
    for (;;) {
      yield { col, from: 0, to: col.values.length, calls };
      if (calls >= req.n) return;
      const batch = Math.min(req.n - calls, Math.max(1, Math.floor(chunkValues / perCall)));
      col = runPreparedColumn(rng, call, batch, scratch);
      calls += batch;
    }
  }
  return { writer, chunkValues, pieces: pieces() };
}

/**
 * Write `text` as UTF-8 into `out` at `at` (room for 3 bytes per UTF-16 unit is the caller's);
 * returns the offset after it. A lone surrogate becomes U+FFFD, as Node's and browsers' encoders do.
 */
function utf8Into(text: string, out: Uint8Array, at: number): number {
  for (let k = 0; k < text.length; k++) {
    let c = text.charCodeAt(k);
    if (c < 0x80) {
      out[at++] = c;
    } else if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 63);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = k + 1 < text.length ? text.charCodeAt(k + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          out[at++] = 0xf0 | (cp >> 18);
          out[at++] = 0x80 | ((cp >> 12) & 63);
          out[at++] = 0x80 | ((cp >> 6) & 63);
          out[at++] = 0x80 | (cp & 63);
          k++;
          continue;
        }
        c = 0xfffd;
      }
      out[at++] = 0xe0 | (c >> 12);
      out[at++] = 0x80 | ((c >> 6) & 63);
      out[at++] = 0x80 | (c & 63);
    }
  }
  return at;
}

/**
 * The layout's elements for `n` calls of a result shape: the calls' results when n > 1 (a
 * `[5]`-shaped call made 3 times is 3 rows of 5, as `np.array([call for _ in range(3)])`), the
 * result's first axis for one call (`rand(2, 3)` → 2 rows of 3; a 1-D result its values), and
 * the values themselves for scalar calls.
 */
export function elementShape(shape: readonly number[] | null, n: number): { shape: number[]; elements: number } {
  if (shape === null || shape.length === 0) return { shape: [], elements: n };
  if (n === 1) return { shape: shape.slice(1), elements: shape[0] };
  return { shape: [...shape], elements: n };
}
