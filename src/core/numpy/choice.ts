import type { BitGenerator } from '../bitgen/BitGenerator';
import { pyTypeName } from '../call/bindArgs';
import { repr } from '../format/formatValue';
import { typeError, valueError } from '../errors';
import { asArray, asFloatArray, type NdArray } from '../ndarray';
import { PyTuple, type PyObj } from '../types';
import { intDtype, randintDraw } from './randint';
import { legacyShuffleInPlace } from './shuffle';
import { kahanSum } from '../distributions/kahanSum';
import { normalizedCdf, searchRight, weightedChoiceNoReplace } from '../distributions/weightedChoice';

/** sqrt(float64 eps): the tolerance of `abs(sum(p) - 1)`. */
const ATOL = Math.sqrt(2.220446049250313e-16);

/** `size` of choice: None, an int or a tuple/list of ints → the shape (null for a scalar). */
function choiceShape(size: PyObj): bigint[] | null {
  if (size === null) return null;
  if (typeof size === 'bigint') return [size];
  if (!(Array.isArray(size) || size instanceof PyTuple)) {
    throw typeError(`expected a sequence of integers or a single integer, got '${repr(size)}'`); // True too, as NumPy
  }
  return (size instanceof PyTuple ? size.items : size).map((d) => {
    if (typeof d === 'bigint') return d;
    if (typeof d === 'boolean') throw typeError('an integer is required');
    if (d === null) throw typeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    throw typeError(`'${pyTypeName(d)}' object cannot be interpreted as an integer`);
  });
}

/** `p` as a float64 vector (`np.PyArray_FROM_OTF(p, NPY_DOUBLE)`), with choice's own errors. */
function probabilities(p: PyObj): number[] {
  if (typeof p === 'string') throw valueError(`could not convert string to float: '${p}'`);
  if (!(Array.isArray(p) || p instanceof PyTuple)) throw typeError(`object of type '${pyTypeName(p)}' has no len()`);
  const arr = asFloatArray(p); // np.asarray(p, float64): None → nan (`probabilities contain NaN`)
  if (arr.shape.length !== 1) throw valueError("'p' must be 1-dimensional");
  return Array.from(arr.data);
}

/**
 * `RandomState.choice(a, size=None, replace=True, p=None)` (numpy/random/mtrand.pyx), all
 * branches with NumPy's order of checks and messages:
 * - with replacement, no p: `randint(0, len(a), size)` (masked int64 draws);
 * - with replacement and p: `random_sample(size)` mapped through the normalized cumulative
 *   sum with `searchsorted(side='right')`;
 * - without replacement, no p: `permutation(len(a))[:size]` (a full shuffle of all indices);
 * - without replacement and p: repeated rounds of `rand(size - found)` through the cdf of the
 *   not-yet-chosen items, keeping first occurrences of new indices in draw order.
 * `a` is an int (then indices are returned) or a 1-d sequence, converted by `np.asarray`
 * (so `[1, 2.5]` gives floats and `['a', 1]` strings).
 */
export function legacyChoice(bits: BitGenerator, aArg: PyObj, sizeArg: PyObj, replace: boolean, pArg: PyObj): PyObj[] {
  const shape = choiceShape(sizeArg);
  // np.prod(None) is None, which is "!= 0"
  const prod = shape === null ? null : shape.reduce((x, d) => x * d, 1n);
  const takesSamples = prod === null || prod !== 0n;
  let a: NdArray | null = null;
  let popSize: bigint;
  if (typeof aArg === 'bigint' || typeof aArg === 'boolean') {
    popSize = BigInt(aArg);
    if (popSize <= 0n && takesSamples) throw valueError('a must be greater than 0 unless no samples are taken');
  } else {
    a = asArray(aArg);
    if (a.shape.length === 0) throw valueError('a must be 1-dimensional or an integer');
    if (a.shape.length !== 1) throw valueError('a must be 1-dimensional');
    popSize = BigInt(a.shape[0]);
    if (popSize === 0n && takesSamples) throw valueError("'a' cannot be empty unless no samples are taken");
  }
  let p: number[] | null = null;
  if (pArg !== null) {
    p = probabilities(pArg);
    if (BigInt(p.length) !== popSize) throw valueError("'a' and 'p' must have same size");
    const pSum = kahanSum(p);
    if (Number.isNaN(pSum)) throw valueError('probabilities contain NaN');
    if (p.some((v) => v < 0)) throw valueError('probabilities are not non-negative');
    if (Math.abs(pSum - 1) > ATOL) throw valueError('probabilities do not sum to 1');
  }
  const size = prod === null ? 1n : prod;
  let idx: number[];
  if (replace) {
    if (size < 0n) throw valueError('negative dimensions are not allowed');
    const n = Number(size);
    if (p !== null) {
      const cdf = normalizedCdf(p);
      idx = [];
      for (let i = 0; i < n; i++) idx.push(searchRight(cdf, bits.nextDouble()));
    } else {
      if (n === 0) return [];
      const draws = randintDraw(bits, 0n, popSize - 1n, intDtype(null), n) as bigint[];
      if (a === null) return draws;
      idx = draws.map(Number);
    }
  } else {
    if (size > popSize) throw valueError("Cannot take a larger sample than population when 'replace=False'");
    if (size < 0n) throw valueError('Negative dimensions are not allowed');
    const n = Number(size);
    if (p !== null) {
      idx = weightedChoiceNoReplace(bits, p, n);
    } else {
      if (popSize > 100_000_000n) throw valueError('choice(a, replace=False) for len(a) > 10**8 is not supported here');
      const perm = Array.from({ length: Number(popSize) }, (_, i) => i);
      legacyShuffleInPlace(bits, perm);
      idx = perm.slice(0, n);
    }
  }
  if (a === null) return idx.map((i) => BigInt(i));
  const data = a.data;
  return idx.map((i) => data[i]);
}
