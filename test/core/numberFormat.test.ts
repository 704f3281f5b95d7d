import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { formatValueWith } from '../../src/core/format/formatValueWith';
import {
  numberFormatText,
  parseNumberFormat,
  pythonFormatSpec,
  toNumberFormat,
  type NumberFormat,
} from '../../src/core/format/numberFormat';
import { referenceAvailable } from '../support/python';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/numberFormat.json');

function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}

function toBits(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Our format for a Python format spec ('' is repr). */
function specFormat(spec: string): NumberFormat {
  const fmt = parseNumberFormat(spec === '' ? 'repr' : spec);
  if (!fmt) throw new Error(`no format for spec '${spec}'`);
  return fmt;
}

/** Python's `format(v, spec)` for each [kind, text, spec] — floats by bits, ints by decimal text. */
function pythonFormat(cases: [kind: 'f' | 'i', text: string, spec: string][]): string[] {
  const src =
    'import sys, json, struct\n' +
    'out = [format(struct.unpack(">d", bytes.fromhex(t))[0] if k == "f" else int(t), s) for k, t, s in json.load(sys.stdin)]\n' +
    'print(json.dumps(out))';
  const r = spawnSync('python3', ['-c', src], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const SPECS = ['', ',', '.0f', '.1f', '.2f', '.3f', '.5f', ',.3f', '.12f', '.17f', '.30f', '.1g', '.2g', '.3g', '.6g', ',.6g', '.10g', '.16g', '.17g', '.25g'];

/** Fresh doubles: random bits, everyday magnitudes, exact ties (odd / 2^k), integers as floats. */
function freshFloats(count: number): number[] {
  const dv = new DataView(new ArrayBuffer(8));
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    switch (i % 4) {
      case 0:
        dv.setUint32(0, (Math.random() * 2 ** 32) >>> 0);
        dv.setUint32(4, (Math.random() * 2 ** 32) >>> 0);
        out.push(dv.getFloat64(0));
        break;
      case 1:
        out.push((Math.random() * 2 - 1) * 10 ** Math.floor(Math.random() * 34 - 10));
        break;
      case 2: {
        const odd = 2 * Math.floor(Math.random() * 2 ** Math.floor(1 + Math.random() * 40)) + 1;
        out.push((Math.random() < 0.5 ? -1 : 1) * odd / 2 ** Math.floor(1 + Math.random() * 50));
        break;
      }
      default:
        out.push(Math.round(Math.random() * 10 ** Math.floor(Math.random() * 18)) + (Math.random() < 0.3 ? 0.5 : 0));
    }
  }
  return out;
}

suite('number formats', () => {
  test('pinned: format(x, spec) for 14,000 float and 200 int cases (test/fixtures/numberFormat.json, from CPython)', () => {
    const fx: { floats: [string, string, string][]; ints: [string, string, string][] } = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
    const wrong: string[] = [];
    for (const [bits, spec, want] of fx.floats) {
      const got = formatValueWith(fromBits(bits), specFormat(spec));
      if (got !== want) wrong.push(`format(${fromBits(bits)}, '${spec}'): want ${want}, got ${got}`);
    }
    for (const [text, spec, want] of fx.ints) {
      const got = formatValueWith(BigInt(text), specFormat(spec));
      if (got !== want) wrong.push(`format(${text}, '${spec}'): want ${want}, got ${got}`);
    }
    assert.deepStrictEqual(wrong.slice(0, 10), []);
    assert.ok(fx.floats.length > 10000 && fx.ints.length > 100);
  });

  test('live: fresh random floats and ints in every format against Python format()', function () {
    if (!referenceAvailable(false)) this.skip();
    const cases: ['f' | 'i', string, string][] = [];
    const values: (number | bigint)[] = [];
    for (const x of freshFloats(2000)) {
      for (const spec of SPECS) {
        cases.push(['f', toBits(x), spec]);
        values.push(x);
      }
    }
    for (let i = 0; i < 300; i++) {
      const digits = 1 + Math.floor(Math.random() * 40);
      let t = String(1 + Math.floor(Math.random() * 9));
      while (t.length < digits) t += Math.floor(Math.random() * 10);
      const n = (Math.random() < 0.5 ? -1n : 1n) * BigInt(t);
      for (const spec of ['', ',']) {
        cases.push(['i', n.toString(), spec]);
        values.push(n);
      }
    }
    const want = pythonFormat(cases);
    const wrong: string[] = [];
    cases.forEach(([, , spec], i) => {
      const got = formatValueWith(values[i], specFormat(spec));
      if (got !== want[i]) wrong.push(`format(${String(values[i])}, '${spec}'): want ${want[i]}, got ${got}`);
    });
    assert.deepStrictEqual(wrong.slice(0, 10), []);
  });

  test('the Python spec of every format gives the same text in Python (pythonFormatSpec)', function () {
    if (!referenceAvailable(false)) this.skip();
    const formats: NumberFormat[] = [
      { style: 'repr' },
      { style: 'repr', thousands: true },
      { style: 'fixed', decimals: 4 },
      { style: 'fixed', decimals: 2, thousands: true },
      { style: 'significant', digits: 5 },
      { style: 'significant', digits: 8, thousands: true },
    ];
    const xs = freshFloats(200);
    const ns = xs.filter(Number.isFinite).map((x) => BigInt(Math.trunc(x % 1e15))); // random bits may make inf or nan
    const cases: ['f' | 'i', string, string][] = [];
    for (const f of formats) {
      for (const x of xs) cases.push(['f', toBits(x), pythonFormatSpec(f)]);
      for (const n of ns) cases.push(['i', n.toString(), pythonFormatSpec(f, true)]);
    }
    const want = pythonFormat(cases);
    let i = 0;
    for (const f of formats) {
      for (const x of xs) assert.strictEqual(formatValueWith(x, f), want[i++], `${JSON.stringify(f)} ${x}`);
      for (const n of ns) assert.strictEqual(formatValueWith(n, f), want[i++], `${JSON.stringify(f)} ${n}`);
    }
  });

  test('non-numbers: strings raw or repr-quoted, bools/None/containers as repr, never digit-grouped', function () {
    if (!referenceAvailable(false)) this.skip();
    const fmt: NumberFormat = { style: 'fixed', decimals: 2, thousands: true, quoteStrings: true };
    const src = `print(repr("it's")); print(True); print(None); print([1000.5, 'a'])`;
    const py = spawnSync('python3', ['-c', src], { encoding: 'utf8' }).stdout.trimEnd().split('\n');
    assert.deepStrictEqual([formatValueWith("it's", fmt), formatValueWith(true, fmt), formatValueWith(null, fmt), formatValueWith([1000.5, 'a'], fmt)], py);
    assert.strictEqual(formatValueWith("it's", { style: 'repr' }), "it's");
  });

  test('spellings: repr, fixed:N, sig:N and the Python ones read back; bad ones are refused', () => {
    const cases: [string, NumberFormat][] = [
      ['repr', { style: 'repr' }],
      [' fixed:3 ', { style: 'fixed', decimals: 3 }],
      ['.3f', { style: 'fixed', decimals: 3 }],
      [',.2f', { style: 'fixed', decimals: 2, thousands: true }],
      ['sig:6', { style: 'significant', digits: 6 }],
      ['.6g', { style: 'significant', digits: 6 }],
      ['.0g', { style: 'significant', digits: 1 }],
      [',', { style: 'repr', thousands: true }],
      [',.10g', { style: 'significant', digits: 10, thousands: true }],
      ['fixed:0', { style: 'fixed', decimals: 0 }],
      ['fixed:100', { style: 'fixed', decimals: 100 }],
    ];
    for (const [text, want] of cases) {
      const got = parseNumberFormat(text);
      assert.deepStrictEqual(got, want, text);
      assert.deepStrictEqual(parseNumberFormat(numberFormatText(got!)), want, `round trip of ${text}`);
    }
    for (const bad of ['', 'fixed', 'fixed:-1', 'fixed:101', 'sig:0', '.3e', '3f', '.f', ',,', '_', '.2%', 'REPR', 12, null, undefined]) {
      assert.strictEqual(parseNumberFormat(bad), undefined, String(bad));
    }
  });

  test('formats given as data (keybinding args, settings) are checked', () => {
    assert.deepStrictEqual(toNumberFormat({ style: 'fixed', decimals: 2, thousands: true }), { style: 'fixed', decimals: 2, thousands: true });
    assert.deepStrictEqual(toNumberFormat({ style: 'repr', quoteStrings: false }), { style: 'repr' });
    assert.deepStrictEqual(toNumberFormat('.2f'), { style: 'fixed', decimals: 2 });
    for (const bad of [{ style: 'fixed' }, { style: 'fixed', decimals: 2.5 }, { style: 'significant', digits: 0 }, { style: 'sci' }, { style: 'repr', thousands: 'yes' }, [], 3]) {
      assert.strictEqual(toNumberFormat(bad), undefined, JSON.stringify(bad));
    }
  });
});
