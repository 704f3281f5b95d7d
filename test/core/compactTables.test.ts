import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const { compactTables, compactTablesPlugin, TABLE_FILES } = require(path.join(ROOT, 'scripts', 'tables', 'compact_tables.js'));

/** Every source file the build rewrites (scripts/tables/compact_tables.js). */
function tableFiles(): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return walk(path.join(ROOT, 'src', 'core')).filter((f) => TABLE_FILES.test(f)).sort();
}

suite('build: the core tables bundled as base64', () => {
  test('the data modules are the ones expected', () => {
    assert.deepStrictEqual(
      tableFiles().map((f) => path.relative(ROOT, f).split(path.sep).join('/')),
      ['acosData', 'expData', 'logData', 'powLogData', 'sincosData'].map((m) => `src/core/libm/${m}.ts`).concat('src/core/generator/zigguratTables.ts').sort(),
    );
  });

  for (const file of tableFiles()) {
    const name = path.relative(path.join(ROOT, 'src'), file).replace(/\.ts$/, '');
    test(`${name}: every table is rewritten and decodes to the same bits`, async function () {
      this.timeout(30000);
      const source = fs.readFileSync(file, 'utf8');
      assert.strictEqual(compactTables(source).count, (source.match(/\b(Float64Array|Uint32Array)\b/g) ?? []).length, 'a table was left as literals');

      const esbuild = require(require.resolve('esbuild', { paths: [ROOT] }));
      const built = await esbuild.build({ entryPoints: [file], bundle: true, format: 'cjs', platform: 'neutral', write: false, plugins: [compactTablesPlugin], logLevel: 'silent' });
      const code = built.outputFiles[0].text;
      assert.ok(code.includes('decodeF64') || code.includes('decodeU32'));
      const module = { exports: {} as Record<string, unknown> };
      new Function('module', 'exports', code)(module, module.exports);
      const bundled = module.exports;
      const original = require(path.join(ROOT, 'out', 'src', name)) as Record<string, unknown>;

      assert.deepStrictEqual(Object.keys(bundled).sort(), Object.keys(original).sort());
      for (const [key, want] of Object.entries(original)) {
        const got = bundled[key];
        if (ArrayBuffer.isView(want)) {
          assert.ok(ArrayBuffer.isView(got) && got.constructor === want.constructor, `${key}: ${want.constructor.name}`);
          const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
          assert.strictEqual((got as ArrayBufferView).byteLength, want.byteLength, key);
          assert.ok(bytes(got as ArrayBufferView).equals(bytes(want)), `${key}: the same bits`);
        } else {
          assert.ok(Object.is(got, want), key);
        }
      }
    });
  }

  test('the decoder: every length, every byte value', () => {
    const { decodeF64, decodeU32 } = require(path.join(ROOT, 'out', 'src', 'core', 'tableCodec')) as typeof import('../../src/core/tableCodec');
    for (let n = 0; n < 12; n++) {
      const f = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? Number.MIN_VALUE * i : -Math.PI * 1e300 * i));
      const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64').replace(/=+$/, '');
      assert.ok(Buffer.from(decodeF64(b64(f)).buffer).equals(Buffer.from(f.buffer)), `f64 × ${n}`);
      const u = Uint32Array.from({ length: n }, (_, i) => (0x01020304 * (i + 1) * 0x3f) >>> 0);
      assert.deepStrictEqual(decodeU32(b64(u)), u, `u32 × ${n}`);
    }
    const all = Uint8Array.from({ length: 256 * 8 }, (_, i) => (i * 7) & 0xff); // every byte value
    const text = Buffer.from(all).toString('base64').replace(/=+$/, '');
    assert.ok(Buffer.from(decodeF64(text).buffer).equals(Buffer.from(all.buffer)));
  });
});
