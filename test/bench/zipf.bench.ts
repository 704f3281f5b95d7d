import { createEngine, prepareCall, runPrepared } from '../../src/core/run';
import { CLOCK, median, printTable, timeOurs, timePython, type Row } from './numpyTiming';

/**
 * Legacy `zipf(a)` with a just above 1 (issue #14: `zipf(1.0000001, size=100)` took 13 s, 12× NumPy):
 * NumPy's rejection loop rejects all but about 1 round in 230,000 there, so the loop's cost per
 * round is everything. Ours and NumPy alternate over rounds in the same run; ratio > 1: we are faster.
 */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const ROUNDS = 3;
const CASES: { a: string; size: number }[] = [
  { a: '1.0000001', size: 20 },
  { a: '1.00001', size: 2000 },
  { a: '1.01', size: 200_000 },
  { a: '2.0', size: 1_000_000 },
];
const SETUP = 'import numpy as np';
const rows: Row[] = CASES.map(({ a, size }) => {
  const call = prepareCall('numpy', `zipf(${a}, size=${size})`);
  const theirs: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = timePython(SETUP, { z: `np.random.seed(1); np.random.zipf(${a}, size=${size})` }, REPEAT).z;
    if (t !== null) theirs.push(t);
    ours.push(timeOurs(() => runPrepared(createEngine('numpy', '1'), call), REPEAT));
  }
  return { name: `numpy: zipf(${a})`, count: size, ours: median(ours), theirs: theirs.length ? median(theirs) : null };
});
printTable(`legacy zipf near 1, ${CLOCK} time, median of ${ROUNDS}×${REPEAT} runs, NumPy and ours alternating`, 'NumPy', rows);
