import type { EngineName } from '../callSpec';
import { ENGINE_INFO, seedingWith } from '../engineNames';
import { pythonLiteral } from '../layout/literalElement';
import type { BlankLines } from '../lines/lineOptions';
import { getEngine, parseSeed } from '../run';
import type { PyObj } from '../types';

/**
 * Where the copied code gets its lines: a file it reads (all its lines, or `count` lines from the
 * 0-based line `first`: a selected block), or the lines themselves as a list literal.
 */
export type LinesSource = { path: string; from?: { first: number; count: number } } | { lines: readonly string[] };

/** A line command (shuffle, sample, split) as the editor or CLI ran it. */
export type LinesCodeRequest = (
  | { op: 'shuffle'; engine: EngineName; seed: string }
  | { op: 'sample'; engine: EngineName; seed: string; k: bigint | number }
  | { op: 'split'; seed: string; testSize?: PyObj; trainSize?: PyObj }
) & {
  source: LinesSource;
  /** The first line is a header (see `LineOptions.header`). */
  header?: boolean;
  blankLines?: BlankLines;
};


/** Seeding and the variable the engine's methods hang on, from the engines' light table. */
const SEEDING = (engine: EngineName) => {
  const info = ENGINE_INFO[engine];
  return { imports: info.imports, seed: (s: string) => seedingWith(engine, s), on: info.prefix.slice(0, -1) };
};

/**
 * The Python that reproduces a line shuffle, sample or split exactly (the clipboard after
 * "Shuffle Lines", "Sample Lines", "Split Train/Test"). It reads the lines as the core cuts them —
 * only `\n` and `\r\n` end a line (`open(..., newline='\n')`, then the terminator is removed) — or
 * takes them from a list literal, then leaves the result in Python variables and prints it, one
 * line per line (a split prints `# train: N lines`, the train lines, then the same for test):
 * - shuffle → `lines` (the whole list, header and ignored blank lines in their places);
 * - sample → `sample` (header first when there is one);
 * - split → `train`, `test` (each topped by the header when there is one), from scikit-learn's
 *   `train_test_split(data, test_size=…, train_size=…, random_state=seed)`.
 * Samples draw indices (`np.random.choice(len(data), k, replace=False)`): the same draw as
 * `np.random.choice(data, k, replace=False)` (NumPy only uses the population's length), without
 * converting the lines to a NumPy string array (which would drop trailing NUL characters).
 * Throws `PyError` for an unknown engine or an unreadable seed literal.
 */
export function linesCode(req: LinesCodeRequest): string {
  const engine: EngineName = req.op === 'split' ? 'numpy' : getEngine(req.engine).name;
  const seedLit = pythonLiteral(parseSeed(req.seed));
  const imports = req.op === 'split' ? ['from sklearn.model_selection import train_test_split'] : [SEEDING(engine).imports];
  const out: string[] = [...imports, ''];

  if ('path' in req.source) {
    out.push(
      `with open(${pythonLiteral(req.source.path)}, encoding='utf-8', newline='\\n') as f:  # only \\n and \\r\\n end a line`,
      "    lines = [line.removesuffix('\\n').removesuffix('\\r') for line in f]",
    );
    const from = req.source.from;
    if (from) out.push(`lines = lines[${from.first}:${from.first + from.count}]  # the selected lines`);
  } else {
    out.push(`lines = ${pythonLiteral([...req.source.lines])}`);
  }

  const ignore = req.blankLines === 'ignore';
  const first = req.header ? 1 : 0;
  if (req.op === 'shuffle') {
    const on = SEEDING(engine).on;
    const seed = SEEDING(engine).seed(seedLit);
    if (ignore) {
      out.push(
        `places = [i for i, line in enumerate(lines) if i >= ${first} and line.strip(' \\t')]  # blank lines stay put`,
        'data = [lines[i] for i in places]',
        seed,
        `${on}.shuffle(data)`,
        'for i, line in zip(places, data):',
        '    lines[i] = line',
      );
    } else if (req.header) {
      out.push('header, data = lines[0], lines[1:]', seed, `${on}.shuffle(data)`, 'lines = [header] + data');
    } else {
      out.push(seed, `${on}.shuffle(lines)`);
    }
    out.push("print('\\n'.join(lines))");
    return out.join('\n') + '\n';
  }

  let data = 'lines';
  if (req.header || ignore) {
    if (req.header) out.push('header = lines[0]');
    const from = req.header ? 'lines[1:]' : 'lines';
    out.push(ignore ? `data = [line for line in ${from} if line.strip(' \\t')]  # blank lines take no part` : `data = ${from}`);
    data = 'data';
  }
  const top = (v: string) => (req.header ? `[header] + ${v}` : v);
  if (req.op === 'sample') {
    const k = typeof req.k === 'number' && Number.isInteger(req.k) ? BigInt(req.k) : req.k;
    out.push(SEEDING(engine).seed(seedLit));
    const drawn =
      engine === 'python'
        ? `random.sample(${data}, ${pythonLiteral(k)})`
        : `[${data}[i] for i in ${SEEDING(engine).on}.choice(len(${data}), ${pythonLiteral(k)}, replace=False)]`;
    out.push(`sample = ${top(drawn)}`, "print('\\n'.join(sample))");
    return out.join('\n') + '\n';
  }
  const sizes = [
    ...(req.testSize !== undefined ? [`test_size=${pythonLiteral(req.testSize)}`] : []),
    ...(req.trainSize !== undefined ? [`train_size=${pythonLiteral(req.trainSize)}`] : []),
  ];
  out.push(`train, test = train_test_split(${[data, ...sizes, `random_state=${seedLit}`].join(', ')})`);
  if (req.header) out.push('train, test = [header] + train, [header] + test');
  out.push('for name, part in (("train", train), ("test", test)):', "    print(f'# {name}: {len(part)} lines')", "    print('\\n'.join(part))");
  return out.join('\n') + '\n';
}
