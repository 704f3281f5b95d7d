#!/usr/bin/env node
// `npm start`: a real VS Code with the extension loaded and a sample workspace.
//  - where a desktop `code` is on PATH: builds and runs `code --extensionDevelopmentPath=<repo> <sample>`;
//  - otherwise (this machine kind): installs code-server once into ~/.cache/seeded-random/ (and Debian
//    chromium/ripgrep if missing), builds, links this repo into code-server's extensions and serves the
//    sample workspace; open the printed URL in a browser. Ctrl+C stops it.
// Options: --port N (or PORT; default 8080), --host H (default 127.0.0.1), --fresh (reset the sample
// workspace and the editor's settings), --code-server (use code-server even where `code` exists).
'use strict';
const { execFileSync, spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { CACHE, ROOT } = require('./paths');

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(opt('--port') ?? process.env.PORT ?? 8080);
const host = opt('--host') ?? '127.0.0.1';
const fresh = argv.includes('--fresh');
const SAMPLE = path.join(CACHE, 'sample-workspace');
const DATA = path.join(CACHE, 'start');

/** Copy the sample workspace into the cache once (so its settings and edits never touch the clone). */
function prepareSample() {
  if (fresh) fs.rmSync(SAMPLE, { recursive: true, force: true });
  if (!fs.existsSync(SAMPLE)) fs.cpSync(path.join(__dirname, 'sample-workspace'), SAMPLE, { recursive: true });
}

function build() {
  try {
    require.resolve('esbuild', { paths: [ROOT] });
  } catch {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  }
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
}

async function main() {
  const desktop = !argv.includes('--code-server') && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
  if (desktop) {
    build();
    prepareSample();
    console.log(`Starting VS Code with the extension under development and ${SAMPLE}`);
    spawn('code', ['--extensionDevelopmentPath', ROOT, SAMPLE], { stdio: 'inherit', detached: true }).unref();
    return;
  }
  require('./install').ensureInstalled();
  build();
  prepareSample();
  if (fresh) fs.rmSync(DATA, { recursive: true, force: true });
  const pkg = require(path.join(ROOT, 'package.json'));
  const { startCodeServer } = require('./codeServer');
  const cs = await startCodeServer({
    workspace: SAMPLE,
    port,
    host,
    dataDir: DATA,
    extensions: { [`${pkg.publisher}.${pkg.name}-${pkg.version}`]: ROOT },
  });
  const url = cs.url({ extensionDevelopmentPath: null });
  console.log('');
  console.log(`  VS Code (code-server) with Seeded Random and the sample workspace:`);
  console.log(`  ${url}`);
  console.log('');
  console.log('  Open it in a browser (from another machine: ssh -L ' + port + ':127.0.0.1:' + port + ' …). After rebuilding');
  console.log('  (`npm run build`), reload the window (F1 → Developer: Reload Window). Ctrl+C stops the server.');
  const stop = async () => {
    await cs.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error('[start] failed:', e && e.message ? e.message : e);
  process.exit(1);
});
