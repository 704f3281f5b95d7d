import type { EngineName } from '../core/callSpec';
import { reproducingCode } from '../core/code/reproducingCode';
import { MAX_VALUES_PER_CALL, valuesPerCall } from '../core/layout/checkCount';
import { generateBytes, generateChunks } from '../core/layout/generateChunks';
import { createEngine, prepareCall, runPrepared } from '../core/run';
import type { OutputOptions } from './outputOptions';

/** Values per write to stdout: big generations stream out in pieces of about a megabyte. */
const CLI_CHUNK_VALUES = 65536;

/**
 * Write what the CLI was asked for: the values in their layout and format, streamed chunk by chunk
 * (bad input throws before anything is written), or with `--code` the Python that prints them.
 * With `outBytes`, values go out as UTF-8 bytes (the same text; faster for big outputs).
 */
export function writeOutput(
  req: { engine: string; seed: string; call: string; n: number },
  opts: OutputOptions,
  out: (s: string) => void,
  outBytes?: (b: Uint8Array) => void,
): void {
  if (opts.code) {
    // Seed, bind and make the first call as the values would, so input Python would reject fails
    // here with Python's message instead of in the copied code (a call too big to hold in memory
    // here is still fine for Python, so it is only bound).
    const rng = createEngine(req.engine, req.seed); // seeding errors first, as in Python
    const call = prepareCall(req.engine, req.call);
    if (valuesPerCall(call) <= MAX_VALUES_PER_CALL) runPrepared(rng, call, 1);
    out(reproducingCode({ engine: req.engine as EngineName, seed: req.seed, call: req.call, n: req.n, format: opts.format }));
    return;
  }
  const gen = { ...req, layout: opts.layout, format: opts.format, header: opts.header, chunkValues: CLI_CHUNK_VALUES };
  if (outBytes) {
    for (const bytes of generateBytes(gen)) if (bytes.length > 0) outBytes(bytes);
    return;
  }
  for (const chunk of generateChunks(gen)) {
    if (chunk.text) out(chunk.text);
  }
}
