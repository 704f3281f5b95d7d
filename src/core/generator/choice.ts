import { kahanSum } from '../distributions/kahanSum';
import type { BitGenerator } from '../bitgen/BitGenerator';
import { coerce, pyTypeName } from '../call/bindArgs';
import { boundedLemireUint32 } from '../distributions/boundedLemireUint32';
import { boundedLemireUint64 } from '../distributions/boundedLemireUint64';
import type { Args } from '../callSpec';
import { lengthOf, sizeElements } from '../callWork';
import { PyError } from '../errors';
import { PyTuple, type PyObj } from '../types';
import { generatorIntegers } from './integers';
import { asArray, toFloat64, type NdArray } from '../ndarray';
import { takeAlong } from './shuffle';
import { normalizedCdf, searchRight, weightedChoiceNoReplace } from '../distributions/weightedChoice';

/**
 * Largest population for NumPy's tail-shuffle branch of `choice(replace=False)`, which shuffles
 * an index array as long as the population (NumPy allocates it too; here it is capped at
 * 256 MB so that a typo cannot exhaust the editor's memory).
 */
const TAIL_SHUFFLE_LIMIT = 2 ** 26;

/** sqrt(float64 eps): NumPy's tolerance on sum(p) == 1. */
const P_ATOL = Math.sqrt(2.220446049250313e-16);

/**
 * `random_bounded_uint64(bitgen, 0, max, 0, use_masked=False)` for max < 2**53: Lemire's method,
 * 32-bit when max < 2**32 - 1 (on PCG64's buffered half-words), raw next32 at 2**32 - 1, else 64-bit.
 * NumPy's `_shuffle_int` and Floyd's sampler in `choice(replace=False)` draw through it.
 */
export function boundedUint64(bitgen: BitGenerator, max: number): number {
  if (max === 0) return 0;
  if (max < 0xffffffff) return boundedLemireUint32(bitgen, max);
  if (max === 0xffffffff) return bitgen.next32();
  return Number(boundedLemireUint64(bitgen, BigInt(max)));
}

/** `_shuffle_int(n, first, data)`: Fisher–Yates from the end with {@link boundedUint64} indices. */
function shuffleInt<T>(bitgen: BitGenerator, data: { [i: number]: T }, n: number, first: number): void {
  for (let i = n - 1; i >= first; i--) {
    const j = boundedUint64(bitgen, i);
    const t = data[j];
    data[j] = data[i];
    data[i] = t;
  }
}


/** `p` checked as `Generator.choice` does, in its order; returns it as float64s. */
function checkP(p: PyObj, popSize: bigint): Float64Array {
  if (!Array.isArray(p) && !(p instanceof PyTuple) && typeof p !== 'string') {
    throw new PyError('TypeError', `object of type '${pyTypeName(p)}' has no len()`);
  }
  const arr = asArray(typeof p === 'string' ? [p] : p);
  const values = Float64Array.from(arr.data, toFloat64);
  if (arr.shape.length !== 1) throw new PyError('ValueError', 'p must be 1-dimensional');
  if (BigInt(values.length) !== popSize) throw new PyError('ValueError', 'a and p must have same size');
  const sum = kahanSum(values);
  if (sum !== sum) throw new PyError('ValueError', 'Probabilities contain NaN');
  if (values.some((v) => v < 0)) throw new PyError('ValueError', 'Probabilities are not non-negative');
  if (Math.abs(sum - 1) > P_ATOL) {
    throw new PyError('ValueError', 'Probabilities do not sum to 1. See Notes section of docstring for more information.');
  }
  return values;
}

