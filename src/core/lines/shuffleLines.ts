import { createEngine, getEngine } from '../run';
import { dataLines } from './dataLines';
import { engineCall } from './engineCall';
import type { SeededLineOptions } from './lineOptions';
import { fileEols, joinLines, lineEnding, splitLines, type ReadBack } from './splitLines';

/**
 * Shuffle a list of lines as the active engine shuffles a Python list of str:
 * `np.random.seed(s); np.random.shuffle(lines)`, `random.seed(s); random.shuffle(lines)`, or
 * `np.random.default_rng(s).shuffle(lines)` — by running the engine's own `shuffle` row.
 * Only the lines that take part move (see `LineOptions`: the header stays first, ignored blank
 * lines stay where they were); the others keep their places. Returns a new list.
 * Throws `PyError` for a bad seed, with the library's message.
 */
export function shuffleLineList(lines: readonly string[], options: SeededLineOptions): string[] {
  const spec = getEngine(options.engine);
  const engine = createEngine(spec.name, options.seed);
  const { positions, data } = dataLines(lines, options);
  const shuffled = engineCall(spec, engine, 'shuffle', [data]);
  const out = lines.slice();
  for (let i = 0; i < positions.length; i++) out[positions[i]] = shuffled[i] as string;
  return out;
}

/**
 * {@link shuffleLineList} on text. Terminators stay in place: line i of the result ends as line i
 * of the input did, so LF/CRLF (even mixed) and a missing final newline survive unchanged, and the
 * result has exactly the input's length — except, read back as a `file` (see {@link ReadBack}),
 * where that would change the lines ({@link fileEols}): an empty line landing last in a text
 * without a final newline gets the text's line ending (`'\na'` shuffled to `'a\n'` is one line),
 * a line ending with a lone CR landing before an LF gets CRLF.
 */
export function shuffleLines(text: string, options: SeededLineOptions, readBack: ReadBack = 'file'): string {
  const t = splitLines(text);
  const lines = shuffleLineList(t.lines, options);
  return joinLines({ lines, eols: readBack === 'file' ? fileEols(lines, t.eols, lineEnding(t)) : t.eols });
}
