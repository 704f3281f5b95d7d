import { spawnSync } from 'child_process';
import * as path from 'path';
import type { EngineName } from '../../src/core/callSpec';
import { PyError } from '../../src/core/errors';
import { parseLiteral } from '../../src/core/call/parseCall';
import { parseSize, sampleLineList, shuffleLineList, splitLineList } from '../../src/core/lines';
import type { PyObj } from '../../src/core/types';

/** One line-command case, as scripts/fixtures/reference_lines.py reads it (sizes and k as literal text). */
export interface LinesCase {
  op: 'shuffle' | 'sample' | 'split';
  /** Ignored by split (scikit-learn always seeds NumPy's RandomState). */
  engine: EngineName;
  seed: string;
  lines: string[];
  k?: string;
  test_size?: string;
  train_size?: string;
  header?: boolean;
  blank?: 'keep' | 'ignore';
}

/** What a case gives: shuffled or sampled lines, a train/test pair, or Python's error line. */
export type LinesResult = { lines: string[] } | { train: string[]; test: string[] } | { error: string };

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts', 'fixtures', 'reference_lines.py');
const PYTHON = process.env.PYTHON ?? 'python3';

const canImport = (module: string) => spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0;

let sklearn: boolean | undefined;

/**
 * Whether scikit-learn can be imported; on the first call, when it cannot (and NumPy can), try
 * once to install it with `python3 -m pip install --quiet scikit-learn`. If that fails too, the
 * split comparisons skip themselves (with this message printed once); the fixtures still run.
 */
export function sklearnAvailable(): boolean {
  if (sklearn === undefined) {
    sklearn = canImport('sklearn');
    if (!sklearn && canImport('numpy')) {
      const r = spawnSync(PYTHON, ['-m', 'pip', 'install', '--quiet', 'scikit-learn'], { encoding: 'utf8', timeout: 600_000 });
      sklearn = r.status === 0 && canImport('sklearn');
      if (!sklearn) console.log(`    (scikit-learn not importable and pip install failed: live split comparisons skipped)`);
    }
  }
  return sklearn;
}

/** Evaluate line cases in real NumPy/Python/scikit-learn (one process for the batch). */
export function runLinesReference(cases: LinesCase[]): { meta: Record<string, string | null>; results: LinesResult[] } {
  const r = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify({ cases }), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`reference_lines.py failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}

/** A k as the reference reads it: an int literal → bigint; anything else as parsed (a float …). */
function readK(text: string): bigint | number {
  const v: PyObj = parseLiteral(text);
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  throw new Error(`k must be a number literal in a case, not ${text}`);
}

/** Run a case through our core's list functions; `PyError`s become Python's error line. */
export function runLinesOurs(c: LinesCase): LinesResult {
  const options = { engine: c.engine, seed: c.seed, header: c.header, blankLines: c.blank };
  try {
    switch (c.op) {
      case 'shuffle':
        return { lines: shuffleLineList(c.lines, options) };
      case 'sample':
        return { lines: sampleLineList(c.lines, readK(c.k!), options) };
      case 'split':
        return splitLineList(c.lines, {
          ...options,
          testSize: c.test_size === undefined ? undefined : parseSize(c.test_size),
          trainSize: c.train_size === undefined ? undefined : parseSize(c.train_size),
        });
    }
  } catch (e) {
    if (e instanceof PyError) return { error: e.toString() };
    throw e;
  }
}

/** A one-line description of a case for failure messages (never the whole list of lines). */
export function describeLinesCase(c: LinesCase): string {
  const extra = [
    c.k !== undefined ? `k=${c.k}` : '',
    c.test_size !== undefined ? `test_size=${c.test_size}` : '',
    c.train_size !== undefined ? `train_size=${c.train_size}` : '',
    c.header ? 'header' : '',
    c.blank === 'ignore' ? 'ignore-blank' : '',
  ].filter(Boolean);
  return `${c.op} ${c.op === 'split' ? '' : c.engine + ' '}seed=${c.seed} n=${c.lines.length} ${extra.join(' ')}`.trim();
}

/** The first difference between two results, or undefined when they are identical. */
export function diffLinesResult(expected: LinesResult, actual: LinesResult): string | undefined {
  const show = (r: LinesResult) =>
    'error' in r ? r.error : 'lines' in r ? `lines [${r.lines.slice(0, 4).join(', ')}…]` : `train/test ${r.train.length}/${r.test.length}`;
  if ('error' in expected || 'error' in actual) {
    return 'error' in expected && 'error' in actual && expected.error === actual.error
      ? undefined
      : `expected ${show(expected)}; got ${show(actual)}`;
  }
  const pairs: [string, string[] | undefined, string[] | undefined][] =
    'lines' in expected
      ? [['lines', expected.lines, (actual as { lines?: string[] }).lines]]
      : [
          ['train', expected.train, (actual as { train?: string[] }).train],
          ['test', expected.test, (actual as { test?: string[] }).test],
        ];
  for (const [name, want, got] of pairs) {
    if (!got) return `expected ${show(expected)}; got ${show(actual)}`;
    if (want!.length !== got.length) return `${name}: expected ${want!.length} lines, got ${got.length}`;
    for (let i = 0; i < want!.length; i++) {
      if (want![i] !== got[i]) return `${name}[${i}]: expected ${JSON.stringify(want![i])}, got ${JSON.stringify(got[i])}`;
    }
  }
  return undefined;
}
