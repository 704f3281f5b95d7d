import type { EngineName } from '../../src/core/callSpec';
import { ENGINES } from '../../src/core/engines';
import { sampleLineList, shuffleLineList, shuffleLines, splitLineList } from '../../src/core/lines';
import { printTable, timeOurs, timePython, type Row } from './numpyTiming';

/**
 * Line commands on N lines (default 1,000,000): ours next to the Python each reproduces, timed
 * in the same run on a list of N str. "text" rows include cutting the text into lines and
 * joining it back. Ratios > 1 mean we are faster. Not a test: it prints, it does not assert.
 */
const N = Number(process.env.BENCH_N ?? 1_000_000);
const REPEAT = 5;
const lines = Array.from({ length: N }, (_, i) => `${i},row ${i},${(i * 7919) % 1000}`);
const text = lines.join('\n') + '\n';
const K = Math.floor(N / 10);

const SETUP = `
import random
import numpy as np
lines = [f"{i},row {i},{(i * 7919) % 1000}" for i in range(${N})]
try:
    from sklearn.model_selection import train_test_split
except ImportError:
    train_test_split = None`;

const CASES: { name: string; engine: EngineName; ours: () => unknown; py: string }[] = [
  { name: 'shuffle (numpy)', engine: 'numpy', ours: () => shuffleLineList(lines, { engine: 'numpy', seed: '1' }), py: 'np.random.seed(1); np.random.shuffle(lines)' },
  { name: 'shuffle (python)', engine: 'python', ours: () => shuffleLineList(lines, { engine: 'python', seed: '1' }), py: 'random.seed(1); random.shuffle(lines)' },
  {
    name: 'shuffle (numpy-generator)',
    engine: 'numpy-generator',
    ours: () => shuffleLineList(lines, { engine: 'numpy-generator', seed: '1' }),
    py: 'np.random.default_rng(1).shuffle(lines)',
  },
  {
    name: 'shuffle text, split+join (numpy)',
    engine: 'numpy',
    ours: () => shuffleLines(text, { engine: 'numpy', seed: '1' }),
    py: 'np.random.seed(1); l = text.splitlines(); np.random.shuffle(l); "\\n".join(l)',
  },
  { name: `sample k=${K} (numpy)`, engine: 'numpy', ours: () => sampleLineList(lines, K, { engine: 'numpy', seed: '1' }), py: `np.random.seed(1); np.random.choice(lines, ${K}, replace=False)` },
  { name: `sample k=${K} (python)`, engine: 'python', ours: () => sampleLineList(lines, K, { engine: 'python', seed: '1' }), py: `random.seed(1); random.sample(lines, ${K})` },
  {
    name: `sample k=${K} (numpy-generator)`,
    engine: 'numpy-generator',
    ours: () => sampleLineList(lines, K, { engine: 'numpy-generator', seed: '1' }),
    py: `np.random.default_rng(1).choice(lines, ${K}, replace=False)`,
  },
  {
    name: 'split test_size=0.25 (sklearn)',
    engine: 'numpy',
    ours: () => splitLineList(lines, { seed: '1', testSize: 0.25 }),
    py: 'train_test_split(lines, test_size=0.25, random_state=1) if train_test_split else None',
  },
];

const available = CASES.filter((c) => ENGINES[c.engine].calls.length > 0);
const theirs = timePython(
  `${SETUP}\ntext = "\\n".join(lines) + "\\n"`,
  Object.fromEntries(available.map((c) => [c.name, c.py])),
  REPEAT,
);
const rows: Row[] = available.map((c) => ({ name: c.name, count: N, ours: timeOurs(c.ours, REPEAT), theirs: theirs[c.name] }));
printTable(`lines, median of ${REPEAT} runs, N = ${N.toLocaleString('en-US')} lines (values = lines in)`, 'Python', rows);
const missing = CASES.filter((c) => !available.includes(c)).map((c) => c.name);
if (missing.length) console.log(`(not timed, engine not available yet: ${missing.join('; ')})`);
