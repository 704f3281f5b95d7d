import type { BitGenerator } from '../bitgen/BitGenerator';

/**
 * `buffered_bounded_lemire_uint32` (distributions.c): Lemire's nearly-divisionless method
 * (https://arxiv.org/abs/1805.10941) on 32-bit words: m = next32() * (rng + 1) as a 64-bit
 * product; the high word is the result, the low word decides rejection.
 * Used by `Generator.integers` (not by `RandomState`, which is masked).
 *
 * @param rng the inclusive range, in [1, 2**32 - 2].
 * @returns a value in [0, rng].
 *
 * The 64-bit product is computed exactly with 16-bit limbs, since doubles hold only 53 bits.
 */
export function boundedLemireUint32(bitgen: BitGenerator, rng: number): number {
  const rngExcl = rng + 1;
  let x = bitgen.next32();
  let leftover = Math.imul(x, rngExcl) >>> 0;
  if (leftover < rngExcl) {
    const threshold = (0xffffffff - rng) % rngExcl;
    while (leftover < threshold) {
      x = bitgen.next32();
      leftover = Math.imul(x, rngExcl) >>> 0;
    }
  }
  return mulHigh32(x, rngExcl);
}

/** floor(a * b / 2**32) exactly, for a, b in [0, 2**32]. */
function mulHigh32(a: number, b: number): number {
  const lo = (a & 0xffff) * b; // < 2**49
  const hi = (a >>> 16) * b; // < 2**49
  return Math.floor((hi + Math.floor(lo / 65536)) / 65536);
}
