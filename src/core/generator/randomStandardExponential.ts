import type { BitGenerator } from '../bitgen/BitGenerator';
import { FE, KE, WE, ZIGGURAT_EXP_R } from './zigguratTables';
import { exp } from '../libm/exp';
import { log1p } from '../libm/log1p';

const bits = new Uint32Array(2);

/**
 * `random_standard_exponential` (numpy/random/src/distributions/distributions.c): the 256-layer
 * ziggurat for Exp(1), one 64-bit draw per try — Generator's exponential (RandomState uses
 * `-log(1 - U)`).
 *
 * The 64 bits r are used as: bits 3–10 the layer index, bits 11–63 a 53-bit value `ri`;
 * x = ri * we[idx] is accepted at once when ri < ke[idx] (98.9%). Layer 0 is the tail:
 * r_exp - log1p(-U). Other layers accept x when a uniform point in the wedge lies under exp(-x),
 * else start over with a fresh draw (NumPy recurses; a loop is equivalent).
 *
 * Bit-exactness: ri < 2**53 and ke < 2**53 are exact doubles.
 */
export function randomStandardExponential(bitgen: BitGenerator): number {
  for (;;) {
    bitgen.next64Into(bits);
    const hi = bits[0];
    const lo = bits[1];
    const idx = (lo >>> 3) & 0xff;
    const ri = hi * 2097152 + (lo >>> 11);
    const x = ri * WE[idx];
    if (ri < KE[idx]) return x;
    if (idx === 0) return ZIGGURAT_EXP_R - log1p(-bitgen.nextDouble());
    if ((FE[idx - 1] - FE[idx]) * bitgen.nextDouble() + FE[idx] < exp(-x)) return x;
  }
}
