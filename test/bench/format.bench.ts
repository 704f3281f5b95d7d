import * as path from 'path';
import { compareProcesses, printTable, type Row } from './numpyTiming';

/**
 * End-to-end printing speed: the CLI writing N values (process start to exit, stdout to
 * /dev/null) next to python3 doing the same with NumPy in the same run —
 * `print('\n'.join(map(repr, a.tolist())))` and its formatted/JSON equivalents. The two
 * alternate run by run (so load from elsewhere on the machine hits both alike); times are wall
 * clock, medians of REPEAT runs, with each process's CPU time (user + system, from
 * /usr/bin/time when present) as an extra column. Needs a built dist/cli.js (`npm run build`).
 * Ratios > 1 mean the CLI is faster. Not a test: it prints, it does not assert.
 */
const N = Number(process.env.BENCH_N ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const CLI = path.resolve(__dirname, '../../dist/cli.js');



const py = (body: string) => ['-c', `import numpy as np, json\nrng = np.random.default_rng(1)\na = rng.random(${N})\n${body}`];

const CASES: { name: string; cli: string[]; python: string[] }[] = [
  { name: 'repr, one call size=N', cli: [`random(size=${N})`], python: py(`print('\\n'.join(map(repr, a.tolist())))`) },
  { name: 'repr, -n N scalar calls', cli: ['-n', String(N), 'random()'], python: py(`print('\\n'.join(map(repr, a.tolist())))`) },
  { name: "--format .3f (format(x, '.3f'))", cli: ['--format', '.3f', `random(size=${N})`], python: py(`print('\\n'.join(format(x, '.3f') for x in a.tolist()))`) },
  { name: '--format sig:6 --thousands', cli: ['--format', ',.6g', `random(size=${N})`], python: py(`print('\\n'.join(format(x, ',.6g') for x in a.tolist()))`) },
  { name: '--layout json (json.dumps)', cli: ['--layout', 'json', `random(size=${N})`], python: py(`print(json.dumps(a.tolist(), indent=2))`) },
];

const rows: Row[] = CASES.map((c) =>
  compareProcesses(c.name, N, [process.execPath, [CLI, '--engine', 'numpy-generator', '--seed', '1', ...c.cli]], ['python3', c.python], REPEAT),
);
printTable(
  `CLI printing, whole process (node dist/cli.js vs python3 + NumPy), wall time, median of ${REPEAT} alternating runs, N = ${N}`,
  'Python',
  rows,
  'CPU time ours / Python (time ratio)',
);
