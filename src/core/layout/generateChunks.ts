import type { EngineName } from '../callSpec';
import { createEngine, prepareCall, runPrepared } from '../run';
import type { Json, PyObj } from '../types';
import { checkCallSize } from './checkCount';
import { layoutWriter, type LayoutOptions } from './layoutWriter';

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
  if (!Number.isSafeInteger(req.n) || req.n < 0) throw new RangeError(`n must be a non-negative integer, not ${req.n}`);
  const chunkValues = Math.max(1, Math.floor(req.chunkValues ?? DEFAULT_CHUNK_VALUES));
  const rng = createEngine(req.engine, req.seed); // seeding errors first, as in Python
  if (req.resume !== undefined) rng.setState(req.resume);
  const call = prepareCall(req.engine, req.call);
  checkCallSize(call);
  const writer = layoutWriter(req);
  let buffer: PyObj[] = req.n > 0 ? runPrepared(rng, call, 1) : [];
  let calls = req.n > 0 ? 1 : 0;
  const perCall = Math.max(1, buffer.length);
  let text = writer.start;
  let pending = 0; // values in `text`
  let values = 0;
  for (;;) {
    for (let at = 0; at < buffer.length; ) {
      const to = Math.min(buffer.length, at + chunkValues - pending);
      text += writer.items(buffer, at, to);
      pending += to - at;
      values += to - at;
      at = to;
      if (pending >= chunkValues) {
        yield { text, calls, values };
        text = '';
        pending = 0;
      }
    }
    if (calls >= req.n) break;
    const batch = Math.min(req.n - calls, Math.max(1, Math.floor(chunkValues / perCall)));
    buffer = runPrepared(rng, call, batch);
    calls += batch;
  }
  yield { text: text + writer.end(), calls, values };
}
