import { spawnSync } from 'child_process';
import * as path from 'path';
import { printTable, type Row } from './numpyTiming';

/**
 * End-to-end printing speed: the CLI writing N values (process start to exit, stdout to
 * /dev/null) next to python3 doing the same with NumPy in the same run —
 * `print('\n'.join(map(repr, a.tolist())))` and its formatted/JSON equivalents.
 * Ratios > 1 mean the CLI is faster. Not a test: it prints, it does not assert.
 */
const N = Number(process.env.BENCH_N ?? 1_000_000);
const CLI = path.resolve(__dirname, '../../dist/cli.js');

function wall(cmd: string, args: string[], repeat = 3): number | null {
  const ts: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 20 });
    if (r.status !== 0) return null;
    ts.push((performance.now() - t0) / 1000);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

const py = (body: string) => ['-c', `import numpy as np, json\nrng = np.random.default_rng(1)\na = rng.random(${N})\n${body}`];

const CASES: { name: string; cli: string[]; python: string[] }[] = [
  { name: 'repr, one call size=N', cli: [`random(size=${N})`], python: py(`print('\\n'.join(map(repr, a.tolist())))`) },
  { name: 'repr, -n N scalar calls', cli: ['-n', String(N), 'random()'], python: py(`print('\\n'.join(map(repr, a.tolist())))`) },
  { name: "--format .3f (format(x, '.3f'))", cli: ['--format', '.3f', `random(size=${N})`], python: py(`print('\\n'.join(format(x, '.3f') for x in a.tolist()))`) },
  { name: '--format sig:6 --thousands', cli: ['--format', ',.6g', `random(size=${N})`], python: py(`print('\\n'.join(format(x, ',.6g') for x in a.tolist()))`) },
  { name: '--layout json (json.dumps)', cli: ['--layout', 'json', `random(size=${N})`], python: py(`print(json.dumps(a.tolist(), indent=2))`) },
];

const rows: Row[] = CASES.map((c) => ({
  name: c.name,
  count: N,
  ours: wall(process.execPath, [CLI, '--engine', 'numpy-generator', '--seed', '1', ...c.cli]) ?? NaN,
  theirs: wall('python3', c.python),
}));
printTable(`CLI printing, whole process (node dist/cli.js vs python3 + NumPy), median of 3, N = ${N}`, 'Python', rows);
