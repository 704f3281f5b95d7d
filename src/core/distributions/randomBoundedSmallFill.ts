import type { BitGenerator } from '../bitgen/BitGenerator';
import { genMask32 } from './genMask';

/**
 * `random_bounded_uint16_fill` and `random_bounded_uint8_fill` (distributions.c): `cnt`
 * integers in [off, off + rng] for 16- or 8-bit dtypes, wrapping modulo 2**bits.
 *
 * Both draw `bits`-wide words from a 32-bit buffer (`buffered_uint16`/`buffered_uint8`): one
 * next32 serves 2 (or 4) words, lowest bits first; the buffer lives for one fill call only.
 * rng == 0 → off without drawing; rng == 2**bits - 1 → raw buffered words; otherwise masked
 * rejection (`RandomState`) or Lemire's method on the buffered words (`Generator`).
 *
 * @param bits 16 or 8. @param off the low end as an unsigned `bits`-wide value.
 * @param rng inclusive range in [0, 2**bits).
 * @returns unsigned values; callers producing signed dtypes sign-extend.
 */
export function randomBoundedSmallFill(
  bitgen: BitGenerator,
  bits: 16 | 8,
  off: number,
  rng: number,
  cnt: number,
  useMasked: boolean,
): number[] {
  const full = bits === 16 ? 0xffff : 0xff;
  const perWord = 32 / bits;
  let buf = 0;
  let bcnt = 0;
  const next = (): number => {
    if (bcnt === 0) {
      buf = bitgen.next32();
      bcnt = perWord - 1;
    } else {
      buf >>>= bits;
      bcnt -= 1;
    }
    return buf & full;
  };
  const out = new Array<number>(cnt);
  if (rng === 0) {
    out.fill(off & full);
  } else if (rng === full) {
    for (let i = 0; i < cnt; i++) out[i] = (off + next()) & full;
  } else if (useMasked) {
    const mask = genMask32(rng) & full;
    for (let i = 0; i < cnt; i++) {
      let val: number;
      while ((val = next() & mask) > rng);
      out[i] = (off + val) & full;
    }
  } else {
    const rngExcl = rng + 1;
    const threshold = (full - rng) % rngExcl;
    for (let i = 0; i < cnt; i++) {
      let m = next() * rngExcl;
      let leftover = m & full;
      if (leftover < rngExcl) {
        while (leftover < threshold) {
          m = next() * rngExcl;
          leftover = m & full;
        }
      }
      out[i] = (off + Math.floor(m / (full + 1))) & full;
    }
  }
  return out;
}
