import { spawnSync } from 'child_process';

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
