import { PyError } from '../errors';
import { PyBytes, PyNdArray, PyTuple, type PyObj } from '../types';

/**
 * Size limits of the call language, so that no input makes it build an unbounded value: a value
 * (list, tuple, string, array, range made into a list) holds at most this many elements in all
 * (nested ones counted), and an int at most {@link MAX_INT_BITS} bits.
 */
export const MAX_ELEMENTS = 1_000_000;

/** Largest int the language builds, in bits (about 30,000 decimal digits). */
export const MAX_INT_BITS = 100_000;

/** `2**MAX_INT_BITS` and its negation, made once: negating a 100,000-bit int per check would cost 12 KB each. */
const INT_LIMIT = 1n << BigInt(MAX_INT_BITS);
const NEG_INT_LIMIT = -INT_LIMIT;

/**
 * Weights of lists and tuples holding lists, tuples or arrays, already measured (repetition shares
 * the same inner lists). A Map emptied after each parse ({@link clearWeights}): a WeakMap's
 * entries cost the garbage collector far more when a literal holds many thousand lists.
 */
const weights = new Map<object, number>();

/** Forget the measured weights (at the end of each parse, so the values are not kept alive). */
export function clearWeights(): void {
  weights.clear();
}

/**
 * The number of elements in a value, nested ones included (a scalar is 1, `[[1, 2], 3]` is 5),
 * counting a shared inner list each time it occurs — the size of the value once printed.
 */
export function weight(v: PyObj): number {
  if (typeof v !== 'object' || v === null) return 1;
  if (v instanceof PyNdArray) return 1 + v.data.length;
  if (v instanceof PyBytes) return 1 + v.bytes.length;
  if (!(Array.isArray(v) || v instanceof PyTuple)) return 1;
  const cached = weights.get(v);
  if (cached !== undefined) return cached;
  let w = 1;
  let nested = false;
  for (const x of v instanceof PyTuple ? v.items : v) {
    if (typeof x === 'object' && x !== null) {
      nested = true;
      w += weight(x);
      if (w > MAX_ELEMENTS) break;
    } else {
      w++;
    }
  }
  if (nested) weights.set(v, w); // a flat list is measured again in one pass
  return w;
}

/** Refuse a result of `size` elements (or characters) above {@link MAX_ELEMENTS}; returns `v`. */
export function checkSize<T>(v: T, size: number): T {
  if (size > MAX_ELEMENTS) {
    throw new PyError('ValueError', `the result would hold ${size > 1e15 ? 'more than 10**15' : Math.round(size).toLocaleString('en-US')} elements: more than the call language's limit of ${MAX_ELEMENTS.toLocaleString('en-US')}`);
  }
  return v;
}

/** Refuse an int of more than {@link MAX_INT_BITS} bits; returns other values as they are. */
export function checkInt<T>(v: T): T {
  if (typeof v === 'bigint' && (v >= INT_LIMIT || v <= NEG_INT_LIMIT)) {
    throw new PyError('OverflowError', `int result has more than ${MAX_INT_BITS.toLocaleString('en-US')} bits: too large for the call language`);
  }
  return v;
}
