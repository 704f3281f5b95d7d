#!/usr/bin/env node
// Installs what running the extension in a real VS Code needs, offline (npm registry + Debian only):
//  - Debian packages chromium (headless browser for the workbench), ripgrep (code-server's search;
//    linked in so @vscode/ripgrep skips its GitHub download), libkrb5-dev (kerberos native module);
//  - code-server <version> from npm into ~/.cache/seeded-random/code-server-<version>, once per machine.
// Idempotent: does nothing when both are present. Works as root with no stdin (CI=true).
// code-server's own postinstall refuses root and downloads binaries, so it is skipped and its steps done here.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { CS_VERSION, CACHE, CS_DIR, CODE_SERVER, CHROMIUM } = require('./paths');

const log = (...a) => console.log('[install]', ...a);
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Runs a command, inheriting output; throws on failure. */
function run(cmd, args, opts = {}) {
  log('$', cmd, args.join(' '), opts.cwd ? `(in ${opts.cwd})` : '');
  execFileSync(cmd, args, { stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
}

function ensureDebianPackages() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!has('rg')) missing.push('ripgrep');
  if (!fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!missing.length) return;
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo', '-n'];
  if (!has('apt-get')) throw new Error(`missing ${missing.join(', ')} and no apt-get to install them`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const cmd = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), ...args], { env }) : run(args[0], args.slice(1), { env }));
  cmd(['apt-get', 'update', '-qq']);
  cmd(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

/** A directory lock so that `npm start` and the tests never install into the same folder at once. */
function withLock(fn) {
  const lock = `${CS_DIR}.lock`;
  for (let i = 0; ; i++) {
    try { fs.mkdirSync(lock); break; } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const age = Date.now() - fs.statSync(lock).mtimeMs;
      if (age > 30 * 60e3) { fs.rmSync(lock, { recursive: true, force: true }); continue; }
      if (i % 30 === 0) log('waiting for another install to finish:', lock);
      execFileSync('sleep', ['2']);
    }
  }
  try { return fn(); } finally { fs.rmSync(lock, { recursive: true, force: true }); }
}

function ensureCodeServer() {
  if (fs.existsSync(path.join(CS_DIR, '.installed'))) return;
  fs.mkdirSync(CACHE, { recursive: true });
  withLock(() => {
    if (fs.existsSync(path.join(CS_DIR, '.installed'))) return;
    const t0 = Date.now();
    const tmp = `${CS_DIR}.partial`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    const env = { npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    // Its own package.json: an `npm install` in any other folder must never prune it.
    fs.writeFileSync(path.join(tmp, 'package.json'),
      JSON.stringify({ private: true, dependencies: { 'code-server': CS_VERSION } }, null, 2));
    run('npm', ['install', '--ignore-scripts', '--no-package-lock'], { cwd: tmp, env });
    run('npm', ['rebuild', 'argon2'], { cwd: tmp, env }); // prebuilt download fails offline: node-gyp builds it
    const vsc = path.join(tmp, 'node_modules', 'code-server', 'lib', 'vscode');
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], { cwd: vsc, env });
    const rgBin = path.join(vsc, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(rgBin, { recursive: true });
    const rg = execFileSync('sh', ['-c', 'command -v rg']).toString().trim();
    fs.rmSync(path.join(rgBin, 'rg'), { force: true });
    fs.symlinkSync(rg, path.join(rgBin, 'rg'));
    run('npm', ['rebuild'], { cwd: vsc, env }); // node-pty, @parcel/watcher, spdlog, kerberos, ... from source
    // The rest of code-server's postinstall.sh:
    const link = (target, at) => { fs.rmSync(at, { force: true, recursive: false }); fs.symlinkSync(target, at); };
    link('node_modules', path.join(vsc, 'node_modules.asar'));
    link('code-linux.sh', path.join(vsc, 'bin', 'remote-cli', 'code-server'));
    link('browser-linux.sh', path.join(vsc, 'bin', 'helpers', 'browser.sh'));
    run('npm', ['install', '--omit=dev', '--no-package-lock'], { cwd: path.join(vsc, 'extensions'), env });
    fs.writeFileSync(path.join(tmp, '.installed'), `code-server ${CS_VERSION}\n`);
    fs.rmSync(CS_DIR, { recursive: true, force: true });
    fs.renameSync(tmp, CS_DIR);
    log(`code-server ${CS_VERSION} installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  });
}

function main() {
  const t0 = Date.now();
  ensureDebianPackages();
  ensureCodeServer();
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server not found at ${CODE_SERVER}`);
  const s = (Date.now() - t0) / 1000;
  if (s > 1) log(`ready in ${s.toFixed(0)} s: ${CODE_SERVER}`);
}

if (require.main === module) {
  try { main(); } catch (e) { console.error('[install] failed:', e.message); process.exit(1); }
}
module.exports = { ensureInstalled: main };
