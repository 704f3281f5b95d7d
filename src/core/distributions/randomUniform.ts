import type { BitGenerator } from '../bitgen/BitGenerator';

/**
 * `random_uniform` (numpy/random/src/distributions/distributions.c): `lower + range * U`
 * with U = next_double in [0, 1). Used unchanged by `RandomState.uniform` and `Generator.uniform`.
 *
 * @param lower the low end; any finite double.
 * @param range `high - low`, computed by the caller (NumPy raises `OverflowError: Range exceeds
 *   valid bounds` when it is not finite). May be negative or zero: NumPy does not check.
 */
export function randomUniform(bitgen: BitGenerator, lower: number, range: number): number {
  return lower + range * bitgen.nextDouble();
}
