import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { EngineName } from '../../src/core/callSpec';
import type { Case } from '../support/case';
import { runCli } from '../../src/cli/runCli';
import type { AnnotationRecord } from '../../src/core/annotate/annotate';
import { PYTHON, referenceAvailable } from '../support/python';
import { notebookJson, randomScript } from '../support/randomScripts';
import { mulberry32, RUN_SEED } from '../support/seededRand';

/**
 * Live differential test of `seeded-random annotate --json`: random Python scripts and notebooks,
 * fresh each run (SEEDED_RANDOM_TEST_SEED replays one), run in python3 by
 * scripts/trace_random_calls.py, which records each call's result by position. Every call the
 * evaluator marks known must equal Python's value(s); every unknown must give a reason.
 */
const ROOT = path.resolve(__dirname, '../../..');
const TRACER = path.join(ROOT, 'scripts', 'trace_random_calls.py');
const SCRIPTS = Number(process.env.ANNOTATE_SCRIPTS ?? 40);

interface Trace {
  calls: { cell: number | null; line: number; col: number; values: string[] }[];
  error: string | null;
  meta: { python: string; numpy: string };
}

/** `seeded-random annotate FILE --json`, through the CLI's own entry point (dist/cli.js runs the same runCli). */
function annotate(file: string): AnnotationRecord[] {
  let out = '';
  let err = '';
  const code = runCli(['annotate', file, '--json'], path.dirname(file), (s) => (out += s), (s) => (err += s));
  assert.strictEqual(code, 0, err);
  return JSON.parse(out);
}

/** Python's values for many files in one python3 process. */
export function traceFiles(files: string[]): Trace[] {
  const r = spawnSync(PYTHON, [TRACER, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.strictEqual(r.status, 0, r.stderr);
  const parsed = JSON.parse(r.stdout);
  return files.length === 1 ? [parsed] : parsed;
}

/** Compare one file with its trace; returns the known and total call sites. */
export function compareFile(file: string, t: Trace, label: string, reasons?: Map<string, number>): { known: number; total: number } {
  const records = annotate(file);
  const byPos = new Map(t.calls.map((c) => [`${c.cell ?? ''}:${c.line}:${c.col}`, c.values]));
  let known = 0;
  for (const r of records) {
    if (r.unknown !== null) {
      assert.ok(typeof r.unknown === 'string' && r.unknown.length > 0, `${label}: an unknown call without a reason: ${JSON.stringify(r)}`);
      assert.strictEqual(r.value, null, `${label}: an unknown call with a value: ${JSON.stringify(r)}`);
      const why = r.unknown.replace(/^(cell \d+, )?line \d+: /, '').replace(/\d+/g, 'N').slice(0, 70);
      reasons?.set(why, (reasons.get(why) ?? 0) + 1);
      continue;
    }
    const py = byPos.get(`${r.cell ?? ''}:${r.line}:${r.col}`);
    if (py === undefined && t.error !== null) continue; // Python stopped before this call (the script's own error)
    assert.ok(py, `${label}: ${r.call} at ${r.line}:${r.col} is known (${r.value}) but Python never ran it`);
    assert.deepStrictEqual(r.values ?? [r.value], py, `${label}: ${r.call} at ${r.cell ?? ''}:${r.line}:${r.col}`);
    known++;
  }
  return { known, total: records.length };
}

const caseSources = {
  numpy: (rand: () => number, n: number): Case[] => require('../cases/numpy.js').randomCases(rand, n),
  python: (rand: () => number, n: number): Case[] => require('../cases/python.js').randomCases(rand, n),
  'numpy-generator': (rand: () => number, n: number): Case[] => require('../cases/numpy-generator.js').randomCases(rand, n),
} as Record<EngineName, (rand: () => number, n: number) => Case[]>;

suite(`annotate: live differential vs Python (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, function () {
  this.timeout(600_000);
  let dir: string;
  suiteSetup(function () {
    if (!referenceAvailable()) this.skip(); // the one skip allowed: no python3/NumPy here
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotate-diff-'));
  });
  suiteTeardown(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const notebook of [false, true]) {
    test(`${SCRIPTS} random ${notebook ? 'notebooks' : 'scripts'}: every known value equals Python's`, () => {
      const rand = mulberry32(RUN_SEED ^ (notebook ? 0x5eed : 0xf11e));
      let known = 0;
      let total = 0;
      const scripts = Array.from({ length: SCRIPTS }, () => randomScript(rand, caseSources, notebook));
      const files = scripts.map((s, i) => {
        const file = path.join(dir, `s${i}.${notebook ? 'ipynb' : 'py'}`);
        fs.writeFileSync(file, notebook ? notebookJson(s.cells as string[]) : s.source);
        return file;
      });
      const traces = traceFiles(files);
      const meta = traces[0]?.meta;
      const reasons = new Map<string, number>();
      scripts.forEach((s, i) => {
        const r = compareFile(files[i], traces[i], `${notebook ? 'notebook' : 'script'} ${i} (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})\n${s.source}\n`, reasons);
        known += r.known;
        total += r.total;
      });
      assert.ok(total > 0, 'the scripts had random calls');
      console.log(`      ${known} of ${total} call sites known (${((100 * known) / total).toFixed(1)}%) [live: Python ${meta?.python}, NumPy ${meta?.numpy}]`);
      const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 6);
      for (const [why, n] of top) console.log(`        unknown ×${n}: ${why}`);
    });
  }

  test('realistic scripts (seed-explainer style): every known value equals Python’s; how many are known', function () {
    if (!referenceAvailable(true) || spawnSync(PYTHON, ['-c', 'import sklearn']).status !== 0) this.skip(); // needs scikit-learn for the split
    const rand = mulberry32(RUN_SEED ^ 0x5eed1);
    const files = EXPLAINERS.flatMap((template, t) =>
      Array.from({ length: 3 }, (_, i) => {
        const file = path.join(dir, `explainer${t}_${i}.py`);
        fs.writeFileSync(file, template.replace(/\{SEED\}/g, String(Math.floor(rand() * 2 ** 31))));
        return file;
      }),
    );
    const traces = traceFiles(files);
    let known = 0;
    let total = 0;
    const reasons = new Map<string, number>();
    files.forEach((f, i) => {
      assert.strictEqual(traces[i].error, null, `${f}: ${traces[i].error}`);
      const r = compareFile(f, traces[i], `${f} (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})\n${fs.readFileSync(f, 'utf8')}`, reasons);
      known += r.known;
      total += r.total;
    });
    console.log(`      realistic scripts: ${known} of ${total} call sites known (${((100 * known) / total).toFixed(1)}%)`);
    for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`        unknown ×${n}: ${why}`);
  });
});

