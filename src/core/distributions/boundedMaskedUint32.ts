import type { BitGenerator } from '../bitgen/BitGenerator';

/**
 * `buffered_bounded_masked_uint32` (distributions.c): masked rejection sampling on 32-bit
 * words: draw `next32() & mask` until it is <= rng. NumPy's `RandomState.randint` always uses
 * this (masked) method for backward compatibility.
 *
 * @param rng the inclusive range, in [1, 2**32 - 2] (the callers handle 0 and 2**32 - 1).
 * @param mask `genMask32(rng)`.
 * @returns a value in [0, rng].
 */
export function boundedMaskedUint32(bitgen: BitGenerator, rng: number, mask: number): number {
  let val: number;
  while ((val = (bitgen.next32() & mask) >>> 0) > rng);
  return val;
}
