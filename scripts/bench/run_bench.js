#!/usr/bin/env node
// `npm run bench`: bundle test/bench/*.bench.ts and run each; every table compares against
// NumPy/Python timed in the same run. Benchmarks are not tests: they print, they do not assert.
const { spawnSync } = require('child_process');
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const only = process.argv[2];
const dir = path.join(ROOT, 'test', 'bench');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)));
for (const f of files) {
  const outfile = path.join(ROOT, 'out', 'bench', f.replace(/\.ts$/, '.js'));
  esbuild.buildSync({ entryPoints: [path.join(dir, f)], outfile, bundle: true, platform: 'node', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning' });
  const r = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
console.log(`\nmachine: ${require('os').cpus()[0].model}, ${require('os').cpus().length} cores; node ${process.version}`);
