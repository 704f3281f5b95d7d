import type { BitGenerator } from '../bitgen/BitGenerator';
import { pyTypeName } from '../call/bindArgs';
import { randomInterval } from '../distributions/randomInterval';
import { PyError, typeError } from '../errors';
import { asArray } from '../ndarray';
import { shuffledRows } from '../generator/shuffle';
import { PyNdArray, PyTuple, type PyObj } from '../types';

/**
 * The Fisher–Yates pass of `RandomState.shuffle` (both its typed and untyped paths): for
 * i = n-1 down to 1, j = random_interval(i) and swap x[i], x[j]. Shuffles `x` in place.
 */
export function legacyShuffleInPlace<T>(bits: BitGenerator, x: T[]): void {
  for (let i = x.length - 1; i >= 1; i--) {
    const j = randomInterval(bits, i);
    const t = x[i];
    x[i] = x[j];
    x[j] = t;
  }
}

/**
 * `np.random.shuffle(x)` for a Python list: the list is shuffled as it is (no conversion to
 * an array, so its elements keep their types) and returned. An ndarray has its sub-arrays along
 * the first axis re-ordered by the same pass (returned in C order); one of size 0 draws nothing;
 * a 0-d one has no len() (`len() of unsized object`). A tuple or str of length >= 2 fails on the
 * first swap (`'tuple' object does not support item assignment`); a scalar has no len().
 */
export function legacyShuffle(bits: BitGenerator, x: PyObj): PyObj[] {
  if (x instanceof PyNdArray) return shuffledRows(x, (idx) => legacyShuffleInPlace(bits, idx));
  if (Array.isArray(x)) {
    const out = x.slice();
    legacyShuffleInPlace(bits, out);
    return out;
  }
  if (x instanceof PyTuple || typeof x === 'string') {
    const n = x instanceof PyTuple ? x.items.length : [...x].length;
    if (n >= 2) {
      randomInterval(bits, n - 1); // NumPy draws j before the failing assignment
      throw typeError(`'${pyTypeName(x)}' object does not support item assignment`);
    }
    return [x]; // shuffle returns None; x is reported as the one value it is
  }
  throw typeError(`object of type '${pyTypeName(x)}' has no len()`);
}

/**
 * `np.random.permutation(x)`: an int n (or bool) → a shuffled `arange(n)` (empty for n <= 0);
 * otherwise `np.asarray(x)` (NumPy's dtype promotion, e.g. `[1, 2.5]` → floats), 1-d arrays
 * shuffled as a whole and n-d arrays along their first axis; scalars raise
 * `IndexError: x must be an integer or at least 1-dimensional`. Returns the elements in C order.
 */
export function legacyPermutation(bits: BitGenerator, x: PyObj): PyObj[] {
  if (typeof x === 'bigint' || typeof x === 'boolean') {
    const n = BigInt(x);
    if (n > 100_000_000n) throw new PyError('ValueError', 'permutation(n) for n > 10**8 is not supported here');
    const arr: PyObj[] = [];
    for (let i = 0n; i < n; i++) arr.push(i);
    legacyShuffleInPlace(bits, arr);
    return arr;
  }
  const a = asArray(x);
  if (a.shape.length < 1) throw new PyError('IndexError', 'x must be an integer or at least 1-dimensional');
  const rows = a.shape[0];
  if (rows === 0) return [];
  const rowLen = a.data.length / rows;
  if (a.shape.length === 1) {
    const out = a.data.slice();
    legacyShuffleInPlace(bits, out);
    return out;
  }
  const idx = Array.from({ length: rows }, (_, i) => i);
  legacyShuffleInPlace(bits, idx);
  const out: PyObj[] = [];
  for (const r of idx) for (let k = 0; k < rowLen; k++) out.push(a.data[r * rowLen + k]);
  return out;
}