/**
 * `Generator.choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)`
 * (numpy/random/_generator.pyx), with NumPy's algorithms and checks:
 * - with replacement: `integers(0, pop_size)` (Lemire), or with `p` one `random()` per draw
 *   looked up in the normalised cumulative sum;
 * - without replacement and `p`: rounds of `random()` draws, dropping repeats and zeroing the
 *   chosen probabilities until `size` distinct indices are found;
 * - without replacement, no `p`: a partial Fisher–Yates over `arange(pop_size)` when
 *   pop_size > 10000 and size > pop_size // (50 if shuffle else 20), else Floyd's algorithm
 *   followed (when `shuffle`) by a Fisher–Yates of the result — both drawing through
 *   `random_bounded_uint64` (Lemire).
 * `a` an int samples `arange(a)`; a list is `np.asarray(a)` (dtype promotion) and whole
 * sub-arrays along `axis` are taken. Returns the sample flattened in C order.
 *
 * @param sizeArg `size` as given: NumPy tests `a` for emptiness against `np.prod(size)` before it
 *   validates the shape, so `choice([], -1)` says "a cannot be empty…", not "negative dimensions…".
 */
export function generatorChoice(
  bitgen: BitGenerator,
  a: PyObj,
  sizeArg: PyObj,
  replace: boolean,
  p: PyObj,
  axis: bigint,
  shuffle: boolean,
): PyObj[] {
  const dims = sizeArg === null ? null : sizeArg instanceof PyTuple ? sizeArg.items : Array.isArray(sizeArg) ? sizeArg : [sizeArg];
  const noSamples = dims !== null && dims.some((d) => d === 0n || d === false);
  let arr: NdArray | null = null;
  let popSize: bigint;
  if (typeof a === 'bigint' || typeof a === 'boolean') {
    popSize = BigInt(a);
    if (popSize <= 0n && !noSamples) {
      throw new PyError('ValueError', 'a must be a positive integer unless no samples are taken');
    }
  } else {
    arr = asArray(a);
    if (arr.shape.length === 0) {
      const cls = pyTypeName(a);
      throw new PyError('ValueError', `a must be a sequence or an integer, not <class '${cls}'>`);
    }
    const nd = arr.shape.length;
    const ax = Number(axis);
    if (ax < -nd || ax >= nd) throw new PyError('IndexError', 'tuple index out of range');
    axis = BigInt(ax < 0 ? ax + nd : ax);
    popSize = BigInt(arr.shape[Number(axis)]);
    if (popSize === 0n && !noSamples) {
      throw new PyError('ValueError', 'a cannot be empty unless no samples are taken');
    }
  }
  const size = coerce({ name: 'size', type: 'size' }, sizeArg) as bigint[] | null;
  const count = size === null ? 1 : size.reduce((n, d) => n * Number(d), 1);
  const probs = p === null ? null : checkP(p, popSize);

  let idx: (number | bigint)[];
  if (replace) {
    if (probs) {
      const cdf = normalizedCdf(probs);
      idx = [];
      for (let i = 0; i < count; i++) idx.push(searchRight(cdf, bitgen.nextDouble()));
    } else {
      idx = generatorIntegers(bitgen, 0n, popSize, count, false) as bigint[]; // int64: bigints
    }
  } else {
    if (BigInt(count) > popSize) {
      throw new PyError('ValueError', 'Cannot take a larger sample than population when replace is False');
    }
    idx = probs
      ? weightedChoiceNoReplace(bitgen, probs, count)
      : popSize > MAX_SAFE
        ? floydBig(bitgen, popSize, count, shuffle)
        : choiceNoReplace(bitgen, Number(popSize), count, shuffle);
  }
  if (arr === null) return idx.map((v) => BigInt(v));
  return takeAlong(arr, idx.map(Number), Number(axis));
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Floyd's algorithm (+ shuffle) of {@link choiceNoReplace} for populations above 2**53 - 1, in
 * exact int64 arithmetic (bigint; NumPy's `pop_size` is an int64). NumPy picks Floyd's here: the
 * tail shuffle needs size > pop_size // 50, far more than a call may return. Every draw has
 * j > 2**32, so `random_bounded_uint64(0, j)` is Lemire's 64-bit method.
 */
function floydBig(bitgen: BitGenerator, pop: bigint, size: number, shuffle: boolean): bigint[] {
  const idx = new BigInt64Array(size);
  const chosen = new Set<bigint>();
  let j = pop - BigInt(size);
  for (let i = 0; i < size; i++, j++) {
    const val = boundedLemireUint64(bitgen, j);
    const pick = chosen.has(val) ? j : val; // j itself is never in the set: earlier picks are < j
    chosen.add(pick);
    idx[i] = pick;
  }
  if (shuffle) shuffleInt(bitgen, idx, size, 1);
  return Array.from(idx);
}

/**
 * The work of one `choice` call, from its arguments before it runs (the table row's `work`):
 * the whole index array when {@link choiceNoReplace} takes NumPy's tail-shuffle branch, p's
 * cumulative sum (redrawn over in up to `size` rounds without replacement), else a draw per value.
 */
export function generatorChoiceWork(a: Args): number {
  const size = sizeElements(a.size);
  const pop = lengthOf(a.a);
  if (a.p !== null) return lengthOf(a.p) * (a.replace === false ? size : 1) + size;
  if (a.replace === false && pop > 10000 && size > Math.floor(pop / (a.shuffle === false ? 20 : 50))) return pop;
  return size;
}

/** Without replacement, unweighted: tail shuffle or Floyd's algorithm (+ shuffle), as NumPy picks. */
function choiceNoReplace(bitgen: BitGenerator, pop: number, size: number, shuffle: boolean): number[] {
  const cutoff = shuffle ? 50 : 20;
  if (pop > 10000 && size > Math.floor(pop / cutoff)) {
    if (pop > TAIL_SHUFFLE_LIMIT) {
      throw new PyError(
        'ValueError',
        `choice(${pop}, ${size}, replace=False) shuffles a ${pop}-element index array; the limit here is ${TAIL_SHUFFLE_LIMIT}`,
      );
    }
    const idx = new Uint32Array(pop);
    for (let i = 0; i < pop; i++) idx[i] = i;
    shuffleInt(bitgen, idx, pop, Math.max(pop - size, 1));
    return Array.from(idx.subarray(pop - size));
  }
  const idx = new Float64Array(size);
  const chosen = new Set<number>();
  for (let j = pop - size; j < pop; j++) {
    const val = boundedUint64(bitgen, j);
    const pick = chosen.has(val) ? j : val;
    chosen.add(pick);
    idx[j - pop + size] = pick;
  }
  if (shuffle) shuffleInt(bitgen, idx, size, 1);
  return Array.from(idx);
}

/**
 * The shape `Generator.choice(a, size, axis=axis)` returns: `size`'s (None → a scalar) for an int
 * `a`; for an array, `a.shape` with the `axis` dimension replaced by `size`'s dimensions (removed
 * for None, so a 1-d `a` gives a scalar). Arguments choice will reject give any shape.
 */
export function generatorChoiceShape(a: PyObj, sizeArg: PyObj, axisArg: PyObj): number[] | null {
  let size: number[] = [];
  if (sizeArg !== null) {
    const dims = sizeArg instanceof PyTuple ? sizeArg.items : Array.isArray(sizeArg) ? sizeArg : [sizeArg];
    size = dims.map((d) => (typeof d === 'bigint' || typeof d === 'boolean' ? Number(d) : 0));
  }
  if (typeof a === 'bigint' || typeof a === 'boolean') return sizeArg === null ? null : size;
  let shape: number[];
  try {
    shape = asArray(a).shape;
  } catch {
    return null;
  }
  const nd = shape.length;
  const ax0 = typeof axisArg === 'bigint' ? Number(axisArg) : 0;
  const ax = ax0 < 0 ? ax0 + nd : ax0;
  if (nd === 0 || ax < 0 || ax >= nd) return null;
  const out = [...shape.slice(0, ax), ...size, ...shape.slice(ax + 1)];
  return out.length === 0 ? null : out;
}
