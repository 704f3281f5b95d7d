import type { BitGenerator } from '../bitgen/BitGenerator';

/**
 * `random_bounded_bool_fill` (distributions.c): `cnt` booleans for `randint`/`integers` with
 * dtype bool. rng == 0 → `off` without drawing; otherwise one bit at a time from a 32-bit
 * buffer (`buffered_bounded_bool`: one next32 serves 32 draws, lowest bit first). NumPy ignores
 * `off` and `use_masked` when rng == 1.
 *
 * @param off false/true as the low end. @param rng 0 or 1.
 */
export function randomBoundedBoolFill(bitgen: BitGenerator, off: boolean, rng: number, cnt: number): boolean[] {
  const out = new Array<boolean>(cnt);
  let buf = 0;
  let bcnt = 0;
  for (let i = 0; i < cnt; i++) {
    if (rng === 0) {
      out[i] = off;
      continue;
    }
    if (bcnt === 0) {
      buf = bitgen.next32();
      bcnt = 31;
    } else {
      buf >>>= 1;
      bcnt -= 1;
    }
    out[i] = (buf & 1) !== 0;
  }
  return out;
}
