import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { printTable, type Row } from './numpyTiming';

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
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** One run: wall seconds, and CPU seconds when /usr/bin/time is there (else NaN). */
function run(cmd: string, args: string[]): { wall: number; cpu: number } | null {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%U %S', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 20, encoding: 'utf8' })
    : spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 20, encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) return null;
  const m = TIME ? /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) : null;
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const py = (body: string) => ['-c', `import numpy as np, json\nrng = np.random.default_rng(1)\na = rng.random(${N})\n${body}`];

const CASES: { name: string; cli: string[]; python: string[] }[] = [
  { name: 'repr, one call size=N', cli: [`random(size=${N})`], python: py(`print('\\n'.join(map(repr, a.tolist())))`) },
  { name: 'repr, -n N scalar calls', cli: ['-n', String(N), 'random()'], python: py(`print('\\n'.join(map(repr, a.tolist())))`) },
  { name: "--format .3f (format(x, '.3f'))", cli: ['--format', '.3f', `random(size=${N})`], python: py(`print('\\n'.join(format(x, '.3f') for x in a.tolist()))`) },
  { name: '--format sig:6 --thousands', cli: ['--format', ',.6g', `random(size=${N})`], python: py(`print('\\n'.join(format(x, ',.6g') for x in a.tolist()))`) },
  { name: '--layout json (json.dumps)', cli: ['--layout', 'json', `random(size=${N})`], python: py(`print(json.dumps(a.tolist(), indent=2))`) },
];

const rows: Row[] = CASES.map((c) => {
  const ours: { wall: number; cpu: number }[] = [];
  const theirs: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const o = run(process.execPath, [CLI, '--engine', 'numpy-generator', '--seed', '1', ...c.cli]);
    const t = run('python3', c.python);
    if (o) ours.push(o);
    if (t) theirs.push(t);
  }
  const cpu = (xs: { cpu: number }[]) => (xs.length ? median(xs.map((x) => x.cpu)) : NaN);
  return {
    name: c.name,
    count: N,
    ours: ours.length ? median(ours.map((x) => x.wall)) : NaN,
    theirs: theirs.length ? median(theirs.map((x) => x.wall)) : null,
    extra: `${cpu(ours).toFixed(2)} s / ${cpu(theirs).toFixed(2)} s (${(cpu(ours) / cpu(theirs)).toFixed(2)})`,
  };
});
printTable(
  `CLI printing, whole process (node dist/cli.js vs python3 + NumPy), wall time, median of ${REPEAT} alternating runs, N = ${N}`,
  'Python',
  rows,
  'CPU time ours / Python (time ratio)',
);
