#!/usr/bin/env node
// Writes src/core/wasm/kernelBytes.ts: the WebAssembly kernels, compiled from their text-format
// sources src/core/wasm/wat/mt19937.wat and pcg64.wat by wabt (the WebAssembly Binary Toolkit's
// own wat2wasm, as an npm package). The bundles carry these bytes, not the sources or wabt.
// Run after editing a .wat file or a constant it uses; test/core/wasmKernels.test.ts fails while
// kernelBytes.ts is out of date, and `npm run tables` checks it with the other generated tables.
//
// The sources are WAT with two additions, expanded here before wabt reads them:
//   {{EXPR}}                    a constant: EXPR is a JavaScript expression over the names in
//                               CONSTANTS below (the layout in kernelLayout.ts, glibc log's
//                               coefficients in libm/logData.ts, MT19937's and PCG64's parameters),
//                               e.g. {{MT_KEY + 4 * MT19937_M}}, {{LOG_POLY[0]}}; integers are
//                               printed in decimal (bigints in hex), other numbers as the shortest
//                               text that reads back to the same double.
//   {{include NAME k=v ...}}    the fragment src/core/wasm/wat/NAME.wat, its `{{k}}` replaced by v
//                               first (v is text: a local's name `$r2`, or "quoted instructions";
//                               or a constant when written `(EXPR)`); fragments may include fragments.
//   {{const EXPR}}              the constant as an instruction of the fragment's type `T`:
//                               `f64.const c` (T=f64, the default) or `v128.const f64x2 c c` (T=f64x2).
// `(; … ;)` and `;;` comments are WAT's own.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'src', 'core', 'wasm', 'kernelBytes.ts');
const WAT_DIR = path.join(ROOT, 'src', 'core', 'wasm', 'wat');

/** The constants the sources may name, read from the modules that define them. */
function loadConstants() {
  const built = esbuild.buildSync({
    stdin: {
      contents: `
        export * from './src/core/wasm/kernelLayout';
        export { LOG_LN2HI, LOG_LN2LO, LOG_POLY, LOG_POLY1 } from './src/core/libm/logData';
        export { SPLITTER } from './src/core/libm/fma';
        export { COMPARE_MARGIN } from './src/core/libm/exp';
        export * from './src/core/bitgen/mt19937Params';
        export { PCG64_MULTIPLIER } from './src/core/bitgen/pcg64';`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const loaded = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(loaded, loaded.exports);
  return { ...loaded.exports };
}

function formatConstant(value, expr) {
  if (typeof value === 'bigint') return value < 0n ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;
  if (typeof value !== 'number' || Number.isNaN(value)) throw new Error(`{{${expr}}} is not a number: ${value}`);
  if (Object.is(value, -0)) return '-0.0';
  return String(value);
}

/** The source `file` (a name in WAT_DIR) with its fragments and constants expanded. */
function expand(file, params, constants, stack = []) {
  if (stack.includes(file)) throw new Error(`fragment cycle: ${[...stack, file].join(' → ')}`);
  let text = fs.readFileSync(path.join(WAT_DIR, `${file}.wat`), 'utf8');
  const evaluate = (expr) => new Function(...names, `return (${expr});`)(...names.map((n) => constants[n]));
  const names = Object.keys(constants);
  text = text.replace(/\{\{(\w+)\}\}/g, (whole, key) => (key in params ? params[key] : whole));
  text = text.replace(/\{\{include (\w+)((?:\s+\w+=(?:"[^"]*"|[^\s}"]+))*)\s*\}\}/g, (_, name, args) => {
    const sub = {};
    for (const [, key, quoted, bare] of args.matchAll(/(\w+)=(?:"([^"]*)"|([^\s}"]+))/g)) {
      const value = quoted ?? bare;
      sub[key] = bare !== undefined && value.startsWith('(') ? formatConstant(evaluate(value), value) : value;
    }
    return expand(name, sub, constants, [...stack, file]).trimEnd();
  });
  // {{const EXPR}}: the constant as an instruction of the fragment's type T (f64 unless given)
  text = text.replace(/\{\{const ([^{}]+)\}\}/g, (_, expr) => {
    const value = formatConstant(evaluate(expr), expr);
    return (params.T ?? 'f64') === 'f64x2' ? `v128.const f64x2 ${value} ${value}` : `f64.const ${value}`;
  });
  return text.replace(/\{\{([^{}]+)\}\}/g, (_, expr) => {
    if (/^include /.test(expr)) throw new Error(`${file}.wat: bad include {{${expr}}}`);
    return formatConstant(evaluate(expr), expr);
  });
}

/** The bytes of the MT19937 and PCG64 kernels, compiled by wabt. */
async function buildKernels() {
  const wabt = await require('wabt')();
  const constants = loadConstants();
  const compile = (file) => {
    const source = expand(file, {}, constants);
    const module = wabt.parseWat(`${file}.wat`, source, { simd: true });
    try {
      module.resolveNames();
      module.validate();
      return Uint8Array.from(module.toBinary({ log: false, write_debug_names: false }).buffer);
    } finally {
      module.destroy();
    }
  };
  return { mt: compile('mt19937'), pcg: compile('pcg64') };
}

const base64 = (bytes) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');
/** A long string literal as lines of at most 100 characters joined with `+`, for readable diffs. */
const literal = (text) => (text.match(/.{1,100}/g) ?? ['']).map((line) => `  '${line}'`).join(' +\n');

async function main() {
  const { mt, pcg } = await buildKernels();
  fs.writeFileSync(
    OUT,
    `// GENERATED by scripts/tables/gen_wasm_kernels.js from wat/mt19937.wat and wat/pcg64.wat — do not edit by hand.
// The WebAssembly kernels' modules, base64 (no padding); test/core/wasmKernels.test.ts checks them.

/** The MT19937 kernel (${mt.length} bytes). */
export const MT_KERNEL_WASM =
${literal(base64(mt))};

/** The PCG64 kernel (${pcg.length} bytes). */
export const PCG_KERNEL_WASM =
${literal(base64(pcg))};
`,
  );
  console.log(`wrote ${path.relative(ROOT, OUT)}: MT19937 ${mt.length} bytes, PCG64 ${pcg.length} bytes`);
}

module.exports = { buildKernels, expand, loadConstants };
if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
