import { fromWords, hiWord, loWord } from './bits';
import { expCore } from './exp';
import { fma } from './fma';
import { POW_LN2HI, POW_LN2LO, POW_LOG_POLY, POW_LOG_TAB } from './powLogData';

/** The log polynomial, under glibc's name for it in e_pow.c (`#define A __pow_log_data.poly`). */
const A = POW_LOG_POLY;

/** Scratch for {@link logInline}'s second result (the low part of the logarithm). */
let logTail = 0;

/**
 * glibc's `log_inline` (e_pow.c): log(x) as hi + tail with ~15 extra bits, for x given by its
 * words (normalized: subnormals already scaled by 2^52 with the exponent reduced). Returns hi;
 * the tail is left in {@link logTail}.
 */
function logInline(hi32: number, lo32: number): number {
  const tmpHi = (hi32 - 0x3fe69555) | 0; // OFF = 0x3fe6955500000000
  const i = (tmpHi >>> 13) & 0x7f;
  const k = tmpHi >> 20;
  const z = fromWords((hi32 - (tmpHi & 0xfff00000)) >>> 0, lo32);
  const kd = k;
  const invc = POW_LOG_TAB[3 * i];
  const logc = POW_LOG_TAB[3 * i + 1];
  const logctail = POW_LOG_TAB[3 * i + 2];
  const r = fma(z, invc, -1.0);
  const t1 = fma(kd, POW_LN2HI, logc);
  const t2 = t1 + r;
  const lo1 = fma(kd, POW_LN2LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A[0] * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const q = fma(ar2, fma(fma(r, A[6], A[5]), ar2, fma(r, A[4], A[3])), fma(r, A[2], A[1]));
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** 0 if y is not an integer, 1 if odd, 2 if even (glibc's `checkint`; y finite, non-zero). */
function checkInt(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= 2 ** 53) return 2;
  return Math.abs(y) % 2 === 1 ? 1 : 2;
}

/**
 * x ** y, bit-for-bit as glibc 2.36's `__pow_fma` (sysdeps/ieee754/dbl-64/e_pow.c built with
 * -mfma; ARM optimized-routines' algorithm): log(x) to ~68 bits by a 128-entry table and
 * polynomial (`log_inline`), y·log(x) as ehi + elo with an exact FMA, then `exp_inline`.
 * V8's `Math.pow` differs in about 10% of results (and is not even monotone in places).
 * Special values follow C99 Annex F, as glibc (and therefore NumPy) does.
 */
export function pow(x: number, y: number): number {
  let hi32 = hiWord(x);
  let lo32 = loWord(x);
  let topx = hi32 >>> 20;
  const topy = hiWord(y) >>> 20;
  let negate = false;
  if (topx - 0x001 >= 0x7ff - 0x001 || topx === 0 || ((topy & 0x7ff) - 0x3be >= 0x43e - 0x3be || (topy & 0x7ff) < 0x3be)) {
    // y is zero, infinite or NaN
    if (y === 0 || !Number.isFinite(y)) {
      if (y === 0) return 1.0;
      if (x === 1) return 1.0;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      if (Math.abs(x) === 1) return 1.0;
      if (Math.abs(x) < 1 === y > 0) return 0.0; // |x| < 1 && y == inf, or |x| > 1 && y == -inf
      return y * y;
    }
    // x is zero, infinite or NaN
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      if ((x < 0 || Object.is(x, -0)) && checkInt(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    // x and y are non-zero finite
    if (x < 0) {
      const yint = checkInt(y);
      if (yint === 0) return NaN;
      if (yint === 1) negate = true;
      hi32 &= 0x7fffffff;
      topx &= 0x7ff;
    }
    const ay = topy & 0x7ff;
    if (ay - 0x3be >= 0x43e - 0x3be || ay < 0x3be) {
      // |y| < 2^-65 or |y| >= 2^63 (y is then even: sign_bias is 0)
      if (hi32 === 0x3ff00000 && lo32 === 0) return 1.0;
      if (ay < 0x3be) return hi32 > 0x3ff00000 || (hi32 === 0x3ff00000 && lo32 > 0) ? 1.0 + y : 1.0 - y;
      const big = hi32 > 0x3ff00000 || (hi32 === 0x3ff00000 && lo32 > 0);
      return big === topy < 0x800 ? Infinity : 0;
    }
    if (topx === 0) {
      // subnormal x: normalize so the exponent becomes negative
      const s = Math.abs(x) * 4503599627370496; // 0x1p52
      hi32 = (hiWord(s) - (52 << 20)) >>> 0; // ix -= 52 << 52 (wraps like the uint64 in C)
      lo32 = loWord(s);
    }
  }
  const hi = logInline(hi32, lo32);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expCore(ehi, elo, negate, true);
}
