import type { EngineName } from '../callSpec';
import { ENGINE_INFO } from '../engineNames';
import { createEngine, getEngine } from '../run';
import type { PyObj } from '../types';
import { dataLines } from './dataLines';
import { engineCall } from './engineCall';
import type { SeededLineOptions } from './lineOptions';
import { layoutLike, splitLines } from './splitLines';

/**
 * Each engine's k-without-replacement call: the row name, its arguments, and the Python it is.
 * NumPy's `choice(a, k, replace=False)` on a 1-d `a` computes the indices from `len(a)` alone and
 * then takes `a[idx]` (RandomState and Generator alike), so for a non-empty list we run the row
 * on the count, `choice(len(lines), k, replace=False)`, and pick the lines by index: the same
 * draws, without turning a million lines into an array. An empty list is passed as itself so
 * that the error is NumPy's for an empty `a`.
 */
const SAMPLE: Record<EngineName, { call: string; byIndex: boolean; kwargs: [string, PyObj][]; args: string }> = {
  numpy: { call: 'choice', byIndex: true, kwargs: [['replace', false]], args: 'lines, k, replace=False' },
  python: { call: 'sample', byIndex: false, kwargs: [], args: 'lines, k' },
  'numpy-generator': { call: 'choice', byIndex: true, kwargs: [['replace', false]], args: 'lines, k, replace=False' },
};

/** The Python a sample reproduces for an engine (for prompts and docs): `random.seed(s); random.sample(lines, k)`. */
export const samplePython = (engine: EngineName): string =>
  `${ENGINE_INFO[engine].seeding}; ${ENGINE_INFO[engine].prefix}${SAMPLE[engine].call}(${SAMPLE[engine].args})`;

/**
 * Draw `k` lines without replacement, in the order the engine draws them (see {@link SAMPLE}), by
 * running the engine's own row. `k` is an int: a `bigint`, or a JS integer number (taken as an int
 * for convenience; a fractional number is passed on as a Python float, which the engine refuses
 * with Python's TypeError). With a header the result is the header, then the k lines; ignored
 * blank lines are not drawn. A `k` beyond the lines drawn from, or negative, raises the engine's
 * own ValueError (`Sample larger than population or is negative`, …).
 */
export function sampleLineList(lines: readonly string[], k: bigint | number, options: SeededLineOptions): string[] {
  const spec = getEngine(options.engine);
  const engine = createEngine(spec.name, options.seed);
  const { header, data } = dataLines(lines, options);
  const kk: PyObj = typeof k === 'number' && Number.isInteger(k) ? BigInt(k) : k;
  const how = SAMPLE[spec.name];
  const out: string[] = header === undefined ? [] : [header];
  if (how.byIndex && data.length > 0) {
    for (const i of engineCall(spec, engine, how.call, [BigInt(data.length), kk], how.kwargs)) out.push(data[Number(i as bigint)]);
  } else {
    for (const line of engineCall(spec, engine, how.call, [data, kk], how.kwargs)) out.push(line as string);
  }
  return out;
}

/**
 * {@link sampleLineList} on text: the result is new text in the input's style — its first line
 * ending (LF or CRLF) after every line, and a final newline only if the input had one.
 */
export function sampleLines(text: string, k: bigint | number, options: SeededLineOptions): string {
  const t = splitLines(text);
  return layoutLike(t, sampleLineList(t.lines, k, options));
}
