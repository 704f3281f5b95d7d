import { spawnSync } from 'child_process';
import * as fs from 'fs';

/**
 * Which clock the benches read: `cpu` (default) — the process's CPU time, so that time spent
 * descheduled while other work shares the machine counts for neither side — or `wall`
 * (`BENCH_CLOCK=wall`).
 */
export const CLOCK: 'cpu' | 'wall' = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';

/** Seconds on {@link CLOCK}. */
function now(): number {
  if (CLOCK === 'wall') return performance.now() / 1000;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Time Python statements in the real libraries, in this same run: each `stmt` runs `repeat`
 * times after `setup` (seeding), and the median seconds of one run is returned (null without Python).
 */
export function timePython(setup: string, stmts: Record<string, string>, repeat = 5): Record<string, number | null> {
  const src = `
import json, sys, time, statistics
clock = time.${CLOCK === 'wall' ? 'perf_counter' : 'process_time'}
${setup}
out = {}
for name, stmt in json.loads(sys.argv[1]).items():
    code = compile(stmt, name, 'exec')
    ts = []
    for _ in range(${repeat}):
        t0 = clock(); exec(code, globals()); ts.append(clock() - t0)
    out[name] = statistics.median(ts)
print(json.dumps(out))`;
  const r = spawnSync('python3', ['-c', src, JSON.stringify(stmts)], { encoding: 'utf8' });
  if (r.status !== 0) return Object.fromEntries(Object.keys(stmts).map((k) => [k, null]));
  return JSON.parse(r.stdout);
}

/** The median of a list of numbers (the upper one of an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * One run of a whole process, stdout discarded: wall seconds, and CPU seconds (user + system,
 * from /usr/bin/time when present, else NaN); null when it exits non-zero.
 */
export function timeProcess(cmd: string, args: string[]): { wall: number; cpu: number } | null {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%U %S', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 20, encoding: 'utf8' })
    : spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 20, encoding: 'utf8' });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) return null;
  const m = TIME ? /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) : null;
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN };
}

/**
 * A whole-process comparison row: `ours` and `theirs` (each a command and its arguments) run
 * alternately `repeat` times, so load from elsewhere hits both alike; wall-time medians, and
 * each side's median CPU time with their ratio as the extra column.
 */
export function compareProcesses(name: string, count: number, ours: [string, string[]], theirs: [string, string[]], repeat: number): Row {
  const a: { wall: number; cpu: number }[] = [];
  const b: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < repeat; i++) {
    const o = timeProcess(...ours);
    const t = timeProcess(...theirs);
    if (o) a.push(o);
    if (t) b.push(t);
  }
  const cpu = (xs: { cpu: number }[]) => (xs.length ? median(xs.map((x) => x.cpu)) : NaN);
  return {
    name,
    count,
    ours: a.length ? median(a.map((x) => x.wall)) : NaN,
    theirs: b.length ? median(b.map((x) => x.wall)) : null,
    extra: `${cpu(a).toFixed(2)} s / ${cpu(b).toFixed(2)} s (${(cpu(a) / cpu(b)).toFixed(2)})`,
  };
}

/** Median seconds of `repeat` runs of `fn` (after one warm-up run). */
export function timeOurs(fn: () => unknown, repeat = 5): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = now();
    fn();
    ts.push(now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

export interface Row {
  name: string;
  count: number;
  ours: number;
  theirs: number | null;
  /** An optional extra column (see `extraTitle`). */
  extra?: string;
}

/** Print a table: values/second for ours and the reference, and ours/theirs speed ratio. */
export function printTable(title: string, reference: string, rows: Row[], extraTitle?: string): void {
  const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M/s` : `${(n / 1e3).toFixed(1)} k/s`);
  const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
  const extra = extraTitle ? ` ${extraTitle} |` : '';
  console.log(`\n${title}`);
  console.log(`| measure | values | ours | ${reference} | ratio (ours/${reference} speed) |${extra}`);
  console.log(`|---|---:|---:|---:|---:|${extraTitle ? '---:|'.repeat(extraTitle.split('|').length) : ''}`);
  for (const r of rows) {
    const theirs = r.theirs === null ? 'n/a' : `${fmt(r.count / r.theirs)} (${ms(r.theirs)})`;
    const ratio = r.theirs === null ? 'n/a' : `${(r.theirs / r.ours).toFixed(2)}×`;
    console.log(`| ${r.name} | ${r.count.toLocaleString('en-US')} | ${fmt(r.count / r.ours)} (${ms(r.ours)}) | ${theirs} | ${ratio} |${extraTitle ? ` ${r.extra ?? ''} |` : ''}`);
  }
}
