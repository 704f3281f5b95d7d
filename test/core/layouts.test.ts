import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { repr } from '../../src/core/format/formatValue';
import { formatValueWith } from '../../src/core/format/formatValueWith';
import type { NumberFormat } from '../../src/core/format/numberFormat';
import {
  checkCallSize,
  checkCount,
  CONFIRM_ABOVE,
  MAX_DOCUMENT_VALUES,
  MAX_VALUES_PER_CALL,
  valuesPerCall,
} from '../../src/core/layout/checkCount';
import { formatLiteral } from '../../src/core/layout/formatLiteral';
import { elementShape, generateChunks } from '../../src/core/layout/generateChunks';
import { formatLayout, LAYOUTS, type Layout } from '../../src/core/layout/layoutWriter';
import { literalStyleFor } from '../../src/core/layout/literalStyleFor';
import { ENGINES } from '../../src/core/engines';
import { PyError } from '../../src/core/errors';
import { createEngine, prepareCall, runCall, runPrepared } from '../../src/core/run';
import { PyTuple, type PyObj } from '../../src/core/types';
import { referenceAvailable } from '../support/python';

const seed = () => String(Math.floor(Math.random() * 2 ** 32));

/** Values from the engines that exist, of every kind: floats, big ints, strings, bools. */
function engineValues(): PyObj[] {
  const out: PyObj[] = [];
  if (ENGINES.python.calls.length) {
    const s = seed();
    out.push(...runCall('python', s, 'random()', 30));
    out.push(...runCall('python', s, 'gauss(0, 1e9)', 10));
    out.push(...runCall('python', s, 'randrange(-2**70, 2**70)'.replace(/2\*\*70/g, String(2n ** 70n)), 10));
    out.push(...runCall('python', s, `choice(['a', "it's", 'say "hi"', 'tab\\there', 'é🎲', ''])`, 10));
  }
  if (ENGINES['numpy-generator'].calls.length) out.push(...runCall('numpy-generator', seed(), 'normal(0, 1e-7)', 20));
  return out;
}

/** Values no engine gives every time: non-finite floats, -0.0, None, bools, tuples, nested lists. */
const SPECIAL: PyObj[] = [NaN, Infinity, -Infinity, -0, 0, 1e16, 1e-5, 123456789.0, 2n ** 64n, -(2n ** 70n), true, false, null, new PyTuple([1n, 'x']), new PyTuple([2.5]), [[1n, 2n], []]];

