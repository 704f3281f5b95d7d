import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomGeometricSearch } from '../distributions/randomGeometricSearch';
import { randomStandardExponential } from './randomStandardExponential';
import { log1p } from '../libm/log1p';

const INT64_MAX = 0x7fffffffffffffffn;

/**
 * `random_geometric` (numpy/random/src/distributions/distributions.c), Generator's geometric:
 * sequential search (shared with RandomState) for p >= 1/3, else inversion
 * `ceil(-E / log1p(-p))` with a ziggurat exponential E (RandomState inverts a uniform instead),
 * clamped to INT64_MAX as NumPy does for results that do not fit.
 *
 * @param p in (0, 1] (the caller checks `p <= 0, p > 1 or p contains NaNs`).
 * @returns the number of trials, an int64 as bigint.
 */
export function randomGeometric(bitgen: BitGenerator, p: number): bigint {
  if (p >= 0.333333333333333333333333) return BigInt(randomGeometricSearch(bitgen, p));
  const z = Math.ceil(-randomStandardExponential(bitgen) / log1p(-p));
  if (z >= 9.223372036854776e18) return INT64_MAX;
  return BigInt(z);
}
