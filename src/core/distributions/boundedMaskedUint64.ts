import type { BitGenerator } from '../bitgen/BitGenerator';

const scratch = new Uint32Array(2);

/**
 * `bounded_masked_uint64` (distributions.c): masked rejection sampling on 64-bit words:
 * draw `next64() & mask` until it is <= rng. Used when the range needs more than 32 bits.
 *
 * @param rng the inclusive range, in [2**32, 2**64 - 2].
 * @param mask `genMask(rng)`.
 * @returns a value in [0, rng].
 */
export function boundedMaskedUint64(bitgen: BitGenerator, rng: bigint, mask: bigint): bigint {
  const rngHi = Number(rng >> 32n);
  const rngLo = Number(rng & 0xffffffffn);
  const maskHi = Number(mask >> 32n);
  const maskLo = Number(mask & 0xffffffffn);
  for (;;) {
    bitgen.next64Into(scratch);
    const hi = (scratch[0] & maskHi) >>> 0;
    const lo = (scratch[1] & maskLo) >>> 0;
    if (hi < rngHi || (hi === rngHi && lo <= rngLo)) {
      return (BigInt(hi) << 32n) | BigInt(lo);
    }
  }
}
