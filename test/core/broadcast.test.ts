import * as assert from 'assert';
import { broadcastShapes, outputShape } from '../../src/core/broadcast';
import type { CallSpec, Constraint, EngineName } from '../../src/core/callSpec';
import { ENGINES } from '../../src/core/engines';
import { PyError } from '../../src/core/errors';
import { formatValue } from '../../src/core/format/formatValue';
import { reprFloat } from '../../src/core/format/formatValue';
import { createEngine, prepareCall, runPrepared } from '../../src/core/run';
import { referenceAvailable, runReference, type RefResult } from '../support/python';
import type { Case } from '../support/case';

/** A value inside the constraint (so that every element of an array passes it). */
function valid(cons: Constraint | undefined, rand: () => number): number {
  const u = rand();
  switch (cons) {
    case 'non_negative':
      return 0.1 + 4 * u;
    case 'positive':
    case 'positive_not_nan':
      return 0.2 + 5 * u;
    case 'bounded_0_1':
      return 0.05 + 0.9 * u;
    case 'bounded_gt_0_1':
      return 0.1 + 0.9 * u;
    case 'bounded_lt_0_1':
      return 0.9 * u;
    case 'gt_1':
    case 'gte_1':
      return 1.2 + 3 * u;
    case 'poisson':
      return 40 * u;
    default:
      return -5 + 10 * u;
  }
}

/** Per-parameter ranges where constraints alone are not enough (cross-parameter checks). */
const RANGES: Record<string, [number, number]> = {
  'triangular.left': [-5, -1],
  'triangular.mode': [-0.5, 0.5],
  'triangular.right': [1, 5],
  'uniform.low': [-5, 0],
  'uniform.high': [1, 5],
};

const tuple = (d: readonly number[]) => (d.length === 1 ? `(${d[0]},)` : `(${d.join(', ')})`);

/**
 * One broadcast case for a row: a broadcast shape B (1–2 dims of 1–3), each float parameter a
 * scalar or an array whose shape broadcasts to B (B itself, a suffix, or with 1s), size None, B,
 * or an extra leading dimension; values inside the constraints, as nested Python lists.
 */
function broadcastCall(row: CallSpec, rand: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const B = Array.from({ length: int(1, 2) }, () => int(1, 3));
  const floats = row.params.filter((p) => p.type === 'float');
  const arrayAt = int(0, floats.length - 1); // at least one array
  const args = floats.map((p, i) => {
    const range = RANGES[`${row.name}.${p.name}`];
    const one = () => reprFloat(range ? range[0] + (range[1] - range[0]) * rand() : valid(p.constraint, rand));
    if (i !== arrayAt && rand() < 0.4) return `${p.name}=${one()}`;
    let shape = B.slice(rand() < 0.3 ? 1 : 0).map((d) => (rand() < 0.25 ? 1 : d));
    if (shape.length === 0) shape = [1];
    const build = (dims: number[]): string => (dims.length === 0 ? one() : `[${Array.from({ length: dims[0] }, () => build(dims.slice(1))).join(', ')}]`);
    return `${p.name}=${build(shape)}`;
  });
  const size = rand() < 0.4 ? '' : rand() < 0.6 ? `, size=${tuple(B)}` : `, size=${tuple([int(1, 2), ...B])}`;
  return `${row.name}(${args.join(', ')}${size})`;
}

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