/** Run Python source with the layout text bound as `src`; returns stdout. */
function python(code: string, src: string): string {
  const r = spawnSync('python3', ['-c', code], { input: src, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

suite('layouts and literals', () => {
  test('python layout evaluates in python3 to the very values (repr of each)', function () {
    if (!referenceAvailable(false)) this.skip();
    const values = [...engineValues(), ...SPECIAL];
    const text = formatLayout(values, { layout: 'python' });
    const out = python('import sys\nfor v in eval(sys.stdin.read()): print(repr(v))', text);
    assert.deepStrictEqual(out.trimEnd().split('\n'), values.map(repr));
  });

  test('numpy layout evaluates to the same array as np.array of the values', function () {
    if (!referenceAvailable(true)) this.skip();
    const values = runCall('numpy-generator', seed(), 'standard_normal()', 50);
    values.push(NaN, Infinity, -Infinity, -0);
    const text = formatLayout(values, { layout: 'numpy', format: { style: 'repr', thousands: true } });
    assert.match(text, /^np\.array\(\[\n/);
    const out = python('import sys\nimport numpy as np\nfor v in eval(sys.stdin.read()).tolist(): print(repr(v))', text);
    assert.deepStrictEqual(out.trimEnd().split('\n'), values.map(repr));
  });

  test('fixed/significant/thousands literals read back in Python as float(format(x, spec))', function () {
    if (!referenceAvailable(false)) this.skip();
    const xs = runCall('python', seed(), 'uniform(-1e7, 1e7)', 40) as number[];
    for (const [fmt, spec] of [
      [{ style: 'fixed', decimals: 3, thousands: true }, '_.3f'],
      [{ style: 'significant', digits: 4 }, '.4g'],
    ] as [NumberFormat, string][]) {
      const text = formatLayout(xs, { layout: 'python', format: fmt });
      const code = `import sys\nxs = [${xs.map(repr).join(', ')}]\nprint(eval(sys.stdin.read()) == [float(format(x, '${spec}')) for x in xs])`;
      assert.strictEqual(python(code, text).trim(), 'True', spec);
    }
  });

  test('json layout parses with JSON.parse; NaN/Infinity become the strings "NaN"/"Infinity"/"-Infinity" that Number() reads back; no digit grouping', () => {
    const values = [...engineValues().filter((v) => typeof v !== 'bigint'), NaN, Infinity, -Infinity, true, null, 'x', new PyTuple([1n, 'y'])];
    const text = formatLayout(values, { layout: 'json', format: { style: 'repr', thousands: true } });
    const back = JSON.parse(text);
    assert.strictEqual(back.length, values.length);
    values.forEach((v, i) => {
      if (typeof v === 'number' && Number.isFinite(v)) assert.strictEqual(back[i], v, `value ${i}`);
      else if (typeof v === 'number') assert.ok(Object.is(Number(back[i]), v) && typeof back[i] === 'string', `value ${i}`);
      else if (v instanceof PyTuple) assert.deepStrictEqual(back[i], [1, 'y']);
      else assert.strictEqual(back[i], v, `value ${i}`);
    });
    assert.deepStrictEqual(JSON.parse(formatLayout([], { layout: 'json' })), []);
  });

  test('csv layout: a header line, then one RFC 4180 field per line', () => {
    const values: PyObj[] = ['plain', 'a,b', 'say "hi"', 1234567n, 2.5];
    const text = formatLayout(values, { layout: 'csv', header: 'my,col', format: { style: 'repr', thousands: true } });
    const lines = text.split('\n');
    assert.strictEqual(lines[0], '"my,col"');
    assert.strictEqual(lines.length, values.length + 2);
    assert.strictEqual(lines[values.length + 1], '');
    const unquote = (f: string) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f);
    const fmt: NumberFormat = { style: 'repr', thousands: true };
    assert.deepStrictEqual(lines.slice(1, -1).map(unquote), values.map((v) => formatValueWith(v, fmt)));
    assert.strictEqual(formatLayout([], { layout: 'csv' }), 'value\n');
  });

  test('chunked output equals unchunked output, for every layout and chunk size; chunks stay bounded', function () {
    if (!ENGINES.python.calls.length) this.skip();
    const s = seed();
    for (const [call, n] of [
      ['random()', 1000],
      ['sample([1, 2.5, "x", None, True], 3)', 101],
      ['choices([1, 2, 3], k=300)', 7],
      ['randint(1, 10)', 0],
    ] as [string, number][]) {
      const values = runCall('python', s, call, Math.max(n, 0)).slice(0, n === 0 ? 0 : undefined);
      for (const layout of LAYOUTS) {
        for (const format of [undefined, { style: 'fixed', decimals: 2, thousands: true } as NumberFormat]) {
          // a call returning a list makes one element (a row) per call: `sample(k=3)` 101 times is 101×3
          const whole = formatLayout(values, { layout, format, eol: '\r\n', ...elementShape(prepareCall('python', call).shape, n) });
          for (const chunkValues of [1, 7, 64, 100000]) {
            const chunks = [...generateChunks({ engine: 'python', seed: s, call, n, layout, format, chunkValues, eol: '\r\n' })];
            assert.strictEqual(chunks.map((c) => c.text).join(''), whole, `${call} ${layout} chunk ${chunkValues}`);
            let before = 0;
            for (const c of chunks) {
              assert.ok(c.values - before <= chunkValues, `chunk of ${c.values - before} > ${chunkValues}`);
              before = c.values;
            }
            assert.strictEqual(chunks[chunks.length - 1].values, values.length);
            assert.strictEqual(chunks[chunks.length - 1].calls, n);
          }
        }
      }
    }
  });

  test('generateChunks: bad input throws before any text; resumes from a state', function () {
    if (!ENGINES.python.calls.length) this.skip();
    assert.throws(() => generateChunks({ engine: 'python', seed: '1', call: 'randint(5, 1)', n: 3, layout: 'json' }).next(), PyError);
    const all = runCall('python', '5', 'random()', 6).map(repr);
    const it = generateChunks({ engine: 'python', seed: '5', call: 'random()', n: 3, layout: 'lines' });
    const first = [...it].map((c) => c.text).join('');
    assert.strictEqual(first, all.slice(0, 3).join('\n') + '\n');
    const rng = createEngine('python', '5');
    runPrepared(rng, prepareCall('python', 'random()'), 3);
    const rest = [...generateChunks({ engine: 'python', seed: '5', call: 'random()', n: 3, layout: 'lines', resume: rng.getState() })];
    assert.strictEqual(rest.map((c) => c.text).join(''), all.slice(3).join('\n') + '\n');
  });

  test('streams many values in bounded chunks', function () {
    if (!ENGINES.python.calls.length) this.skip();
    let values = 0;
    let longest = 0;
    let chunks = 0;
    for (const c of generateChunks({ engine: 'python', seed: '1', call: 'random()', n: 300_000, layout: 'json' })) {
      values = c.values;
      longest = Math.max(longest, c.text.length);
      chunks++;
    }
    assert.strictEqual(values, 300_000);
    assert.ok(chunks >= 5, `${chunks} chunks`);
    assert.ok(longest < 65536 * 30, `a chunk of ${longest} characters`);
  });

  test('single-cursor literals follow the document language', () => {
    const values: PyObj[] = [4n, 1.5, NaN, 'a', null, true];
    assert.strictEqual(literalStyleFor('python'), 'python');
    assert.strictEqual(literalStyleFor('typescriptreact'), 'javascript');
    assert.strictEqual(literalStyleFor('jsonc'), 'json');
    assert.strictEqual(literalStyleFor('csv'), 'csv');
    assert.strictEqual(literalStyleFor('markdown', 'json'), 'json');
    assert.strictEqual(literalStyleFor('toString'), 'python');
    assert.strictEqual(formatLiteral(values, 'python'), "[4, 1.5, float('nan'), 'a', None, True]");
    assert.strictEqual(formatLiteral(values, 'json'), '[4, 1.5, "NaN", "a", null, true]');
    assert.strictEqual(formatLiteral(values, 'javascript'), '[4, 1.5, NaN, "a", null, true]');
    assert.strictEqual(formatLiteral(values, 'numpy'), "np.array([4, 1.5, np.nan, 'a', None, True])");
    assert.strictEqual(formatLiteral(['a,b', 1234n], 'csv', { style: 'repr', thousands: true }), '"a,b","1,234"');
    assert.strictEqual(formatLiteral([1234.5, 1234567n], 'javascript', { style: 'fixed', decimals: 1, thousands: true }), '[1_234.5, 1_234_567]');
    assert.deepStrictEqual(eval(formatLiteral([1234.5, 1234567n, Infinity], 'javascript', { style: 'fixed', decimals: 1, thousands: true })), [1234.5, 1234567, Infinity]);
  });

  test('caps: confirmation above 10^7 values, refusal above 10^8 with the CLI suggested, per-call limit', function () {
    assert.deepStrictEqual(checkCount(CONFIRM_ABOVE), { kind: 'ok' });
    const big = checkCount(CONFIRM_ABOVE + 1);
    assert.strictEqual(big.kind, 'confirm');
    const huge = checkCount(1e9, { cli: "seeded-random --seed 1 -n 1000000000 'random()'" });
    assert.strictEqual(huge.kind, 'refuse');
    assert.match((huge as { message: string }).message, /1,000,000,000 values \(about 20\.0 GB of text\).*seeded-random --seed 1 -n 1000000000/);
    assert.strictEqual(checkCount(MAX_DOCUMENT_VALUES).kind, 'confirm');
    if (!ENGINES['numpy-generator'].calls.length) this.skip();
    const call = prepareCall('numpy-generator', `random(size=(${MAX_VALUES_PER_CALL}, 2))`);
    assert.strictEqual(valuesPerCall(call), 2 * MAX_VALUES_PER_CALL);
    assert.throws(() => checkCallSize(call), /ValueError.*20,000,000 values in one call/);
    assert.throws(() => generateChunks({ engine: 'numpy-generator', seed: '1', call: 'random(size=10**8)'.replace('10**8', '100000000'), n: 1, layout: 'lines' }).next(), /at most 10,000,000 per call/);
    assert.strictEqual(valuesPerCall(prepareCall('numpy-generator', 'permutation(1000)')), 1000);
  });

  test('every layout ends with a line break; unknown layouts are not layouts', () => {
    for (const layout of LAYOUTS) {
      for (const values of [[], [1n], [1n, 2n]] as PyObj[][]) assert.ok(formatLayout(values, { layout }).endsWith('\n') || (layout === 'lines' && values.length === 0), layout);
    }
    assert.ok(!(LAYOUTS as readonly string[]).includes('xml' as Layout));
  });
});
