import type { BitGenerator } from '../bitgen/BitGenerator';

/**
 * `random_geometric_search` (distributions.c): inversion by sequential search with one
 * next_double: the smallest X >= 1 with U <= p + p*q + … + p*q^(X-1).
 * Used for p >= 1/3 by both `RandomState.geometric` (`legacy_random_geometric`) and
 * `Generator.geometric`.
 *
 * @param p in (0, 1] (checked by the caller). Returns an integral number (>= 1).
 *
 * Bit-exactness: `prod *= q; sum += prod` accumulate in this order, as NumPy does.
 */
export function randomGeometricSearch(bitgen: BitGenerator, p: number): number {
  let X = 1;
  let sum = p;
  let prod = p;
  const q = 1.0 - p;
  const U = bitgen.nextDouble();
  while (U > sum) {
    prod *= q;
    sum += prod;
    X++;
  }
  return X;
}
