import * as assert from 'assert';
import { valuesPerCall } from '../../src/core/layout/checkCount';
import { CsvDimensionsError } from '../../src/core/layout/csvDimensionsError';
import { formatLiteral } from '../../src/core/layout/formatLiteral';
import { generateChunks } from '../../src/core/layout/generateChunks';
import type { Layout } from '../../src/core/layout/layoutWriter';
import { createEngine, prepareCall, runCall, runPreparedResult } from '../../src/core/run';
import { PyNdArray } from '../../src/core/types';
import { formatCallResult } from '../../src/extension/plain/formatDraw';
import { referenceAvailable, runPythonJson } from '../support/python';

const freshSeed = () => String(Math.floor(Math.random() * 2 ** 32));
const layoutText = (engine: string, seed: string, call: string, n: number, layout: Layout) =>
  [...generateChunks({ engine, seed, call, n, layout, chunkValues: 1 + Math.floor(Math.random() * 7) })].map((c) => c.text).join('');

suite('result shapes', () => {
  test("prepared calls carry NumPy's result shape, and the size caps count it", () => {
    const cases: [string, string, number[] | null][] = [
      ['numpy', 'rand()', null],
      ['numpy', 'rand(2, 3)', [2, 3]],
      ['numpy', 'randn(4)', [4]],
      ['numpy', 'random(size=(2, 3))', [2, 3]],
      ['numpy', 'randint(0, 10, size=(2, 3))', [2, 3]],
      ['numpy', 'multinomial(5, [0.2, 0.3, 0.5], size=(4, 2))', [4, 2, 3]],
      ['numpy', 'multinomial(5, [0.25, 0.25, 0.25, 0.25])', [4]],
      ['numpy', 'dirichlet([1, 2], 3)', [3, 2]],
      ['numpy', 'permutation([[1, 2], [3, 4], [5, 6]])', [3, 2]],
      ['numpy', 'choice(5, (2, 2))', [2, 2]],
      ['numpy-generator', 'integers(0, 64, (4, 12))', [4, 12]],
      ['numpy-generator', 'choice([[1, 2, 3], [4, 5, 6]], 2, axis=1)', [2, 2]],
      ['numpy-generator', 'choice([[1, 2, 3], [4, 5, 6]])', [3]],
      ['numpy-generator', 'permuted([[1, 2, 3], [4, 5, 6]], axis=1)', [2, 3]],
      ['python', 'sample([1, 2, 3, 4, 5], 4)', [4]],
      ['python', 'choices([1, 2], k=3)', [3]],
      ['python', 'random()', null],
    ];
    for (const [engine, call, shape] of cases) {
      const p = prepareCall(engine, call);
      assert.deepStrictEqual(p.shape, shape, `${engine} ${call}`);
      const values = p.spec.run(createEngine(engine, '7'), p.args);
      assert.strictEqual(values.length, valuesPerCall(p), `${engine} ${call}: run returns the shape's product`);
    }
    // multinomial's cap counts len(pvals)
    assert.strictEqual(valuesPerCall(prepareCall('numpy', 'multinomial(1, [0.5, 0.5], size=10)')), 20);
    const r = runPreparedResult(createEngine('numpy', '1'), prepareCall('numpy', 'rand(2, 2)'));
    assert.ok(r instanceof PyNdArray && r.shape.join() === '2,2' && r.dtype === 'float64');
  });

  test('literals nest by shape in every style; CSV writes 2-D as rows and refuses 3-D', () => {
    const v = [1n, 2n, 3n, 4n, 5n, 6n];
    assert.strictEqual(formatLiteral(v, 'python', undefined, [2, 3]), '[[1, 2, 3], [4, 5, 6]]');
    assert.strictEqual(formatLiteral(v, 'json', undefined, [3, 2]), '[[1, 2], [3, 4], [5, 6]]');
    assert.strictEqual(formatLiteral(v, 'javascript', undefined, [1, 2, 3]), '[[[1, 2, 3], [4, 5, 6]]]');
    assert.strictEqual(formatLiteral(v, 'numpy', undefined, [2, 3]), 'np.array([[1, 2, 3], [4, 5, 6]])');
    assert.strictEqual(formatLiteral(v, 'csv', undefined, [2, 3], '\r\n'), '1,2,3\r\n4,5,6');
    assert.strictEqual(formatLiteral(v, 'python', undefined, [6]), '[1, 2, 3, 4, 5, 6]');
    assert.throws(() => formatLiteral(v, 'csv', undefined, [1, 2, 3]), CsvDimensionsError);
    assert.throws(() => formatLiteral(v, 'csv', undefined, [1, 2, 3]), /1×2×3 result has 3 dimensions, and CSV holds at most 2/);
    const fmt = { style: 'repr' } as const;
    assert.strictEqual(formatCallResult(v, fmt, 'comma', '\n', 'python', [2, 3]), '1, 2, 3\n4, 5, 6');
    assert.strictEqual(formatCallResult(v, fmt, 'lines', '\n', 'python', [2, 3]), '1\n2\n3\n4\n5\n6');
    assert.strictEqual(formatCallResult([7n], fmt, 'literal', '\n', 'json', [1, 1]), '[[7]]');
    assert.strictEqual(formatCallResult([7n], fmt, 'literal', '\n', 'json', [1]), '7');
    assert.throws(() => [...generateChunks({ engine: 'numpy', seed: '1', call: 'rand(2, 2, 2)', n: 1, layout: 'csv' })], CsvDimensionsError);
  });

  test('layouts: rows per element, chunk-independent; CSV 2-D with a header per column', () => {
    assert.strictEqual(layoutText('numpy', '1', 'randint(0, 10, size=(2, 3))', 1, 'csv'), 'value_0,value_1,value_2\n5,8,9\n5,0,0\n');
    const seed = freshSeed();
    const flat = runCall('numpy', seed, 'randint(0, 100, size=3)', 2).map(String);
    assert.strictEqual(layoutText('numpy', seed, 'randint(0, 100, size=3)', 2, 'json'), `[\n  [${flat.slice(0, 3).join(', ')}],\n  [${flat.slice(3).join(', ')}]\n]\n`);
    assert.strictEqual(layoutText('numpy', seed, 'randint(0, 100, size=3)', 1, 'python'), `[\n    ${flat.slice(0, 3).join(',\n    ')},\n]\n`);
    assert.strictEqual(layoutText('numpy', seed, 'random(size=(2, 0))', 2, 'json'), '[\n  [[], []],\n  [[], []]\n]\n');
  });

  test('live: nested layouts and --code-shaped results equal NumPy/Python .tolist() for fresh seeds and random shapes', function () {
    if (!referenceAvailable(true)) this.skip();
    const dims = () => Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => 1 + Math.floor(Math.random() * 3));
    const tuple = (d: number[]) => (d.length === 1 ? `(${d[0]},)` : `(${d.join(', ')})`);
    const cases: { engine: string; seed: string; call: string; n: number; layout: Layout; text: string }[] = [];
    const calls = [
      ['numpy', (d: number[]) => `rand(${d.join(', ')})`],
      ['numpy', (d: number[]) => `randn(${d.join(', ')})`],
      ['numpy', (d: number[]) => `randint(-5, 5, size=${tuple(d)})`],
      ['numpy', (d: number[]) => `multinomial(7, [0.1, 0.2, 0.7], size=${tuple(d)})`],
      ['numpy', (d: number[]) => `dirichlet([0.5, 2.0], ${tuple(d)})`],
      ['numpy', (d: number[]) => `gamma(2.0, 3.0, size=${tuple(d)})`],
      ['numpy-generator', (d: number[]) => `random(${tuple(d)})`],
      ['numpy-generator', (d: number[]) => `integers(0, 64, ${tuple(d)})`],
      ['numpy-generator', (d: number[]) => `choice([[1, 2, 3], [4, 5, 6]], ${tuple(d)}, axis=1)`],
      ['python', (d: number[]) => `sample([1, 2, 3, 4, 5, 6, 7, 8, 9], ${d[0]})`],
    ] as const;
    for (const [engine, make] of calls) {
      for (const layout of ['python', 'numpy', 'json'] as const) {
        const seed = freshSeed();
        const call = make(dims());
        const n = Math.random() < 0.5 ? 1 : 2;
        cases.push({ engine, seed, call, n, layout, text: layoutText(engine, seed, call, n, layout) });
      }
    }
    const code = `
import sys, json, random
import numpy as np
out = []
for c in json.load(sys.stdin):
    if c['engine'] == 'python':
        random.seed(int(c['seed'])); prefix = 'random.'; rng = None
    elif c['engine'] == 'numpy':
        np.random.seed(int(c['seed'])); prefix = 'np.random.'
    else:
        rng = np.random.default_rng(int(c['seed'])); prefix = 'rng.'
    res = [eval(prefix + c['call']) for _ in range(c['n'])]
    res = [np.asarray(r).tolist() for r in res]
    want = res[0] if c['n'] == 1 else res
    got = eval(c['text'])
    got = got.tolist() if isinstance(got, np.ndarray) else got
    out.append(repr(want) == repr(got) or [repr(want), repr(got)])
print(json.dumps(out))`;
    const results = runPythonJson<(true | string[])[]>(code, cases);
    const bad = results.map((r, i) => (r === true ? '' : `${cases[i].engine} ${cases[i].call} n=${cases[i].n} ${cases[i].layout}: ${JSON.stringify(r)}`)).filter(Boolean);
    assert.deepStrictEqual(bad, []);
  });
});
