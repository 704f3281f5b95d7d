// Build step (esbuild plugin, esbuild.js): the numeric tables of the core's data modules are
// bundled as base64 of their bytes instead of decimal literals — about half the size, and a
// string is much cheaper for V8 to parse than thousands of number tokens. The sources keep the
// readable literals (they are generated from glibc and NumPy; tsc, the unit tests and the
// reviewers see those); test/core/compactTables.test.ts checks that every table decodes to the
// same bits. The decoder is src/core/tableCodec.ts.
const fs = require('fs');
const path = require('path');

/** The data modules: tables of numeric literals only. */
const TABLE_FILES = /[\\/]src[\\/]core[\\/](libm[\\/]\w+Data|generator[\\/]zigguratTables)\.ts$/;
const CODEC = path.join(__dirname, '..', '..', 'src', 'core', 'tableCodec.ts');

/** `new Float64Array([…])`, `Float64Array.of(…)`, `new Uint32Array([…])`, `Uint32Array.of(…)`. */
const TABLE = /\bnew (Float64Array|Uint32Array)\(\[([^\]]*)\]\)|\b(Float64Array|Uint32Array)\.of\(([^)]*)\)/g;
const NUMBER = /^-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/;

/** The numbers of a literal list, or null when it holds anything else (then it is left alone). */
function parseNumbers(list) {
  const tokens = list
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .split(',')
    .map((t) => t.trim().replace(/_/g, ''));
  if (tokens.length && tokens[tokens.length - 1] === '') tokens.pop(); // trailing comma
  if (!tokens.every((t) => NUMBER.test(t))) return null;
  // A decimal literal and Number() of the same text round alike (IEEE round-to-nearest).
  return tokens.map((t) => (t.startsWith('-') ? -Number(t.slice(1)) : Number(t)));
}

function encode(kind, values) {
  const width = kind === 'Float64Array' ? 8 : 4;
  const view = new DataView(new ArrayBuffer(values.length * width));
  values.forEach((v, i) => {
    if (kind === 'Float64Array') view.setFloat64(i * width, v, true);
    else {
      if (!(Number.isInteger(v) && v >= 0 && v < 2 ** 32)) throw new RangeError(`not a uint32: ${v}`);
      view.setUint32(i * width, v, true);
    }
  });
  return Buffer.from(view.buffer).toString('base64').replace(/=+$/, '');
}

/** The module's source with its tables as base64; `count` is how many tables were rewritten. */
function compactTables(source) {
  let count = 0;
  const body = source.replace(TABLE, (whole, newKind, newList, ofKind, ofList) => {
    const kind = newKind ?? ofKind;
    const values = parseNumbers(newList ?? ofList);
    if (!values) return whole;
    count++;
    return `${kind === 'Float64Array' ? 'decodeF64' : 'decodeU32'}(${JSON.stringify(encode(kind, values))})`;
  });
  if (count === 0) return { source, count };
  return { source: `import { decodeF64, decodeU32 } from ${JSON.stringify(CODEC.split(path.sep).join('/'))};\n${body}`, count };
}

/** The esbuild plugin. */
const compactTablesPlugin = {
  name: 'compact-tables',
  setup(build) {
    build.onLoad({ filter: TABLE_FILES }, async (args) => ({ contents: compactTables(await fs.promises.readFile(args.path, 'utf8')).source, loader: 'ts' }));
  },
};

module.exports = { compactTables, compactTablesPlugin, TABLE_FILES };
