import type { BitGenerator } from '../bitgen/BitGenerator';

/**
 * `random_triangular` (distributions.c): inverse-CDF sampling of the triangular distribution
 * with one next_double. Used unchanged by `RandomState.triangular` and `Generator.triangular`.
 *
 * @param left lower limit; the callers check `left <= mode <= right` and `left != right`.
 * @param mode the peak.
 * @param right upper limit.
 *
 * Bit-exactness: the intermediate products (`leftbase * base`, `(right - mode) * base`) and the
 * `U <= ratio` comparison are kept exactly in NumPy's order.
 */
export function randomTriangular(bitgen: BitGenerator, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const U = bitgen.nextDouble();
  if (U <= ratio) {
    return left + Math.sqrt(U * leftprod);
  }
  return right - Math.sqrt((1.0 - U) * rightprod);
}
