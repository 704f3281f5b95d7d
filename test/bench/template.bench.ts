import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { compareProcesses, printTable, type Row } from './numpyTiming';

/**
 * Records from a template (issue 15): `seeded-random template -n N --layout csv` of a 6-field
 * template next to the copied Python (`--code`) running the same, in the same run, alternating
 * run by run; wall time (median of REPEAT), each process's CPU time as an extra column, stdout to
 * /dev/null. One more run of each, piped into SHA-256, checks the two outputs are the same bytes.
 * Needs a built dist/cli.js (`npm run build`). Not a test: it prints, it does not assert.
 */
const N = Number(process.env.BENCH_N ?? 1_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const CLI = path.resolve(__dirname, '../../dist/cli.js');

const TEMPLATES: Record<string, string> = {
  python: '{"id": uuid4(), "name": string(8), "age": randint(18, 90), "city": choice(["Oslo", "Lima", "Pune", "Kyiv"]), "joined": date("2020-01-01", "2024-12-31"), "score": random()}',
  'numpy-generator': '{"id": uuid4(), "name": string(8), "age": integers(18, 91), "city": choice(["Oslo", "Lima", "Pune", "Kyiv"]), "joined": date("2020-01-01", "2024-12-31"), "score": random()}',
};


const sha = (cmd: string, args: string[]) => createHash('sha256').update(spawnSync(cmd, args, { maxBuffer: 1 << 30 }).stdout).digest('hex').slice(0, 16);

const rows: Row[] = Object.entries(TEMPLATES).map(([engine, template]) => {
  const cliArgs = [CLI, 'template', '--engine', engine, '--seed', '1', '-n', String(N), '--layout', 'csv', template];
  const code = spawnSync(process.execPath, [...cliArgs.slice(0, -1), '--code', template], { encoding: 'utf8' }).stdout;
  const script = path.resolve(__dirname, `template-${engine}.py`);
  fs.writeFileSync(script, code);
  const same = sha(process.execPath, cliArgs) === sha('python3', [script]);
  const row = compareProcesses(`${engine}: 6-field template, --layout csv${same ? '' : ' (OUTPUTS DIFFER)'}`, N, [process.execPath, cliArgs], ['python3', [script]], REPEAT);
  return { ...row, extra: `${row.extra}${same ? ', same bytes' : ''}` };
});
printTable(
  `Records from a template, whole process (node dist/cli.js template vs the copied Python), wall time, median of ${REPEAT} alternating runs, N = ${N} records`,
  'copied Python',
  rows,
  'CPU time ours / Python (time ratio)',
);
