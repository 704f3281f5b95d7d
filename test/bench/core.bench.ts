import { ENGINES } from '../../src/core/engines';
import { ScratchArrays } from '../../src/core/column';
import { createEngine, prepareCall, runPrepared, runPreparedColumn } from '../../src/core/run';
import { CLOCK, median, printTable, timeOurs, timePython, type Row } from './numpyTiming';

/**
 * Core throughput next to NumPy doing the same in the same run. "ours" is the bulk path
 * (`prepareCall` once, seed, `runPreparedColumn` with size=N: the values in a typed array, as
 * NumPy fills an ndarray) into reused arrays (`ScratchArrays`, as the CLI and the editor's
 * chunked generation use it — NumPy's allocator likewise hands back the memory of the array
 * freed in the previous run). Extra columns: the same into a fresh typed array each run (the
 * system then maps and zeroes new pages: slow in some sandboxes), and `runPrepared` (one JS value
 * per value, ints as BigInt), which the editor's small draws use. Ratios > 1 mean we are faster.
 */
const N = Number(process.env.BENCH_N ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 7);

const CASES: { engine: 'numpy' | 'numpy-generator'; name: string; call: string; py: string }[] = [
  { engine: 'numpy', name: 'MT19937 doubles: random_sample', call: `random_sample(size=${N})`, py: `np.random.random_sample(${N})` },
  { engine: 'numpy', name: 'randint(0, 1000)', call: `randint(0, 1000, size=${N})`, py: `np.random.randint(0, 1000, size=${N})` },
  { engine: 'numpy', name: 'standard_normal (legacy polar)', call: `standard_normal(size=${N})`, py: `np.random.standard_normal(${N})` },
  { engine: 'numpy', name: 'standard_exponential (legacy -log(1-U))', call: `standard_exponential(size=${N})`, py: `np.random.standard_exponential(${N})` },
  { engine: 'numpy-generator', name: 'PCG64 doubles: random', call: `random(size=${N})`, py: `rng.random(${N})` },
  { engine: 'numpy-generator', name: 'integers(0, 1000)', call: `integers(0, 1000, size=${N})`, py: `rng.integers(0, 1000, size=${N})` },
  { engine: 'numpy-generator', name: 'standard_normal (ziggurat)', call: `standard_normal(size=${N})`, py: `rng.standard_normal(${N})` },
  { engine: 'numpy-generator', name: 'standard_exponential (ziggurat)', call: `standard_exponential(size=${N})`, py: `rng.standard_exponential(${N})` },
  // scalar parameters: the bulk paths (normal, uniform, exponential) and the per-value draw (gamma)
  { engine: 'numpy', name: 'normal(1.5, 2.0)', call: `normal(1.5, 2.0, size=${N})`, py: `np.random.normal(1.5, 2.0, ${N})` },
  { engine: 'numpy', name: 'uniform(-1.0, 3.0)', call: `uniform(-1.0, 3.0, size=${N})`, py: `np.random.uniform(-1.0, 3.0, ${N})` },
  { engine: 'numpy', name: 'gamma(2.5, 1.5)', call: `gamma(2.5, 1.5, size=${N})`, py: `np.random.gamma(2.5, 1.5, ${N})` },
  { engine: 'numpy-generator', name: 'normal(1.5, 2.0)', call: `normal(1.5, 2.0, size=${N})`, py: `rng.normal(1.5, 2.0, ${N})` },
  { engine: 'numpy-generator', name: 'exponential(2.0)', call: `exponential(2.0, size=${N})`, py: `rng.exponential(2.0, ${N})` },
  { engine: 'numpy-generator', name: 'gamma(2.5, 1.5)', call: `gamma(2.5, 1.5, size=${N})`, py: `rng.gamma(2.5, 1.5, ${N})` },
  // array parameters: broadcast, one draw per element
  { engine: 'numpy', name: 'normal([0.0, 100.0], 1.0) broadcast', call: `normal([0.0, 100.0], 1.0, size=(${N / 2}, 2))`, py: `np.random.normal([0.0, 100.0], 1.0, (${N / 2}, 2))` },
  { engine: 'numpy-generator', name: 'normal([0.0, 100.0], 1.0) broadcast', call: `normal([0.0, 100.0], 1.0, size=(${N / 2}, 2))`, py: `rng.normal([0.0, 100.0], 1.0, (${N / 2}, 2))` },
];

const accepted = (c: (typeof CASES)[number]) => {
  try {
    prepareCall(c.engine, c.call);
    return true;
  } catch {
    return false; // e.g. array parameters before broadcasting
  }
};
const available = CASES.filter((c) => ENGINES[c.engine].calls.some((s) => s.name === c.call.slice(0, c.call.indexOf('('))) && accepted(c));
const SETUP = 'import numpy as np\nnp.random.seed(1)\nrng = np.random.default_rng(1)';
const ROUNDS = 3;
const speed = (t: number) => `${(N / t / 1e6).toFixed(1)} M/s`;
// Each case alternates NumPy and ours over several rounds, so that a burst of load from elsewhere
// on the machine hits both sides alike; each side's time is the median of its rounds' medians.
const rows: Row[] = available.map((c) => {
  const rng = createEngine(c.engine, '1');
  const call = prepareCall(c.engine, c.call);
  const scratch = new ScratchArrays();
  const theirs: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = timePython(SETUP, { [c.name]: c.py }, REPEAT)[c.name];
    if (t !== null) theirs.push(t);
    ours.push(timeOurs(() => runPreparedColumn(rng, call, 1, scratch), REPEAT));
  }
  const fresh = timeOurs(() => runPreparedColumn(rng, call), 3);
  const pyObjs = timeOurs(() => runPrepared(rng, call), 3);
  return { name: `${c.engine}: ${c.name}`, count: N, ours: median(ours), theirs: theirs.length ? median(theirs) : null, extra: `${speed(fresh)} | ${speed(pyObjs)}` };
});
printTable(
  `core, ${CLOCK} time, median of ${ROUNDS}×${REPEAT} runs, NumPy and ours alternating, N = ${N.toLocaleString('en-US')} (ours: runPreparedColumn into reused arrays)`,
  'NumPy',
  rows,
  'fresh array | runPrepared → PyObj[]',
);
