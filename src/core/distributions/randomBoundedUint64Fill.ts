import type { BitGenerator } from '../bitgen/BitGenerator';
import { boundedLemireUint32 } from './boundedLemireUint32';
import { boundedLemireUint64 } from './boundedLemireUint64';
import { boundedMaskedUint32 } from './boundedMaskedUint32';
import { boundedMaskedUint64 } from './boundedMaskedUint64';
import { genMask, genMask32 } from './genMask';
import { UINT64_MAX } from '../int64';

/**
 * `random_bounded_uint64_fill` (distributions.c): `cnt` integers in the closed interval
 * [off, off + rng], wrapping modulo 2**64. Behind `RandomState.randint` for int64/uint64
 * (use_masked = true) and `Generator.integers` (use_masked = false).
 *
 * Branches, as in NumPy: rng == 0 → off without drawing; rng < 2**32 - 1 → the 32-bit sampler
 * (masked or Lemire) on next32; rng == 2**32 - 1 → raw next32; rng == 2**64 - 1 → raw next64;
 * otherwise the 64-bit sampler on next64.
 *
 * @param off the low end as uint64 (a negative int64 low is passed as its two's complement).
 * @param rng `high - low` (inclusive range) in [0, 2**64).
 * @returns uint64 values in [0, 2**64); callers producing int64 apply `BigInt.asIntN(64, v)`.
 */
export function randomBoundedUint64Fill(
  bitgen: BitGenerator,
  off: bigint,
  rng: bigint,
  cnt: number,
  useMasked: boolean,
): bigint[] {
  const out = new Array<bigint>(cnt);
  if (rng === 0n) {
    out.fill(off);
  } else if (rng <= 0xffffffffn) {
    const r = Number(rng);
    if (r === 0xffffffff) {
      for (let i = 0; i < cnt; i++) out[i] = (off + BigInt(bitgen.next32())) & UINT64_MAX;
    } else if (useMasked) {
      const mask = genMask32(r);
      for (let i = 0; i < cnt; i++) out[i] = (off + BigInt(boundedMaskedUint32(bitgen, r, mask))) & UINT64_MAX;
    } else {
      for (let i = 0; i < cnt; i++) out[i] = (off + BigInt(boundedLemireUint32(bitgen, r))) & UINT64_MAX;
    }
  } else if (rng === UINT64_MAX) {
    for (let i = 0; i < cnt; i++) out[i] = (off + bitgen.next64()) & UINT64_MAX;
  } else if (useMasked) {
    const mask = genMask(rng);
    for (let i = 0; i < cnt; i++) out[i] = (off + boundedMaskedUint64(bitgen, rng, mask)) & UINT64_MAX;
  } else {
    for (let i = 0; i < cnt; i++) out[i] = (off + boundedLemireUint64(bitgen, rng)) & UINT64_MAX;
  }
  return out;
}
