import { pyTypeName } from '../call/bindArgs';
import { PyError } from '../errors';
import { MAX_VALUES_PER_CALL } from '../layout/checkCount';
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

