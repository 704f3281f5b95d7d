import { pyTypeName } from '../call/bindArgs';
import { PyError } from '../errors';
import { MAX_VALUES_PER_CALL } from '../layout/checkCount';
import { nestedShape } from '../ndarray';
import { PyTuple, type PyObj } from '../types';

/*
 * Shapes of the vector-valued draws (multinomial, dirichlet, multivariate_hypergeometric,
 * multivariate_normal in both NumPy engines): `size + (k,)`, read from `size` as NumPy reads it.
 */

/** Elements of a result shape, refused beyond {@link MAX_VALUES_PER_CALL} (NumPy would allocate them). */
export function boundedCount(shape: readonly bigint[]): number {
  let n = 1;
  for (const d of shape) {
    if (d < 0n) throw new PyError('ValueError', 'negative dimensions are not allowed');
    n *= Number(d);
  }
  if (n > MAX_VALUES_PER_CALL) {
    throw new PyError('ValueError', `a result of ${n} values is more than this tool makes in one call (at most ${MAX_VALUES_PER_CALL})`);
  }
  return n;
}

/** One entry of a shape tuple as `np.zeros(shape)` reads it. */
export function dim(v: PyObj): bigint {
  if (typeof v === 'bigint' || typeof v === 'boolean') return BigInt(v);
  throw new PyError('TypeError', `'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/**
 * The leading shape from `size` as multinomial and dirichlet read it: `(operator.index(size),)`,
 * else `tuple(size)` (so `size=1.0` is `'float' object is not iterable`); None → `[]`.
 */
export function leadingShape(size: PyObj): bigint[] {
  if (size === null) return [];
  if (typeof size === 'bigint' || typeof size === 'boolean') return [BigInt(size)];
  if (Array.isArray(size)) return size.map(dim);
  if (size instanceof PyTuple) return size.items.map(dim);
  if (typeof size === 'string') return [...size].map(dim);
  throw new PyError('TypeError', `'${pyTypeName(size)}' object is not iterable`);
}


/**
 * `size + (k,)`, the result shape of a vector draw of `k` values per row (multinomial, dirichlet,
 * multivariate_hypergeometric, multivariate_normal) with `size` read as {@link leadingShape}
 * reads it — for `CallSpec.shape`, which must not throw: a size the call refuses gives some shape.
 */
export function trailingAxisShape(size: PyObj, k: number): number[] {
  const dims = typeof size === 'bigint' || typeof size === 'boolean' ? [size] : Array.isArray(size) ? size : size instanceof PyTuple ? size.items : [];
  return [...dims.map((d) => (typeof d === 'bigint' || typeof d === 'boolean' ? Math.max(0, Number(d)) : 0)), k];
}

/**
 * The length of a vector argument's last axis as `np.asarray` sees it (a str is its characters;
 * 0 for a scalar or ragged input, which the draw refuses), for {@link trailingAxisShape}.
 */
export function vectorLength(v: PyObj): number {
  const shape = nestedShape(typeof v === 'string' ? [...v] : v);
  return shape === undefined || shape.length === 0 ? 0 : shape[shape.length - 1];
}
