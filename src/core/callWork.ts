import { PyBytes, PyNdArray, PyTuple, type PyObj } from './types';

/*
 * Helpers for the tables' `CallSpec.work` estimates: how much one call costs, read from its bound
 * arguments before it runs. They never throw: an argument the call will refuse counts as 0.
 */

/** An int-like argument as a non-negative number (bool counts as int); 0 for anything else. */
export function countOf(v: PyObj): number {
  if (typeof v === 'bigint') return v > 0n ? Number(v) : 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? Math.trunc(v) : 0;
  return 0;
}

/** Elements of a `size` argument: None → 1, an int, or the product of a tuple/list of ints. */
export function sizeElements(size: PyObj): number {
  if (size === null || size === undefined) return 1;
  const dims = size instanceof PyTuple ? size.items : Array.isArray(size) ? size : [size];
  let n = 1;
  for (const d of dims) n *= countOf(d);
  return n;
}

/**
 * `len(x)` of a population, vector or sequence argument, or `n` for an int that stands for
 * `range(n)`/`arange(n)` (`choice(10**8, 5)`, `permutation(10**7)`); 0 for anything else.
 */
export function lengthOf(x: PyObj): number {
  if (typeof x === 'bigint' || typeof x === 'boolean' || typeof x === 'number') return countOf(x);
  if (Array.isArray(x) || typeof x === 'string') return x.length;
  if (x instanceof PyTuple) return x.items.length;
  if (x instanceof PyNdArray) return x.shape.length === 0 ? 1 : x.shape[0];
  if (x instanceof PyBytes) return x.bytes.length;
  return 0;
}

/** The sum of an int vector's entries (`multivariate_hypergeometric`'s colors); 0 for anything else. */
export function sumOf(v: PyObj): number {
  const items = v instanceof PyTuple ? v.items : Array.isArray(v) ? v : [];
  let s = 0;
  for (const x of items) s += countOf(x);
  return s;
}

/** multivariate_normal's work in both NumPy engines: a normal per coordinate per row, and cov's d×d checks. */
export function mvnWork(a: Record<string, PyObj>): number {
  const d = lengthOf(a.mean);
  return sizeElements(a.size) * d + d * d;
}
