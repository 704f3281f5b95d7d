import type { BitGenerator } from '../bitgen/BitGenerator';
import { UINT64_MAX } from '../int64';

/**
 * `bounded_lemire_uint64` (distributions.c): Lemire's method on 64-bit words with a 128-bit
 * product (BigInt here). Used by `Generator.integers` for ranges wider than 32 bits.
 *
 * @param rng the inclusive range, in [2**32, 2**64 - 2].
 * @returns a value in [0, rng].
 */
export function boundedLemireUint64(bitgen: BitGenerator, rng: bigint): bigint {
  const rngExcl = rng + 1n;
  let m = bitgen.next64() * rngExcl;
  let leftover = m & UINT64_MAX;
  if (leftover < rngExcl) {
    const threshold = (UINT64_MAX - rng) % rngExcl;
    while (leftover < threshold) {
      m = bitgen.next64() * rngExcl;
      leftover = m & UINT64_MAX;
    }
  }
  return m >> 64n;
}
