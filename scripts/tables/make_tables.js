#!/usr/bin/env node
// `npm run tables`: regenerates every generated table from its source and checks that the
// result equals what is committed (exit 1 and the list of files that differ otherwise; the
// regenerated files are left in the tree, so `git diff` shows how).
//   gen_libm_tables.py   src/core/libm/{logData,expData,powLogData}.ts  glibc's log/exp/pow tables (the system libm)
//   gen_acos_tables.py   src/core/libm/acosData.ts                      glibc's acos tables (the system libm)
//   gen_sincos_table.py  src/core/libm/sincosData.ts                    glibc's __sincostab (the system libm)
//   gen_ziggurat_tables.py src/core/generator/zigguratTables.ts        NumPy's ziggurat tables (the installed NumPy)
//   gen_wasm_kernels.js  src/core/wasm/kernelBytes.ts                   the WebAssembly kernels (src/core/wasm/*.wat, wabt)
// The libm tables are glibc 2.36's and the ziggurat tables NumPy 2.4's: another glibc or NumPy
// may give other files, which this then reports.
const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const GENERATORS = [
  ['python3', 'gen_libm_tables.py', ['src/core/libm/logData.ts', 'src/core/libm/expData.ts', 'src/core/libm/powLogData.ts']],
  ['python3', 'gen_acos_tables.py', ['src/core/libm/acosData.ts']],
  ['python3', 'gen_sincos_table.py', ['src/core/libm/sincosData.ts']],
  ['python3', 'gen_ziggurat_tables.py', ['src/core/generator/zigguratTables.ts']],
  [process.execPath, 'gen_wasm_kernels.js', ['src/core/wasm/kernelBytes.ts']],
];

let failed = false;
for (const [cmd, script, outputs] of GENERATORS) {
  const run = spawnSync(cmd, [path.join(__dirname, script)], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`tables: ${script} failed (exit ${run.status})`);
    failed = true;
    continue;
  }
  const diff = spawnSync('git', ['diff', '--name-only', 'HEAD', '--', ...outputs], { cwd: ROOT, encoding: 'utf8' });
  if (diff.status !== 0) {
    console.error(`tables: git diff failed: ${diff.stderr}`);
    failed = true;
  } else if (diff.stdout.trim()) {
    console.error(`tables: ${script} wrote files that differ from the committed ones:\n  ${diff.stdout.trim().split('\n').join('\n  ')}`);
    failed = true;
  }
}
console.log(failed ? 'tables: FAILED' : `tables: all ${GENERATORS.length} generators reproduce the committed files`);
process.exit(failed ? 1 : 0);
