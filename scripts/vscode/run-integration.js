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
//  The suites: `host` (Node extension host, desktop bundle, one folder), `multiroot` (the same host, a
//  two-folder .code-workspace), `nofolder` (a window with no folder: user settings), `web` (browser worker extension host, the `browser` bundle), `ui`
//  (playwright types into the workbench like a person). `--only web,ui` runs some of them. `bench`
//  (test/integration/bench: timings of the editor commands, printed; `npm run bench:editor`) runs
//  only when named in --only.
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
const SUITE_TIMEOUT_MS = +(process.env.SEEDED_RANDOM_SUITE_TIMEOUT_MS || 600000); // generous: a loaded 2-core machine runs the host suite in 5 min
/** Workbench chatter forwarded with the test output (connection setup, the offline marketplace). */
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore)|ENOTFOUND/;
/** `--only host,multiroot,nofolder,web,ui`: run some of the suites (default: all). */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : undefined;

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
  const sources = newest(['src', 'test/integration', 'package.json', 'esbuild.js', 'scripts/tables/compact_tables.js', 'tsconfig.json']);
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

/**
 * A web-only copy of the extension (package.json without `main`, so VS Code must run its `browser`
 * bundle in the web worker extension host, as vscode.dev does) with the web suite
 * (test/integration/web, bundled with mocha's browser build) inside it. Returns both paths.
 */
function prepareWebExtension() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-web-ext-'));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  delete pkg.main;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const f of fs.readdirSync(ROOT).filter((f) => /^package\.nls.*\.json$/.test(f))) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  fs.mkdirSync(path.join(dir, 'dist', 'web'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'dist', 'web', 'extension.js'), path.join(dir, 'dist', 'web', 'extension.js'));
  fs.mkdirSync(path.join(dir, 'media'));
  fs.copyFileSync(path.join(ROOT, pkg.icon), path.join(dir, pkg.icon));
  const testsPath = path.join(dir, 'web-test', 'index.js');
  require(require.resolve('esbuild', { paths: [ROOT] })).buildSync({
    entryPoints: [path.join(ROOT, 'test', 'integration', 'web', 'index.ts')],
    outfile: testsPath,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return { extensionPath: dir, testsPath };
}

/**
 * Run a suite inside VS Code's extension host: the Node one (`kind` undefined, the desktop bundle)
 * or the browser worker one (`kind: 'web'`, the `browser` bundle). Resolves to its counts
 * (a crash or timeout counts as one failure).
 */
async function runHostSuite(env, testsPath, kind, extensionDevelopmentPath = ROOT, timeoutMs = SUITE_TIMEOUT_MS, attempt = 1) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-ws-'));
  fs.writeFileSync(path.join(ws, 'README.txt'), 'Seeded Random integration workspace\n');
  let workspace = ws;
  if (kind === 'multiroot') {
    // two folders; beta sets its own seed, the workspace file sets another
    for (const f of ['alpha', 'beta']) fs.mkdirSync(path.join(ws, f, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'beta', '.vscode', 'settings.json'), JSON.stringify({ 'seededRandom.seed': 7 }));
    workspace = path.join(ws, 'two.code-workspace');
    fs.writeFileSync(workspace, JSON.stringify({ folders: [{ path: 'alpha' }, { path: 'beta' }], settings: { 'seededRandom.seed': 101 } }, null, 2));
  }
  if (kind === 'nofolder') workspace = null;
  const counts = { passed: 0, failed: 0, pending: 0, reported: false };
  /** Set when the suite says its window came up wrong before any test ran (see the multiroot suite). */
  let retry;
  const page = await env.context.newPage();
  try {
    if (debug) page.on('console', (m) => console.log('[page]', m.type(), m.text().slice(0, 500)));
    page.on('pageerror', (e) => debug && console.error('[page error]', e.message));
    const exit = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(code));
      setTimeout(() => resolve('timeout'), timeoutMs).unref();
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = require('util').format(...args);
      if (line.includes('[[integration-retry]]')) retry = line;
      const m = /\[\[integration-counts\]\] (\{.*\})/.exec(line);
      if (m) {
        Object.assign(counts, JSON.parse(m[1]), { reported: true });
        return;
      }
      if (!debug && NOISE.test(line)) return;
      (type === 'error' ? console.error : console.log)(line);
    });
    await page.goto(env.cs.url({ folder: workspace ?? undefined, extensionTestsPath: testsPath, extensionDevelopmentPath }));
    const code = await exit;
    const name = `${kind ? `${kind} ` : ''}extension-host suite`;
    if (code === 'timeout') log(`${name} TIMED OUT after ${timeoutMs / 1000}s`);
    if (!counts.reported || code === 'timeout' || (code !== 0 && counts.failed === 0)) counts.failed += 1;
    log(`${name}: exit ${code} at ${secs()}`);
  } finally {
    await page.close().catch(() => {});
    fs.rmSync(ws, { recursive: true, force: true });
  }
  if (retry && attempt === 1) {
    // A workbench startup race (the window opened without the folders it was given), not a test
    // failure: the whole suite runs once more in a fresh window and only that run counts.
    log(`${kind ?? 'host'} suite: ${retry.replace(/^.*\[\[integration-retry\]\] /, '')}; running it once more in a fresh window`);
    return runHostSuite(env, testsPath, kind, extensionDevelopmentPath, timeoutMs, 2);
  }
  return counts;
}

