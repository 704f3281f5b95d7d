import type { EngineName } from '../core/callSpec';
import { reproducingCode } from '../core/code/reproducingCode';
import { generateChunks } from '../core/layout/generateChunks';
import type { OutputOptions } from './outputOptions';

/**
 * Write what the CLI was asked for: the values in their layout and format, streamed chunk by chunk
 * (bad input throws before anything is written), or with `--code` the Python that prints them.
 */
export function writeOutput(
  req: { engine: string; seed: string; call: string; n: number },
  opts: OutputOptions,
  out: (s: string) => void,
): void {
  if (opts.code) {
    // Run the first call too, so that input Python would reject fails here, not in Python.
    generateChunks({ ...req, n: Math.min(req.n, 1), layout: 'lines' }).next();
    out(reproducingCode({ engine: req.engine as EngineName, seed: req.seed, call: req.call, n: req.n, format: opts.format }));
    return;
  }
  for (const chunk of generateChunks({ ...req, layout: opts.layout, format: opts.format, header: opts.header })) {
    if (chunk.text) out(chunk.text);
  }
}
