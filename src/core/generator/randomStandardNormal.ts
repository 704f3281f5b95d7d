import type { BitGenerator } from '../bitgen/BitGenerator';
import { FI, KI, WI, ZIGGURAT_NOR_INV_R, ZIGGURAT_NOR_R } from './zigguratTables';
import { exp } from '../libm/exp';
import { log1p } from '../libm/log1p';

const bits = new Uint32Array(2);

/**
 * `random_standard_normal` (numpy/random/src/distributions/distributions.c): Marsaglia & Tsang's
 * ziggurat with 256 layers, one 64-bit draw per try — Generator's normal (RandomState uses the
 * polar Box–Muller method instead).
 *
 * The 64 bits r are used as: bits 0–7 the layer index, bit 8 the sign, bits 9–60 a 52-bit
 * magnitude `rabs`; x = rabs * wi[idx] is accepted at once when rabs < ki[idx] (99.3%).
 * Layer 0 is the tail beyond r = 3.654…: Marsaglia's exponential-rejection tail with two
 * next_doubles per try (`log1p(-U)` so U = 0 is safe), the sign taken from bit 17 of r.
 * Other layers fall back to comparing a uniform point in the wedge with exp(-x²/2).
 *
 * Bit-exactness: rabs < 2**52 and ki < 2**52 are exact doubles, so the split of r into halves
 * loses nothing; the arithmetic order of the wedge test is NumPy's.
 */
export function randomStandardNormal(bitgen: BitGenerator): number {
  for (;;) {
    bitgen.next64Into(bits);
    const hi = bits[0];
    const lo = bits[1];
    const idx = lo & 0xff;
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * WI[idx];
    if ((lo >>> 8) & 1) x = -x;
    if (rabs < KI[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R * log1p(-bitgen.nextDouble());
        const yy = -log1p(-bitgen.nextDouble());
        if (yy + yy > xx * xx) {
          return (lo >>> 17) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
        }
      }
    }
    if ((FI[idx - 1] - FI[idx]) * bitgen.nextDouble() + FI[idx] < exp(-0.5 * x * x)) return x;
  }
}
