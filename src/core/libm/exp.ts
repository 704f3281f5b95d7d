import { fromWords, hiWord, loWord } from './bits';
import { EXP_INVLN2N, EXP_NEGLN2HIN, EXP_NEGLN2LON, EXP_POLY, EXP_SBITS_HI, EXP_SBITS_LO, EXP_SHIFT, EXP_TAIL } from './expData';
import { fma } from './fma';

const C2 = EXP_POLY[0];
const C3 = EXP_POLY[1];
const C4 = EXP_POLY[2];
const C5 = EXP_POLY[3];

/**
 * `exp(x + xtail)`, optionally negated: the core shared by {@link exp} (xtail = 0) and `pow`
 * (glibc's `exp_inline` in e_pow.c, with `sign_bias`). Bit-for-bit as glibc 2.36's FMA build.
 *
 * x = k·ln2/128 + r, |r| <= ln2/256; 2^(k/128) = scale·(1 + tail) from a 128-entry table;
 * exp(x) = scale + scale·(tail + r + r²·(C2 + r·C3) + r⁴·(C4 + r·C5)).
 *
 * @param negate true gives -exp(...) (pow of a negative base with an odd integer exponent).
 * @param withTail whether `xtail` is added to r (pow) — exp proper skips the addition, so that
 *   r + 0 cannot turn -0 into +0 (it cannot matter, but this mirrors glibc exactly).
 */
export function expCore(x: number, xtail: number, negate: boolean, withTail: boolean): number {
  let abstop = (hiWord(x) >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) {
      // |x| < 2^-54: exp(x) rounds to 1 + x
      const one = 1.0 + x;
      return negate ? -one : one;
    }
    if (abstop >= 0x409) {
      if (x === -Infinity) return negate ? -0 : 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x < 0) return negate ? -0 : 0; // underflow
      return negate ? -Infinity : Infinity; // overflow
    }
    abstop = 0; // large |x|: scale may overflow or underflow, handled below
  }
  const kdShifted = fma(x, EXP_INVLN2N, EXP_SHIFT);
  const ki = loWord(kdShifted); // low 32 bits of asuint64(kd): enough for idx and top
  const kd = kdShifted - EXP_SHIFT;
  let r = fma(kd, EXP_NEGLN2LON, fma(kd, EXP_NEGLN2HIN, x));
  if (withTail) r = xtail + r;
  const idx = ki & 0x7f;
  const kib = negate ? ki + 0x800 * 128 : ki; // SIGN_BIAS = 0x800 << 7
  const tail = EXP_TAIL[idx];
  const sbitsHi = (EXP_SBITS_HI[idx] + ((kib << 13) >>> 0)) >>> 0; // top = ki << 45 touches only the high word
  const sbitsLo = EXP_SBITS_LO[idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, tail + r));
  if (abstop === 0) return specialCase(tmp, sbitsHi, sbitsLo, ki, negate);
  const scale = fromWords(sbitsHi, sbitsLo);
  return fma(scale, tmp, scale);
}

/**
 * glibc's `specialcase` for |x| > 512 (e_exp.c / e_pow.c): the exponent of `scale` may have
 * overflowed (k > 0) or be subnormal (k < 0), so it is rebased by 2^±1009/1022 around the
 * computation; the k < 0 branch rounds once more to avoid double rounding in the subnormals.
 */
function specialCase(tmp: number, sbitsHi: number, sbitsLo: number, ki: number, negate: boolean): number {
  if ((ki & 0x80000000) === 0) {
    const scale = fromWords((sbitsHi - (1009 << 20)) >>> 0, sbitsLo);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  const scale = fromWords((sbitsHi + (1022 << 20)) >>> 0, sbitsLo);
  let y = scale + scale * tmp;
  if (Math.abs(y) < 1.0) {
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + scale * tmp;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = negate ? -0 : 0;
  }
  return 2.2250738585072014e-308 * y; // 0x1p-1022
}

/**
 * The exponential, bit-for-bit as glibc 2.36's `__exp_fma` (sysdeps/ieee754/dbl-64/e_exp.c built
 * with -mfma; ARM optimized-routines' algorithm). V8's `Math.exp` differs in about 10% of
 * results. FMA contractions are those of glibc's binary, each an exact {@link fma} here.
 */
export function exp(x: number): number {
  return expCore(x, 0, false, false);
}

/** Relative margin beyond which `Math.exp` decides a comparison with glibc's exp (see {@link lessThanExp}). */
export const COMPARE_MARGIN = 2 ** -40;

/**
 * `a < exp(x)` with glibc's {@link exp}, decided by JavaScript's `Math.exp` when `a` is clearly
 * apart from it. Both are within 1 ulp (2**-52 relative) of e^x, so beyond a margin of 2**-40 —
 * 4096 ulps — they order `a` the same way; only a closer `a` takes the exact {@link exp}. For
 * comparisons only (the ziggurat's wedge tests), where no value of exp is kept.
 *
 * @param a any double; @param x with e^x a normal double (not overflowing or underflowing).
 */
export function lessThanExp(a: number, x: number): boolean {
  const e = Math.exp(x);
  if (a < e * (1 - COMPARE_MARGIN)) return true;
  if (a > e * (1 + COMPARE_MARGIN)) return false;
  return a < exp(x);
}
