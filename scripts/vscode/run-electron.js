#!/usr/bin/env node
// The same extension-host suite (test/integration/suite) in desktop VS Code via @vscode/test-electron,
// for machines that can download VS Code (this one cannot: use run-integration.js, code-server).
// usage: node scripts/vscode/run-electron.js [--version 1.90.0]   (after `npm run build` and `npx tsc -p .`)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./paths');

async function main() {
  const { runTests } = require('@vscode/test-electron');
  const i = process.argv.indexOf('--version');
  const version = i >= 0 ? process.argv[i + 1] : 'stable';
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-ws-'));
  fs.writeFileSync(path.join(workspace, 'README.txt'), 'Seeded Random integration workspace\n');
  try {
    await runTests({
      version,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error('integration tests failed:', e && e.message ? e.message : e);
  process.exit(1);
});
