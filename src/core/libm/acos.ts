import { hiWord, loWord } from './bits';
import { ACOS_ASNCS as T, ACOS_INROOT } from './acosData';
import { fma } from './fma';
import { HP0, HP1 } from './sincos';

/*
 * acos, bit for bit as glibc 2.36's `__ieee754_acos` FMA variant (sysdeps/ieee754/dbl-64/e_asin.c,
 * IBM Accurate Mathematical Library, with the slow paths removed in glibc 2.34). CPython's
 * math.acos (so `random.vonmisesvariate`) and NumPy call it; V8's Math.acos differs from it in
 * about 8% of results, and a one-ulp difference in acos can become many ulps after vonmises'
 * `% TWOPI`.
 *
 * Method by |x|: < 2^-55 → pi/2; < 0.125 → pi/2 - x - x^3·P(x^2) with pi/2 in two parts;
 * 0.125..0.96875 → six intervals, each split into sub-intervals whose expansion point x0,
 * polynomial coefficients and acos(x0) (hi + lo) are rows of the `asncs` table; 0.96875..1 →
 * acos(x) = 2·asin(sqrt((1 - |x|)/2)) (or pi - that), the square root by a table seed and a
 * Newton step split into y + cc. Quirk kept on purpose: every `a*b + c` that GCC contracted into
 * an FMA in glibc's binary (read off its disassembly) is an exact {@link fma} here.
 */

const F1 = 0.1666666666666641;
const F2 = 0.07500000000261227;
const F3 = 0.044642856142105974;
const F4 = 0.03038212685821193;
const F5 = 0.022355121102652562;
const F6 = 0.018138290340456505;
const RT0 = 0.9999999998599908;
const RT1 = 0.4999999994959554;
const RT2 = 0.3750175008673452;
const RT3 = 0.31252362655451865;
const T27 = 134217728.0;

/** asin(z)/z - 1 over z³'s coefficient: ((((f6·z + f5)·z + f4)·z + f3)·z + f2)·z + f1, by FMAs. */
const asinPoly = (z: number) => fma(fma(fma(fma(fma(F6, z, F5), z, F4), z, F3), z, F2), z, F1);

/**
 * One table interval: xx = |x| - x0, t = c1·xx + (xx²·(c2 + xx·(c3 + …)) + c_last) and the
 * result hp0 ∓ acos-part ± t. `deg` is the index of the highest coefficient (row offset).
 */
function tableAcos(x: number, positive: boolean, n: number, deg: number): number {
  const ax = positive ? x : -x;
  const xx = ax - T[n];
  let poly = T[n + deg];
  for (let i = deg - 1; i >= 2; i--) poly = fma(xx, poly, T[n + i]);
  const p = fma(xx * xx, poly, T[n + deg + 1]);
  const t = fma(xx, T[n + 1], p);
  const hi = T[n + deg + 2];
  return positive ? HP1 - t + (HP0 - hi) : t + HP1 + (hi + HP0);
}

/** acos(x) as glibc 2.36 computes it on x86-64 with FMA (see the file comment). */
export function acos(x: number): number {
  const m = hiWord(x) | 0;
  const k = m & 0x7fffffff;
  const positive = m > 0;
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HP0 - x;
    const cor = fma(-asinPoly(x2), x * x2, HP0 - r - x + HP1);
    return r + cor;
  }
  if (k < 0x3fe00000) {
    const n = k < 0x3fd00000 ? 11 * ((k >> 15) & 0x1f) : 11 * ((k >> 14) & 0x3f) + 352;
    return tableAcos(x, positive, n, 6);
  }
  if (k < 0x3fe80000) return tableAcos(x, positive, 1056 + 3 * ((k >> 11) & 0x1fc), 7);
  if (k < 0x3fed8000) return tableAcos(x, positive, 992 + 13 * ((k >> 13) & 0x7f), 8);
  if (k < 0x3fee8000) return tableAcos(x, positive, 884 + 14 * ((k >> 13) & 0x7f), 9);
  if (k < 0x3fef0000) return tableAcos(x, positive, 768 + 15 * ((k >> 13) & 0x7f), 10);
  if (k < 0x3ff00000) {
    const z = 0.5 * (positive ? 1.0 - x : 1.0 + x);
    const kz = hiWord(z);
    let t = ACOS_INROOT[(kz >>> 14) & 0x7f] * 2 ** (511 - (kz >>> 21));
    const r = fma(-(t * t), z, 1.0);
    t = fma(fma(fma(RT3, r, RT2), r, RT1), r, RT0) * t;
    const c = z * t;
    const y = fma(-T27, c, fma(c, T27, c));
    const cc = fma(-y, y, z) / fma(fma(-c, 0.5 * t, 1.5), c, y);
    const p = asinPoly(z) * z;
    const q = p * (y + cc);
    if (positive) {
      const res = cc + q + y;
      return res + res;
    }
    const res = HP1 - cc - q + (HP0 - y);
    return res + res;
  }
  if (k === 0x3ff00000 && loWord(x) === 0) return positive ? 0 : 2 * HP0;
  return NaN;
}
