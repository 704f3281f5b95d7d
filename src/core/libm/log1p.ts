import { fromWords, hiWord, loWord } from './bits';
import { fma } from './fma';

/** fdlibm's ln2 split (s_log1p.c, s_expm1.c): ln2_hi has 32 significant bits, ln2_lo the rest. */
export const LN2_HI = 6.93147180369123816490e-1;
export const LN2_LO = 1.90821492927058770002e-10;
const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

/**
 * log(1 + x), bit-for-bit as the glibc 2.36 `__log1p` x86-64 CPUs with FMA run (Debian's build
 * has an FMA variant of sysdeps/ieee754/dbl-64/s_log1p.c, the Sun fdlibm algorithm; its
 * contractions were read off the disassembly of libm.so.6). NumPy's `npy_log1p` calls it.
 *
 * Algorithm: 1 + x = 2^k·(1 + f) with sqrt(2)/2 < 1 + f < sqrt(2) and a correction term c for
 * the rounding of 1 + x; log(1 + f) = f - s·(f - R(z)) with s = f/(2 + f), z = s².
 * Quirk kept on purpose: glibc evaluates R as R1 + z²·R2 + z⁴·R3 + z⁶·R4 (pairs of
 * coefficients), not fdlibm's Horner form that V8's `Math.log1p` uses, and GCC fused several
 * multiply-adds — each an exact {@link fma} here.
 */
export function log1p(x: number): number {
  const hx = hiWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) {
      if (x === -1.0) return -Infinity;
      return NaN;
    }
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = hiWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = hiWord(u) | 0;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = fromWords((hu | 0x3ff00000) >>> 0, loWord(u));
    } else {
      k += 1;
      u = fromWords((hu | 0x3fe00000) >>> 0, loWord(u));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      return fma(k, LN2_HI, fma(k, LN2_LO, c));
    }
    const R = hfsq * fma(-f, 0.66666666666666666, 1.0);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -(R - fma(k, LN2_LO, c) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const R2 = fma(z, LP3, LP2);
  const z4 = z2 * z2;
  const R3 = fma(z, LP5, LP4);
  const z6 = z4 * z2;
  const R4 = fma(z, LP7, LP6);
  // R1 + z2*R2 + z4*R3 + z6*R4 with R1 = z*LP1, as GCC fused it
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP1, z2 * R2)));
  const sR = s * (hfsq + R);
  if (k === 0) return f - (hfsq - sR);
  return fma(k, LN2_HI, -(hfsq - (sR + fma(k, LN2_LO, c)) - f));
}
