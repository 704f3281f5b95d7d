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

const INT_LIMIT = 1n << BigInt(MAX_INT_BITS);

/** Weights of lists and tuples already measured (repetition shares the same inner lists). */
const weights = new WeakMap<object, number>();

/**
 * The number of elements in a value, nested ones included (a scalar is 1, `[[1, 2], 3]` is 5),
 * counting a shared inner list each time it occurs — the size of the value once printed.
 */
export function weight(v: PyObj): number {
  if (typeof v === 'string') return 1;
  if (v instanceof PyNdArray) return 1 + v.data.length;
  if (v instanceof PyBytes) return 1 + v.bytes.length;
  if (!(Array.isArray(v) || v instanceof PyTuple)) return 1;
  const cached = weights.get(v);
  if (cached !== undefined) return cached;
  let w = 1;
  for (const x of v instanceof PyTuple ? v.items : v) {
    w += weight(x);
    if (w > MAX_ELEMENTS) break;
  }
  weights.set(v, w);
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
  if (typeof v === 'bigint' && (v >= INT_LIMIT || v <= -INT_LIMIT)) {
    throw new PyError('OverflowError', `int result has more than ${MAX_INT_BITS.toLocaleString('en-US')} bits: too large for the call language`);
  }
  return v;
}
