import type { BitGenerator } from '../bitgen/BitGenerator';
import { genMask32 } from './genMask';

const scratch = new Uint32Array(2);

/**
 * `random_interval` (distributions.c): a uniform integer in [0, max] by masked rejection:
 * `next32() & mask` while max < 2**32, else `next64() & mask`, redrawn while > max.
 * The index source of `RandomState.shuffle`/`permutation` (Fisher–Yates from the end) and of
 * some `Generator` shuffles.
 *
 * @param max in [0, 2**53) (a JS-safe integer; NumPy allows uint64). max == 0 returns 0
 *   without drawing.
 */
export function randomInterval(bitgen: BitGenerator, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = genMask32(max);
    let value: number;
    while ((value = (bitgen.next32() & mask) >>> 0) > max);
    return value;
  }
  const maskHi = genMask32(Math.floor(max / 4294967296));
  for (;;) {
    bitgen.next64Into(scratch);
    const value = ((scratch[0] & maskHi) >>> 0) * 4294967296 + scratch[1];
    if (value <= max) return value;
  }
}
