import * as assert from 'assert';
import { asArray } from '../../src/core/ndarray';
import { repr } from '../../src/core/format/formatValue';
import { PyNdArray, type PyObj } from '../../src/core/types';
import { referenceAvailable, runPythonJson } from '../support/python';

/**
 * The shared array value: NumPy makes the arrays (shape, dtype name, C-order data, `repr(a.tolist())`)
 * and we check that a PyNdArray built from the same shape/dtype/data prints and converts the same.
 */
const MAKE = `
import json, sys, numpy as np
out = []
for src in json.load(sys.stdin):
    a = eval(src, {'np': np})
    flat = a.ravel().tolist()
    kind = a.dtype.kind
    out.append({'shape': list(a.shape), 'dtype': a.dtype.name, 'kind': kind,
                'data': [repr(v) if kind == 'f' else (str(v) if kind in 'iu' else v) for v in flat],
                'repr': repr(a.tolist())})
print(json.dumps(out))
`;

function fromJson(r: { kind: string; data: unknown[] }): PyObj[] {
  return r.data.map((v) => (r.kind === 'f' ? Number(String(v).replace('inf', 'Infinity')) : r.kind === 'i' || r.kind === 'u' ? BigInt(v as string) : (v as PyObj)));
}

suite('PyNdArray (shared NumPy array value)', () => {
  test('repr is repr(a.tolist()) and asArray keeps shape, dtype and data, live against NumPy', function () {
    if (!referenceAvailable()) this.skip();
    const r = Math.floor(Math.random() * 1000);
    const srcs = [
      `np.arange(${r % 7})`,
      `np.arange(${(r % 5) + 1} * 6).reshape(${(r % 5) + 1}, 2, 3)`,
      `np.linspace(0, 1, ${(r % 9) + 2})`,
      `np.ones((2, ${r % 4}), dtype=np.uint8)`,
      `np.zeros((0, 3))`,
      `np.array(${r}.5)`,
      `np.eye(3, dtype=bool)`,
      `np.full((2, 2), ${r}, dtype=np.float32) / 3`,
      `np.array([-${r}, 2**63], dtype=object) if False else np.array([${r}, 2**63])`,
    ];
    const arrays = runPythonJson<{ shape: number[]; dtype: string; kind: string; data: unknown[]; repr: string }[]>(MAKE, srcs);
    for (const [i, a] of arrays.entries()) {
      const v = PyNdArray.of(a.shape, a.dtype, fromJson(a));
      assert.strictEqual(repr(v), a.repr, srcs[i]);
      const back = asArray(v);
      assert.deepStrictEqual([back.shape, back.data], [a.shape, fromJson(a)], srcs[i]);
      assert.strictEqual((back as PyNdArray).dtype, a.dtype, srcs[i]);
      // Nested in a list, a non-empty array reads as its .tolist().
      if (v.size > 0) assert.deepStrictEqual(asArray([v, v]).shape, [2, ...a.shape], srcs[i]);
    }
  });

  test('PyNdArray.of refuses data that does not fill the shape', () => {
    assert.throws(() => PyNdArray.of([2, 3], 'int64', [1n, 2n]), RangeError);
    assert.throws(() => PyNdArray.of([-1], 'int64', []), RangeError);
    assert.strictEqual(PyNdArray.of([], 'float64', [2.5]).toList(), 2.5);
  });
});