/** Scripts written the way seed explainers and tutorials write them ({SEED} is replaced by a fresh seed). */
const EXPLAINERS = [
  `import numpy as np
import random
from sklearn.model_selection import train_test_split

SEED = {SEED}
np.random.seed(SEED)
random.seed(SEED)

print(np.random.randint(1, 10, size=5))
print(random.randint(1, 10))
print(np.random.random())
print(random.random())

deck = list(range(10))
random.shuffle(deck)
print(deck)
arr = np.arange(10)
np.random.shuffle(arr)
print(arr)

print(np.random.standard_exponential(3))
print(random.triangular(0, 10, 3))
print(np.random.normal(0, 1, size=(2, 3)))

data = list(range(20))
idx = np.random.permutation(len(data))
train_idx, test_idx = idx[:16], idx[16:]
X = np.arange(20).reshape(10, 2)
y = np.arange(10)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)

np.random.seed(SEED)
a = np.random.rand(3)
np.random.seed(SEED)
b = np.random.rand(3)
print(a, b)
`,
  `import numpy as np
import random

def main():
    rng = np.random.default_rng({SEED})
    return rng.integers(0, 10, size=5)

rng = np.random.default_rng({SEED})
n_samples = 8
print(rng.integers(0, 10, size=5))
print(rng.random(3))
print(rng.choice(['a', 'b', 'c'], size=4))
values = rng.standard_exponential(n_samples)
print(rng.triangular(0, 5, 10))
for i in range(3):
    print(rng.standard_normal())
order = rng.permutation(n_samples)
split = int(0.75 * n_samples)
train, test = order[:split], order[split:]
print(train, test)

r = random.Random({SEED})
names = ['ann', 'bob', 'cy', 'dee', 'eve']
r.shuffle(names)
print(names, r.sample(range(100), 3), r.choice(names))

if __name__ == "__main__":
    print(main())
    print(rng.random())
`,
];

