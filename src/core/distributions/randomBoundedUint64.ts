import type { BitGenerator } from '../bitgen/BitGenerator';
import { boundedLemireUint32 } from './boundedLemireUint32';
import { boundedLemireUint64 } from './boundedLemireUint64';
import { boundedMaskedUint32 } from './boundedMaskedUint32';
import { boundedMaskedUint64 } from './boundedMaskedUint64';
import { UINT64_MAX } from '../int64';

/**
 * `random_bounded_uint64` (distributions.c): one integer in [off, off + rng], wrapping modulo
 * 2**64, with a caller-supplied mask (used only when `useMasked`). Same branches as
 * {@link randomBoundedUint64Fill}. `Generator` calls it with off = 0, mask = 0,
 * use_masked = false for `choice`/`shuffle`/`permutation` helpers and broadcast `integers`.
 *
 * @param rng inclusive range in [0, 2**64). @param mask `genMask(rng)` when `useMasked`.
 */
export function randomBoundedUint64(
  bitgen: BitGenerator,
  off: bigint,
  rng: bigint,
  mask: bigint,
  useMasked: boolean,
): bigint {
  if (rng === 0n) return off;
  if (rng <= 0xffffffffn) {
    const r = Number(rng);
    if (r === 0xffffffff) return (off + BigInt(bitgen.next32())) & UINT64_MAX;
    const v = useMasked ? boundedMaskedUint32(bitgen, r, Number(mask & 0xffffffffn)) : boundedLemireUint32(bitgen, r);
    return (off + BigInt(v)) & UINT64_MAX;
  }
  if (rng === UINT64_MAX) return (off + bitgen.next64()) & UINT64_MAX;
  return (off + (useMasked ? boundedMaskedUint64(bitgen, rng, mask) : boundedLemireUint64(bitgen, rng))) & UINT64_MAX;
}
