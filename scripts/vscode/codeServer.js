// Start code-server (a real VS Code server build) on a free loopback port, and Debian chromium
// through playwright-core to open its workbench. Shared by run-integration.js, start.js, the UI tests
// and the screenshot script.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { CODE_SERVER, CHROMIUM, CHROMIUM_ARGS, ROOT } = require('./paths');

/** User settings for a quiet, deterministic workbench (no welcome page, tips or update checks). */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/**
 * Start code-server. By default with a fresh data folder (user settings, extensions), removed by
 * stop(); with `dataDir` that folder is used and kept (its user settings are only written once).
 * `extensions` links folders into the extensions directory (name → path), so an extension loads
 * as if installed, without the development payload in the URL.
 * @param {{ workspace?: string, port?: number, host?: string, settings?: object, keybindings?: object[],
 *   debug?: boolean, dataDir?: string, extensions?: Record<string, string> }} o
 */
async function startCodeServer(o = {}) {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server is not installed (${CODE_SERVER}); run node scripts/vscode/install.js`);
  const port = o.port ?? (await freePort());
  const host = o.host ?? '127.0.0.1';
  const tmp = o.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-cs-'));
  const user = path.join(tmp, 'user-data', 'User');
  fs.mkdirSync(user, { recursive: true });
  const settingsFile = path.join(user, 'settings.json');
  if (!o.dataDir || !fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...(o.settings ?? {}) }, null, 2));
  }
  if (o.keybindings) fs.writeFileSync(path.join(user, 'keybindings.json'), JSON.stringify(o.keybindings, null, 2));
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const [name, target] of Object.entries(o.extensions ?? {})) {
    const at = path.join(extensionsDir, name);
    fs.rmSync(at, { force: true, recursive: false });
    fs.symlinkSync(target, at);
  }
  const args = [
    '--auth', 'none', '--bind-addr', `${host}:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-file-downloads',
    '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', extensionsDir,
    '--config', path.join(tmp, 'config.yaml'), '--ignore-last-opened',
  ];
  if (o.workspace) args.push(o.workspace);
  const cs = spawn(CODE_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const debug = o.debug ?? !!process.env.SEEDED_RANDOM_DEBUG;
  cs.stderr.on('data', (d) => debug && process.stderr.write(`[code-server] ${d}`));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60000);
    cs.stdout.on('data', (d) => {
      if (debug) process.stdout.write(`[code-server] ${d}`);
      if (/HTTP server listening/.test(d)) {
        clearTimeout(timer);
        resolve();
      }
    });
    cs.on('exit', (c) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${c}`));
    });
  });
  const authority = `${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    port,
    authority,
    userDir: user,
    /**
     * The workbench URL for a folder, loading this repo as the extension under development
     * (`extensionDevelopmentPath: null`: no development payload, only installed/linked extensions).
     */
    url({ folder = o.workspace, extensionTestsPath, extensionDevelopmentPath = ROOT } = {}) {
      const remote = (p) => `vscode-remote://${authority}${p}`;
      const q = folder ? `?${folder.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(folder)}` : '';
      if (extensionDevelopmentPath === null) return `http://${authority}/${q}`;
      const payload = [
        ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
        ['skipWelcome', 'true'],
        ['skipReleaseNotes', 'true'],
      ];
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      return `http://${authority}/${q}${q ? '&' : '?'}payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    async stop() {
      try {
        process.kill(-cs.pid, 'SIGTERM');
      } catch {}
      await new Promise((r) => setTimeout(r, 300));
      try {
        process.kill(-cs.pid, 'SIGKILL');
      } catch {}
      if (!o.dataDir) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Headless Debian chromium with the flags this closed network needs. */
async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

module.exports = { startCodeServer, launchBrowser, QUIET_SETTINGS };
