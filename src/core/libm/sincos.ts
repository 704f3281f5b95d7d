import { hiWord, loWord } from './bits';
import { fma } from './fma';
import { SINCOS_TAB } from './sincosData';

/*
 * sin and cos, bit for bit as glibc 2.36's `__sin_fma` / `__cos_fma` (the variants x86-64 CPUs
 * with FMA run): sysdeps/ieee754/dbl-64/s_sin.c, IBM Accurate Mathematical Library, built with
 * -mfma. CPython's math.sin/cos (so `random.gauss`, `random.vonmisesvariate`) and NumPy call
 * them; V8's Math.sin/cos (fdlibm) differ from them in about 3% of results.
 *
 * Method: |x| < 0.855469 directly; up to 2.426265 as pi/2 - |x| (two-double pi/2); up to
 * 105414350 reduced by Cody–Waite with a four-part pi/2 into a + da and a quadrant n. Then
 * either a Taylor polynomial (|a| < 0.126) or, with u = a rounded to a multiple of 1/128,
 * sin/cos(u) from a 110-row table (SINCOS_TAB: value + correction) combined with short
 * polynomials in a - u. Quirk kept on purpose: every `a*b + c` that GCC contracted into an FMA
 * in glibc's binary (read off its disassembly) is an exact {@link fma} here, the others are
 * separate operations, in glibc's order. Arguments beyond 105414350 (glibc's `__branred`) never
 * occur in `random`'s or NumPy's calls; they fall back to Math.sin/cos.
 */

// usncs.h constants (values as in glibc's binary).
const S1 = -0.16666666666666666;
const S2 = 0.008333333333332329;
const S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-6;
const S5 = -2.5022014848318398e-8;
const SN3 = -0.16666666666666488;
const SN5 = 0.008333332142857223;
const CS2 = 0.5;
const CS4 = -0.04166666666666644;
const CS6 = 0.001388888740079376;
/** 0x1.8p45: adding it rounds |x| < 1 to a multiple of 1/128 whose index is the low word. */
const BIG = 52776558133248.0;
/** pi/2 as hp0 + hp1 (IBM's `hp0`, `hp1`, as in e_asin.c too). */
export const HP0 = 1.5707963267948966;
export const HP1 = 6.123233995736766e-17;
const HPINV = 0.6366197723675814;
const TOINT = 6755399441055744.0;
/** pi/2 in four parts for the Cody–Waite reduction. */
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;

/** `TAYLOR_SIN(x*x, a, da)`: sin(a + da) for |a| < 0.126. */
function taylorSin(a: number, da: number): number {
  const xx = a * a;
  const poly = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
  return a + fma(xx, fma(poly, a, -(0.5 * da)), da);
}

/** `do_sin(x, dx)`: sin(x + dx) for |x| < 0.855469 + 2^-27 (dx a small correction). */
function doSin(x: number, dx: number): number {
  if (Math.abs(x) < 0.126) return taylorSin(x, dx);
  const xold = x;
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const k = loWord(u) << 2;
  const t = ax - (u - BIG);
  const xx = t * t;
  const s = t + fma(t * xx, fma(xx, SN5, SN3), dx);
  const c = fma(t, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const sn = SINCOS_TAB[k];
  const ssn = SINCOS_TAB[k + 1];
  const cs = SINCOS_TAB[k + 2];
  const ccs = SINCOS_TAB[k + 3];
  const cor = fma(s, cs, fma(-c, sn, fma(s, ccs, ssn)));
  const r = sn + cor;
  return xold < 0 || Object.is(xold, -0) ? -Math.abs(r) : Math.abs(r);
}

/** `do_cos(x, dx)`: cos(x + dx) for |x| < 0.855469 + 2^-27. */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const k = loWord(u) << 2;
  const t = ax - (u - BIG) + dx;
  const xx = t * t;
  const s = fma(t * xx, fma(xx, SN5, SN3), t);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const sn = SINCOS_TAB[k];
  const ssn = SINCOS_TAB[k + 1];
  const cs = SINCOS_TAB[k + 2];
  const ccs = SINCOS_TAB[k + 3];
  const cor = fma(-s, sn, fma(-c, cs, fma(-s, ssn, ccs)));
  return cs + cor;
}

/** `reduce_sincos`: Cody–Waite reduction of 2.426265 <= |x| < 105414350 to x = n·pi/2 + a + da; returns [a, da, n mod 4]. */
function reduce(x: number): [number, number, number] {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const n = loWord(t) & 3;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db = db + fma(-xn, PP4, t2 - b);
  return [b, db, n];
}

/** `do_sincos(a, da, n)`: sin of the reduced argument in quadrant n. */
function doSincos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

/** sin(x) as glibc 2.36 computes it (see the file comment). */
export function sin(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x; // |x| < 2^-26
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const t = HP0 - Math.abs(x);
    const r = doCos(t, HP1);
    return x < 0 ? -Math.abs(r) : Math.abs(r);
  }
  if (k < 0x419921fb) {
    const [a, da, n] = reduce(x);
    return doSincos(a, da, n);
  }
  if (k < 0x7ff00000) return Math.sin(x); // __branred range: not needed by the engines
  return NaN;
}

/** cos(x) as glibc 2.36 computes it (see the file comment). */
export function cos(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0; // |x| < 2^-27
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = y - a + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const [a, da, n] = reduce(x);
    return doSincos(a, da, n + 1);
  }
  if (k < 0x7ff00000) return Math.cos(x); // __branred range: not needed by the engines
  return NaN;
}
