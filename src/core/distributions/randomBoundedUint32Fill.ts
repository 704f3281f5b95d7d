import type { BitGenerator } from '../bitgen/BitGenerator';
import { boundedLemireUint32 } from './boundedLemireUint32';
import { boundedMaskedUint32 } from './boundedMaskedUint32';
import { genMask32 } from './genMask';

/**
 * `random_bounded_uint32_fill` (distributions.c): `cnt` integers in [off, off + rng], wrapping
 * modulo 2**32. Behind `randint`/`integers` with dtype int32/uint32. rng == 0 → off without
 * drawing; rng == 2**32 - 1 → raw next32; otherwise masked or Lemire rejection on next32.
 *
 * @param off the low end as uint32 (two's complement for negative int32 lows).
 * @param rng inclusive range in [0, 2**32).
 * @returns uint32 values; callers producing int32 apply `v | 0`.
 */
export function randomBoundedUint32Fill(
  bitgen: BitGenerator,
  off: number,
  rng: number,
  cnt: number,
  useMasked: boolean,
): number[] {
  const out = new Array<number>(cnt);
  if (rng === 0) {
    out.fill(off >>> 0);
  } else if (rng === 0xffffffff) {
    for (let i = 0; i < cnt; i++) out[i] = (off + bitgen.next32()) >>> 0;
  } else if (useMasked) {
    const mask = genMask32(rng);
    for (let i = 0; i < cnt; i++) out[i] = (off + boundedMaskedUint32(bitgen, rng, mask)) >>> 0;
  } else {
    for (let i = 0; i < cnt; i++) out[i] = (off + boundedLemireUint32(bitgen, rng)) >>> 0;
  }
  return out;
}
