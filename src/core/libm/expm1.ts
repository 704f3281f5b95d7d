import { fromWords, hiWord, loWord } from './bits';
import { fma } from './fma';
import { LN2_HI, LN2_LO } from './log1p';

// fdlibm's constants (sysdeps/ieee754/dbl-64/s_expm1.c).
const O_THRESHOLD = 7.09782712893383973096e2;
const INVLN2 = 1.44269504088896338700;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

/** `y` with `k` added to its binary exponent (fdlibm's `SET_HIGH_WORD(y, high + (k << 20))`). */
function addExponent(y: number, k: number): number {
  return fromWords((hiWord(y) + (k << 20)) >>> 0, loWord(y));
}

/**
 * exp(x) - 1, bit for bit as glibc 2.36's `__expm1_fma` (the variant x86-64 CPUs with FMA run):
 * fdlibm's s_expm1.c (Sun, 1993, with Shimizu's 1997 pipelining of the polynomial) compiled
 * with -mfma. NumPy's Generator calls it in pareto, power and logseries; V8's Math.expm1
 * (also fdlibm, without FMA) differs from it in about 0.06% of results.
 *
 * Method: x = k ln2 + r with a correction c, r in [-ln2/2, ln2/2]; expm1(r) from fdlibm's
 * rational form r - (r·E - r²/2) with R1(r²) a degree-5 polynomial, then scaled back by 2**k.
 *
 * Quirk kept on purpose: exactly the `a*b ± c` that GCC contracted into FMA instructions in
 * glibc's binary (read off the disassembly of libm.so.6: `hi = x - t*ln2_hi`, the polynomial
 * `R1 + h2*R2 + h4*R3` and its three pieces, `3 - r1*hfx`, `6 - x*t`, `x*e - hxs`,
 * `x*(e - c) - c`, and the k = ±1 returns) are exact {@link fma}s here; `invln2*x + 0.5` and
 * `t*ln2_lo` stay separate operations, as in that build.
 */
export function expm1(x: number): number {
  let hx = hiWord(x);
  const negative = hx >>> 31 === 1;
  hx &= 0x7fffffff;

  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | loWord(x)) !== 0) return x + x; // NaN
        return negative ? -1.0 : x; // expm1(±inf) = inf, -1
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return 1e-300 - 1.0; // -1 (inexact)
  }

  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2 / 2: reduce
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5 ln2
      if (!negative) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (negative ? -0.5 : 0.5));
      const t = k;
      hi = fma(-t, LN2_HI, x);
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2**-54: expm1(x) = x
  } else {
    k = 0;
  }

  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, Q1, 1.0);
  const h2 = hxs * hxs;
  const R2 = fma(hxs, Q3, Q2);
  const h4 = h2 * h2;
  const R3 = fma(hxs, Q5, Q4);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  const t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);

  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fma(x - e, 2.0, 1.0);
  }
  if (k <= -2 || k > 56) {
    const y = addExponent(1.0 - (e - x), k);
    return y - 1.0;
  }
  if (k < 20) {
    const t1 = fromWords((0x3ff00000 - (0x200000 >> k)) >>> 0, 0); // 1 - 2**-k
    return addExponent(t1 - (e - x), k);
  }
  const t2 = fromWords(((0x3ff - k) << 20) >>> 0, 0); // 2**-k
  let y = x - (e + t2);
  y += 1.0;
  return addExponent(y, k);
}
