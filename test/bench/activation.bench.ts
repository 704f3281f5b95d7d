import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { installVscodeStub, memento } from '../stubVscode';
import { median } from './numpyTiming';

/**
 * Activation cost, as VS Code pays it when the extension starts (`onStartupFinished`): in a fresh
 * Node process, `require` of the bundle then `activate(context)` against a stub `vscode` module
 * (just what activation touches: settings, the status bar item, command registration, two
 * listeners). Then the first command (`_seededRandom.wizardStep`, which does nothing of
 * its own) through the registered handler: what loading the commands and the core costs, paid
 * once, by the first command. Each process runs once; the table gives medians of RUNS processes.
 * Also the bundles' sizes, minified and gzipped. BENCH_DIST=<dir> measures another build (e.g. an
 * older commit's dist/). Not a test: it prints, it does not assert.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(__dirname, '../../dist'));

interface Sample {
  require: number;
  activate: number;
  firstCommand: number;
  unstubbed: string[];
}

/** The child: time one activation and one first command, print a Sample as JSON. */
async function child(bundle: string): Promise<void> {
  const stub = installVscodeStub();
  const context = { subscriptions: [] as unknown[], workspaceState: memento() };

  const t0 = performance.now();
  const ext = require(bundle) as { activate(context: unknown): void };
  const t1 = performance.now();
  ext.activate(context);
  const t2 = performance.now();
  const atActivation = [...stub.unstubbed];
  const result = (await stub.handlers.get('_seededRandom.wizardStep')!()) as { ok: boolean };
  const t3 = performance.now();
  if (!result?.ok) throw new Error(`the first command failed: ${JSON.stringify(result)}`);
  const sample: Sample = { require: t1 - t0, activate: t2 - t1, firstCommand: t3 - t2, unstubbed: atActivation };
  process.stdout.write(JSON.stringify(sample));
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

function parent(): void {
  const entries = [
    { name: 'desktop: dist/extension.js', file: path.join(DIST, 'extension.js') },
    { name: 'web: dist/web/extension.js (run in Node)', file: path.join(DIST, 'web', 'extension.js') },
  ].filter((e) => fs.existsSync(e.file));
  if (entries.length === 0) throw new Error(`no bundle in ${DIST}: run \`npm run build\` first`);

  const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`\nActivation: a fresh Node process per run, stub vscode; medians of ${RUNS} runs, the bundles alternating (${DIST})`);
  console.log(`load average before: ${load()}\n`);
  const samples = entries.map(() => [] as Sample[]);
  for (let i = 0; i < RUNS; i++) {
    entries.forEach((e, k) => {
      const r = spawnSync(process.execPath, [__filename, '--child', e.file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${e.name}: ${r.stderr}`);
      samples[k].push(JSON.parse(r.stdout) as Sample);
    });
  }
  console.log('| bundle | require | activate() | activation total | first command (loads the core) |');
  console.log('|---|---:|---:|---:|---:|');
  entries.forEach((e, k) => {
    const m = (f: (s: Sample) => number) => median(samples[k].map(f));
    console.log(`| ${e.name} | ${ms(m((s) => s.require))} | ${ms(m((s) => s.activate))} | ${ms(m((s) => s.require + s.activate))} | ${ms(m((s) => s.firstCommand))} |`);
  });
  for (const [k, e] of entries.entries()) {
    const extra = [...new Set(samples[k].flatMap((s) => s.unstubbed))];
    if (extra.length) console.log(`(${e.name}: activation also touched ${extra.join(', ')}, stubbed loosely)`);
  }
  console.log(`load average after: ${load()}`);

  const files = ['extension.js', 'commands.js', 'web/extension.js', 'cli.js'].map((f) => path.join(DIST, f)).filter((f) => fs.existsSync(f));
  console.log('\nBundle sizes\n');
  console.log('| file | minified | gzipped |');
  console.log('|---|---:|---:|');
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB (${n} B)`;
    console.log(`| dist/${path.relative(DIST, f)} | ${kb(bytes.length)} | ${kb(zlib.gzipSync(bytes, { level: 9 }).length)} |`);
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  parent();
}