/** Run the UI tests (mocha in this process; each suite drives its own code-server + chromium). */
function runUiSuite() {
  const dir = path.join(ROOT, 'out', 'test', 'integration', 'ui');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort() : [];
  if (!files.length) return Promise.resolve({ passed: 0, failed: 0, pending: 0 });
  const Mocha = require(require.resolve('mocha', { paths: [ROOT] }));
  // SEEDED_RANDOM_GREP runs only the matching UI tests too
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 120000, color: false, grep: process.env.SEEDED_RANDOM_GREP || undefined });
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
  const none = { passed: 0, failed: 0, pending: 0 };
  const want = (name) => !ONLY || ONLY.includes(name);
  let host = none;
  let multi = none;
  let web = none;
  let nofolder = none;
  let bench = none;
  if (want('host') || want('multiroot') || want('web') || want('nofolder') || ONLY?.includes('bench')) {
    // one code-server and one browser for the extension-host suites; each suite opens its own window
    const cs = await startCodeServer({});
    log(`code-server up on port ${cs.port} at ${secs()}`);
    const browser = await launchBrowser();
    const env = { cs, context: await browser.newContext({ viewport: { width: 1280, height: 800 } }) };
    try {
      // the multi-root window first: opened right after the host suite's window, code-server's
      // workbench came up without the .code-workspace's folders in 7 of 15 such windows today (0 of 6 when first;
      // the cause is inside the workbench). The retry in runHostSuite stays as a safety net.
      if (want('multiroot')) multi = await runHostSuite(env, path.join(ROOT, 'out', 'test', 'integration', 'multiroot', 'index.js'), 'multiroot');
      if (want('host')) host = await runHostSuite(env, path.join(ROOT, 'out', 'test', 'integration', 'index.js'));
      if (want('nofolder')) nofolder = await runHostSuite(env, path.join(ROOT, 'out', 'test', 'integration', 'nofolder', 'index.js'), 'nofolder');
      // timings of the editor commands (`npm run bench:editor`): only when asked for by name
      if (ONLY?.includes('bench')) bench = await runHostSuite(env, path.join(ROOT, 'out', 'test', 'integration', 'bench', 'index.js'), 'bench', ROOT, 4 * SUITE_TIMEOUT_MS);
      if (want('web')) {
        const { extensionPath, testsPath } = prepareWebExtension();
        web = await runHostSuite(env, testsPath, 'web', extensionPath);
        fs.rmSync(extensionPath, { recursive: true, force: true });
      }
    } finally {
      await browser.close().catch(() => {});
      await cs.stop();
    }
  }
  const ui = want('ui') ? await runUiSuite() : none;
  log(`UI suite done at ${secs()}`);
  const passed = host.passed + multi.passed + nofolder.passed + web.passed + ui.passed + bench.passed;
  const failed = host.failed + multi.failed + nofolder.failed + web.failed + ui.failed + bench.failed;
  console.log(`integration: ${passed} passed, ${failed} failed`);
  log(`total ${secs()}`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error('[integration] failed:', e && e.stack ? e.stack : e);
  console.log('integration: 0 passed, 1 failed');
  process.exit(1);
});
