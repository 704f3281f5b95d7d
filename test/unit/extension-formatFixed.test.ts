import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { formatFixed, parseNumberFormat } from '../../src/extension/logic/numberFormat';
import { referenceAvailable } from '../support/python';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/format-fixed.json');

function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}

suite("extension: Python's format(x, '.Nf')", () => {
  test('pinned cases from CPython (test/fixtures/format-fixed.json): ties, extremes, signed zeros', () => {
    const fx: { cases: [string, number, string][] } = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
    assert.ok(fx.cases.length > 3000);
    const wrong = fx.cases
      .map(([bits, d, want]) => ({ bits, d, want, got: formatFixed(fromBits(bits), d) }))
      .filter((r) => r.got !== r.want);
    assert.deepStrictEqual(wrong.slice(0, 5), []);
  });

  test('fresh random doubles against live CPython', function () {
    this.timeout(60000);
    if (!referenceAvailable(false)) this.skip();
    const dv = new DataView(new ArrayBuffer(8));
    const rows: [string, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const x = (Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 30 - 15);
      dv.setFloat64(0, x);
      rows.push([dv.getBigUint64(0).toString(16).padStart(16, '0'), Math.floor(Math.random() * 21)]);
    }
    const py = 'import json,struct,sys\nfor h,d in json.load(sys.stdin): print(format(struct.unpack(">d", bytes.fromhex(h))[0], f".{d}f"))';
    const r = spawnSync(process.env.PYTHON ?? 'python3', ['-c', py], { input: JSON.stringify(rows), encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const want = r.stdout.trimEnd().split('\n');
    const wrong = rows.map(([h, d], i) => [h, d, want[i], formatFixed(fromBits(h), d)]).filter((x) => x[2] !== x[3]);
    assert.deepStrictEqual(wrong.slice(0, 5), []);
  });

  test('format spellings: repr and .0f … .20f only', () => {
    assert.deepStrictEqual(parseNumberFormat('repr'), { kind: 'repr' });
    assert.deepStrictEqual(parseNumberFormat('.2f'), { kind: 'fixed', digits: 2 });
    assert.deepStrictEqual(parseNumberFormat('.20f'), { kind: 'fixed', digits: 20 });
    for (const bad of ['.21f', '2f', '.2e', '%.2f', '', 'REPR', 2, null, '.2f ', '.-1f']) {
      assert.strictEqual(parseNumberFormat(bad), undefined, String(bad));
    }
  });
});
