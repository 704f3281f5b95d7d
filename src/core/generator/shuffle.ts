import type { BitGenerator } from '../bitgen/BitGenerator';
import { pyTypeName } from '../call/bindArgs';
import { randomInterval } from '../distributions/randomInterval';
import { PyError } from '../errors';
import { PyNdArray, PyTuple, type PyObj } from '../types';
import { asArray, type NdArray } from '../ndarray';

/**
 * Fisher–Yates from the end as every Generator shuffle of a buffer or list does
 * (`_shuffle_raw` / the untyped loop in numpy/random/_generator.pyx): for i = n-1 down to
 * `first`, swap item i with item `random_interval(i)` (masked rejection on next32).
 * `first` is 1 for `shuffle`/`permutation`; `permuted(axis=…)` passes 0, whose last step
 * (`random_interval(0)`) draws nothing.
 */
export function shuffleInPlace<T>(bitgen: BitGenerator, x: T[], first = 1): void {
  for (let i = x.length - 1; i >= first; i--) {
    const j = randomInterval(bitgen, i);
    const t = x[i];
    x[i] = x[j];
    x[j] = t;
  }
}

/**
 * An ndarray shuffled in place along `axis` (NumPy swaps whole sub-arrays with the same
 * Fisher–Yates pass as for a list, so the pass is run on their indices): `len() of unsized
 * object` for a 0-d array, the axis checked next, then a size-0 array draws nothing. Returns the
 * elements in C order.
 */
export function shuffledRows(x: PyNdArray, pass: (idx: number[]) => void, axis = 0n): PyObj[] {
  const a = asArray(x);
  if (a.shape.length === 0) throw new PyError('TypeError', 'len() of unsized object');
  const ax = normalizeAxis(axis, a.shape.length);
  if (a.data.length === 0) return [];
  const idx = Array.from({ length: a.shape[ax] }, (_, i) => i);
  pass(idx);
  return takeAlong(a, idx, ax);
}

/** `normalize_axis_index(axis, ndim)` with NumPy's AxisError wording. */
export function normalizeAxis(axis: bigint, ndim: number): number {
  const a = Number(axis);
  if (a < -ndim || a >= ndim) {
    throw new PyError('AxisError', `axis ${axis} is out of bounds for array of dimension ${ndim}`);
  }
  return a < 0 ? a + ndim : a;
}

/** The elements of `a` re-ordered along `axis` by `idx` (NumPy's `a.take(idx, axis)` / `a[..., idx, ...]`), C order. */
export function takeAlong(a: NdArray, idx: ArrayLike<number>, axis: number): PyObj[] {
  const outer = a.shape.slice(0, axis).reduce((p, d) => p * d, 1);
  const len = a.shape[axis];
  const inner = a.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
  const out: PyObj[] = [];
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < idx.length; k++) {
      const base = (o * len + idx[k]) * inner;
      for (let i = 0; i < inner; i++) out.push(a.data[base + i]);
    }
  }
  return out;
}

/**
 * `Generator.shuffle(x, axis=0)` on a Python list: the untyped path (swap `x[i], x[j]`), so
 * nested lists move as whole rows. Returns x's elements after shuffling, as `shuffle(x)` leaves
 * them. Errors as Python raises them: `object of type 'int' has no len()`,
 * `'str' object does not support item assignment` (after the first draw, as in NumPy),
 * `NotImplementedError: Axis argument is only supported on ndarray objects`.
 */
export function generatorShuffle(bitgen: BitGenerator, x: PyObj, axis: bigint): PyObj[] {
  if (x instanceof PyNdArray) return shuffledRows(x, (idx) => shuffleInPlace(bitgen, idx), axis);
  if (typeof x === 'string' || x instanceof PyTuple) {
    const n = typeof x === 'string' ? [...x].length : x.items.length;
    if (axis !== 0n) throw notImplementedAxis();
    if (n > 1) {
      randomInterval(bitgen, n - 1);
      throw new PyError('TypeError', `'${pyTypeName(x)}' object does not support item assignment`);
    }
    return [x];
  }
  if (!Array.isArray(x)) throw new PyError('TypeError', `object of type '${pyTypeName(x)}' has no len()`);
  if (axis !== 0n) throw notImplementedAxis();
  const out = x.slice();
  shuffleInPlace(bitgen, out);
  return out;
}

function notImplementedAxis(): PyError {
  return new PyError('NotImplementedError', 'Axis argument is only supported on ndarray objects');
}

/**
 * `Generator.permutation(x, axis=0)`: for an int n, a shuffled `np.arange(n)` (empty for n <= 0);
 * otherwise `np.asarray(x)` (NumPy's dtype promotion), shuffled directly when 1-d, else its
 * sub-arrays along `axis` re-ordered by a shuffled index. Returned flattened in C order.
 */
export function generatorPermutation(bitgen: BitGenerator, x: PyObj, axis: bigint): PyObj[] {
  if (typeof x === 'bigint' || typeof x === 'boolean') {
    const n = Number(x);
    const arr: bigint[] = [];
    for (let i = 0; i < n; i++) arr.push(BigInt(i));
    shuffleInPlace(bitgen, arr);
    return arr;
  }
  const a = asArray(x);
  const ax = normalizeAxis(axis, a.shape.length);
  if (a.shape.length === 1) {
    const out = a.data.slice();
    shuffleInPlace(bitgen, out);
    return out;
  }
  const idx: number[] = [];
  for (let i = 0; i < a.shape[ax]; i++) idx.push(i);
  shuffleInPlace(bitgen, idx);
  return takeAlong(a, idx, ax);
}

/**
 * `Generator.permuted(x, *, axis=None)`: a shuffled copy of `np.asarray(x)`. With axis None the
 * flattened (C-order) array is shuffled as one; with an axis, every 1-d lane along it is shuffled
 * independently, lanes visited in C order of the other axes (`PyArray_IterAllButAxis`), each
 * with `first = 0`. Returned flattened in C order.
 */
export function generatorPermuted(bitgen: BitGenerator, x: PyObj, axis: bigint | null): PyObj[] {
  const a = asArray(x);
  const out = a.data.slice();
  if (axis === null) {
    if (a.shape.length === 0) throw new PyError('TypeError', 'len() of unsized object');
    shuffleInPlace(bitgen, out);
    return out;
  }
  const ax = normalizeAxis(axis, a.shape.length);
  const len = a.shape[ax];
  const stride = a.shape.slice(ax + 1).reduce((p, d) => p * d, 1);
  const outer = a.shape.slice(0, ax).reduce((p, d) => p * d, 1);
  const lane: PyObj[] = new Array(len);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < stride; i++) {
      const base = o * len * stride + i;
      for (let k = 0; k < len; k++) lane[k] = out[base + k * stride];
      shuffleInPlace(bitgen, lane, 0);
      for (let k = 0; k < len; k++) out[base + k * stride] = lane[k];
    }
  }
  return out;
}
