#!/usr/bin/env node
// Re-takes the README's screenshots of the Insert Random Values flow: runs the UI test
// (test/integration/ui/insertFlow.test.ts) in code-server + headless chromium with screenshots on,
// and copies them to media/.  usage: node scripts/vscode/screenshots.js
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./paths');

require('./install').ensureInstalled();
execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-random-shots-'));
execFileSync(process.execPath, [require.resolve('mocha/bin/mocha.js', { paths: [ROOT] }), '--ui', 'tdd', '--timeout', '120000',
  path.join(ROOT, 'out', 'test', 'integration', 'ui', 'insertFlow.test.js')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SEEDED_RANDOM_SCREENSHOTS: shots } });
const copies = { 'pick-call.png': 'insert-1-pick.png', 'insert-flow.png': 'insert-2-parameters.png', 'inserted.png': 'insert-3-inserted.png' };
for (const [from, to] of Object.entries(copies)) {
  fs.copyFileSync(path.join(shots, from), path.join(ROOT, 'media', to));
  console.log(`media/${to}`);
}
fs.rmSync(shots, { recursive: true, force: true });
