import * as assert from 'assert';
import { broadcastShapes, outputShape } from '../../src/core/broadcast';
import type { CallSpec, EngineName } from '../../src/core/callSpec';
import { ENGINES } from '../../src/core/engines';
import { PyError } from '../../src/core/errors';
import { formatValue } from '../../src/core/format/formatValue';
import { createEngine, prepareCall, runPrepared } from '../../src/core/run';
import { referenceAvailable, runReference, type RefResult } from '../support/python';
import type { Case } from '../support/case';
import { broadcastCall } from '../support/broadcastCalls';

const ours = (c: Case): RefResult => {
  try {
    const engine = createEngine(c.engine, c.seed);
    const call = prepareCall(c.engine, c.call);
    const values = runPrepared(engine, call, c.n ?? 1).map(formatValue);
    return { values, shapes: Array.from({ length: c.n ?? 1 }, () => call.shape) };
  } catch (e) {
    if (e instanceof PyError) return { error: e.toString() };
    throw e;
  }
};

suite('broadcasting of distribution parameters', () => {
  test("broadcast shapes and NumPy's mismatch messages", () => {
    assert.deepStrictEqual(broadcastShapes([[2, 1], [3], []]), [2, 3]);
    assert.throws(() => broadcastShapes([[2], [3]]), /^ValueError: shape mismatch: objects cannot be broadcast to a single shape\.  Mismatch is between arg 0 with shape \(2,\) and arg 1 with shape \(3,\)\.$/);
    assert.deepStrictEqual(outputShape([4, 3], [[3], [1, 3]]), [4, 3]);
    assert.throws(() => outputShape([3], [[2, 1]]), /Output size \(3,\) is not compatible with broadcast dimensions of inputs \(2, 3\)\./);
  });

  for (const engine of ['numpy', 'numpy-generator'] as EngineName[]) {
    test(`${engine}: every distribution with array parameters equals NumPy (values, shapes, fresh seeds; live)`, function () {
      if (!referenceAvailable(true)) this.skip();
      const rand = Math.random;
      const rows = ENGINES[engine].calls.filter((r) => r.params.some((p) => p.type === 'float') && r.params.some((p) => p.name === 'size'));
      assert.ok(rows.length > 20, `${rows.length} rows with float parameters`);
      const cases: Case[] = [];
      for (const row of rows) {
        for (let k = 0; k < 4; k++) cases.push({ engine, seed: String(Math.floor(rand() * 2 ** 32)), call: broadcastCall(row as CallSpec, rand), n: 1 + Math.floor(rand() * 2) });
      }
      // mismatched shapes and constraint violations in arrays: NumPy's errors, word for word
      const bad = [
        'normal([0, 100], [1, 2, 3])',
        'normal([0, 100], 1, size=4)',
        'normal([[0], [100]], 1, size=(3,))',
        'normal([0, 100], [1, -1])',
        'exponential([1, -0.0])',
        'poisson([1, -1])',
        'poisson([1, 1e400])',
        'geometric([0.5, 0])',
        'zipf([2, 1])',
        'logseries([0.5, 1])',
        'negative_binomial([1, 0], 0.5)',
        'binomial(10, [0.5, 1.5])',
        'beta([1, 0], 1)',
        'uniform([0, 1], [1, 2, 3])',
        'uniform([0, 1e308], [1e400, 1])',
        'uniform([0, 10], [1, 5])',
        'triangular([0, 1], 0.5, 1)',
        'triangular([0, 1], [1, 2, 3], 5)',
        'gamma([[1, 2]], [3, 4], size=(2, 2))',
        'normal([], 1)',
        "normal(['a'], 1)",
        'normal([None], 1)',
        // integer parameters on the array path
        'binomial([10, 20], 0.5)',
        'binomial([[5], [50]], [0.1, 0.9, 0.5])',
        'binomial([10.5, 20], [0.5])',
        'binomial([10, -20], 0.5)',
        'binomial([10, 20], 0.5, size=(3, 2))',
        'binomial([10, 20], [0.1, 0.2, 0.3])',
        'hypergeometric([5, 10], 3, 4)',
        'hypergeometric([[5], [10]], [3, 4, 5], 2, size=(2, 2, 3))',
        'hypergeometric([1, 2], 3, 6)',
        'hypergeometric([1, 2], [3, 4, 5], 1)',
        'hypergeometric([1, 2], 3, [1, 2, 3])',
        'hypergeometric([-1, 2], 3, 1)',
        'hypergeometric(5, [3, 4], [0, 2])',
      ];
      for (const call of bad) cases.push({ engine, seed: '1', call, n: 1 });
      const ref = runReference(cases).results;
      const diffs = cases
        .map((c, i) => ({ c, want: ref[i], got: ours(c) }))
        .filter(({ want, got }) => JSON.stringify(want) !== JSON.stringify(got))
        .map(({ c, want, got }) => `${c.call} n=${c.n} seed=${c.seed}: want ${JSON.stringify(want).slice(0, 300)} got ${JSON.stringify(got).slice(0, 300)}`);
      assert.deepStrictEqual(diffs, []);
    });
  }
});
