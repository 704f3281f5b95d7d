// Where the offline VS Code (code-server) lives: one install per machine, outside the clone, keyed by version.
'use strict';
const os = require('os');
const path = require('path');

/** code-server 4.100.3 ships VS Code 1.100.3 and runs on the Node 20 this machine has. */
const CS_VERSION = process.env.SEEDED_RANDOM_CS_VERSION || '4.100.3';
const CACHE = process.env.SEEDED_RANDOM_CACHE || path.join(os.homedir(), '.cache', 'seeded-random');
const CS_DIR = path.join(CACHE, `code-server-${CS_VERSION}`);
const ROOT = path.resolve(__dirname, '..', '..');

module.exports = {
  CS_VERSION,
  CACHE,
  CS_DIR,
  ROOT,
  /** The code-server launcher inside the cache. */
  CODE_SERVER: process.env.CODE_SERVER || path.join(CS_DIR, 'node_modules', '.bin', 'code-server'),
  /** Debian's chromium; playwright-core drives it (it never downloads a browser of its own). */
  CHROMIUM: process.env.CHROMIUM || '/usr/bin/chromium',
  /** Flags the closed network needs, else chromium keeps retrying connections that are refused. */
  CHROMIUM_ARGS: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
