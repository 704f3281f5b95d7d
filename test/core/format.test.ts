import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { formatValue, repr, reprFloat, reprString } from '../../src/core/format/formatValue';
import { PyTuple } from '../../src/core/types';
import { referenceAvailable } from '../support/python';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/repr.json');

function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}

suite("Python repr", () => {
  test('floats: 8,000 pinned doubles from every binade (test/fixtures/repr.json, from CPython)', () => {
    const fx: { cases: [string, string][] } = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
    const wrong = fx.cases.filter(([bits, want]) => reprFloat(fromBits(bits)) !== want);
    assert.deepStrictEqual(wrong.slice(0, 5), []);
    assert.ok(fx.cases.length > 8000);
  });

  test('floats: fresh random doubles against live CPython repr', function () {
    if (!referenceAvailable(false)) this.skip();
    const dv = new DataView(new ArrayBuffer(8));
    const bits: string[] = [];
    for (let i = 0; i < 20000; i++) {
      dv.setUint32(0, (Math.random() * 2 ** 32) >>> 0);
      dv.setUint32(4, (Math.random() * 2 ** 32) >>> 0);
      if (i % 2) dv.setFloat64(0, Math.random() * 10 ** Math.floor(Math.random() * 40 - 20));
      bits.push(dv.getBigUint64(0).toString(16).padStart(16, '0'));
    }
    const py = spawnSync('python3', ['-c', 'import sys,json,struct; print(json.dumps([repr(struct.unpack(">d", bytes.fromhex(h))[0]) for h in json.load(sys.stdin)]))'], {
      input: JSON.stringify(bits),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const want: string[] = JSON.parse(py.stdout);
    const wrong = bits.map((b, i) => [b, want[i], reprFloat(fromBits(b))]).filter(([, w, g]) => w !== g);
    assert.deepStrictEqual(wrong.slice(0, 5), []);
  });

  test('strings, containers and scalars as Python prints them', function () {
    if (!referenceAvailable(false)) this.skip();
    const values = ["it's", 'say "hi"', 'both \' and "', 'tab\tnew\nline\\', '\x07\x7f', 'héllo 🎲', '', [1n, 2.5, 'a', null, true], new PyTuple([1n]), new PyTuple([]), [[]]];
    const src = `print(repr(["it's", 'say "hi"', 'both \\' and "', 'tab\\tnew\\nline\\\\', '\\x07\\x7f', 'héllo 🎲', '', [1, 2.5, 'a', None, True], (1,), (), [[]]]))`;
    const py = spawnSync('python3', ['-c', src], { encoding: 'utf8' });
    assert.strictEqual(repr(values), py.stdout.trim());
    assert.strictEqual(formatValue('raw text'), 'raw text');
    assert.strictEqual(reprString("a'b"), `"a'b"`);
  });
});
