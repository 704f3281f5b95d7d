#!/usr/bin/env node
// `npm test`: everything, on a fresh machine too. Installs npm packages when missing, builds,
// type-checks, runs the unit/differential suites in Node and the integration suite in a real
// VS Code (scripts/vscode/run-integration.js), then prints one line: `N passed, N failed`.
// Flags: --unit (skip the real VS Code), --grep PATTERN (mocha grep for the Node suites),
// --check-types (only the type checks, no emit: `npm run check-types`).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
process.chdir(ROOT);
const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const typesOnly = args.includes('--check-types');
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args[grepAt + 1] : undefined;

const totals = { passed: 0, failed: 0, skipped: 0 };
const finish = (extraFailed = 0) => {
  totals.failed += extraFailed;
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
};

function step(name, cmd, cmdArgs, opts = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', ...opts });
  const ok = r.status === 0;
  console.log(`[test] ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return ok;
}

function needInstall() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(marker)) return true;
  return fs.statSync(path.join(ROOT, 'package-lock.json')).mtimeMs > fs.statSync(marker).mtimeMs;
}

if (needInstall() && !step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund'])) finish(1);
if (!typesOnly) {
  if (!step('build', process.execPath, ['esbuild.js'])) finish(1);
  fs.rmSync(path.join(ROOT, 'out'), { recursive: true, force: true });
}
// The type checks, the same for `npm test` and `npm run check-types` (which stops here).
// tsconfig.json compiles src + test to out/ (unless --check-types); the other two only check
// that src/core and src/extension use no Node and no DOM. All three have noUnusedLocals/Parameters.
const TYPE_CHECKS = [
  ['type-check + compile tests', 'tsconfig.json'],
  ['type-check core (no Node, no DOM)', 'tsconfig.core.json'],
  ['type-check extension (no Node, no DOM)', 'tsconfig.extension.json'],
];
const tsc = require.resolve('typescript/bin/tsc');
for (const [name, config] of TYPE_CHECKS) {
  const noEmit = typesOnly ? ['--noEmit'] : [];
  if (!step(name, process.execPath, [tsc, '-p', config, ...noEmit])) finish(1);
}
if (typesOnly) process.exit(0);

function listTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listTests(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : []));
}

const Mocha = require('mocha');
const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 120000, color: false, grep });
// Node suites, grouped by what they test.
const NODE_SUITES = ['core', 'cli', 'extension'];
for (const dir of NODE_SUITES) for (const f of listTests(path.join(ROOT, 'out', 'test', dir)).sort()) mocha.addFile(f);
const runner = mocha.run(() => {
  totals.passed += runner.stats.passes;
  totals.failed += runner.stats.failures;
  totals.skipped += runner.stats.pending;
  const integration = path.join(ROOT, 'scripts', 'vscode', 'run-integration.js');
  if (unitOnly || grep || !fs.existsSync(integration)) return finish();
  const r = spawnSync(process.execPath, [integration], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout ?? '');
  const m = /^integration: (\d+) passed, (\d+) failed/m.exec(r.stdout ?? '');
  if (m) {
    totals.passed += Number(m[1]);
    totals.failed += Number(m[2]);
  }
  finish(r.status !== 0 && !(m && Number(m[2]) > 0) ? 1 : 0);
});
