/**
 * `gen_mask` (distributions.c): the smallest all-ones bit mask >= max, by or-ing `max` with its
 * right shifts. Used by the masked rejection samplers of `randint`/`integers` and by
 * `random_interval`.
 *
 * @param max in [0, 2**64).
 */
export function genMask(max: bigint): bigint {
  let mask = max;
  for (let s = 1n; s <= 32n; s <<= 1n) mask |= mask >> s;
  return mask;
}

/** {@link genMask} for `max` in [0, 2**32), on plain numbers (the hot path). */
export function genMask32(max: number): number {
  let mask = max >>> 0;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}
