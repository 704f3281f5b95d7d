#!/usr/bin/env node
// Integration tests in a REAL VS Code, offline: code-server (VS Code server build from npm) with
// headless Debian chromium driven by playwright-core.
//  1. installs what is missing (Debian chromium/ripgrep, code-server into ~/.cache/seeded-random/,
//     npm packages) — works on a fresh machine as root with no stdin;
//  2. builds the bundles and compiles the tests when they are older than their sources;
//  3. runs test/integration/suite/*.test.ts inside VS Code's extension host (the @vscode/test-electron
//     entry, test/integration/index.ts), then the UI tests test/integration/ui/*.test.ts, which type
//     into the real workbench like a person;
//  4. prints mocha's output and `integration: N passed, N failed`; exits non-zero on any failure.
// Env: SEEDED_RANDOM_DEBUG=1 shows code-server's and the page's logs.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./paths');

const t0 = Date.now();
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (...a) => console.log('[integration]', ...a);
const debug = !!process.env.SEEDED_RANDOM_DEBUG;
const SUITE_TIMEOUT_MS = +(process.env.SEEDED_RANDOM_SUITE_TIMEOUT_MS || 300000);

/** npm packages the runner itself needs (playwright-core, mocha): `npm ci` when the clone has none. */
function ensureNodeModules() {
  try {
    require.resolve('playwright-core', { paths: [ROOT] });
    require.resolve('mocha', { paths: [ROOT] });
  } catch {
    log('installing npm packages (npm ci)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** Newest modification time under the given paths (files only). */
function newest(paths) {
  let t = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else t = Math.max(t, st.mtimeMs);
  };
  paths.forEach((p) => walk(path.join(ROOT, p)));
  return t;
}

/** Bundle and compile unless the outputs are newer than every source (npm test has just built them). */
function buildIfStale() {
  const sources = newest(['src', 'test/integration', 'package.json', 'esbuild.js', 'tsconfig.json']);
  const bundle = path.join(ROOT, 'dist', 'extension.js');
  const compiled = path.join(ROOT, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < sources) {
    log('building bundles');
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!fs.existsSync(compiled) || fs.statSync(compiled).mtimeMs < sources) {
    log('compiling tests (tsc)');
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** Run the extension-host suite; resolves to its counts (a crash or timeout counts as one failure). */
async function runHostSuite(startCodeServer, launchBrowser) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-ws-'));
  fs.writeFileSync(path.join(ws, 'README.txt'), 'Seeded Random integration workspace\n');
  const cs = await startCodeServer({ workspace: ws });
  log(`code-server up on port ${cs.port} at ${secs()}`);
  const browser = await launchBrowser();
  const counts = { passed: 0, failed: 0, pending: 0, reported: false };
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    if (debug) page.on('console', (m) => console.log('[page]', m.type(), m.text().slice(0, 500)));
    page.on('pageerror', (e) => debug && console.error('[page error]', e.message));
    const exit = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(code));
      setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS).unref();
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = require('util').format(...args);
      const m = /\[\[integration-counts\]\] (\{.*\})/.exec(line);
      if (m) {
        Object.assign(counts, JSON.parse(m[1]), { reported: true });
        return;
      }
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.goto(cs.url({ extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index.js') }));
    const code = await exit;
    if (code === 'timeout') log(`extension-host suite TIMED OUT after ${SUITE_TIMEOUT_MS / 1000}s`);
    if (!counts.reported || code === 'timeout' || (code !== 0 && counts.failed === 0)) counts.failed += 1;
    log(`extension-host suite: exit ${code} at ${secs()}`);
  } finally {
    await browser.close().catch(() => {});
    await cs.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
  return counts;
}

/** Run the UI tests (mocha in this process; each suite drives its own code-server + chromium). */
function runUiSuite() {
  const dir = path.join(ROOT, 'out', 'test', 'integration', 'ui');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort() : [];
  if (!files.length) return Promise.resolve({ passed: 0, failed: 0, pending: 0 });
  const Mocha = require(require.resolve('mocha', { paths: [ROOT] }));
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 120000, color: false });
  files.forEach((f) => mocha.addFile(path.join(dir, f)));
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures, pending: runner.stats.pending }));
  });
}

async function main() {
  require('./install').ensureInstalled();
  ensureNodeModules();
  buildIfStale();
  log(`ready at ${secs()}`);
  const { startCodeServer, launchBrowser } = require('./codeServer');
  const host = await runHostSuite(startCodeServer, launchBrowser);
  const ui = await runUiSuite();
  log(`UI suite done at ${secs()}`);
  const passed = host.passed + ui.passed;
  const failed = host.failed + ui.failed;
  console.log(`integration: ${passed} passed, ${failed} failed`);
  log(`total ${secs()}`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error('[integration] failed:', e && e.stack ? e.stack : e);
  console.log('integration: 0 passed, 1 failed');
  process.exit(1);
});
