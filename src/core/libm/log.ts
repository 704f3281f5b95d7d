import { fromWords, hiWord, loWord } from './bits';
import { fma, productError } from './fma';
import { LOG_LN2HI, LOG_LN2LO, LOG_POLY, LOG_POLY1, LOG_TAB } from './logData';

const A0 = LOG_POLY[0];
const A1 = LOG_POLY[1];
const A2 = LOG_POLY[2];
const A3 = LOG_POLY[3];
const A4 = LOG_POLY[4];
const B = LOG_POLY1;

/**
 * Error bound of the fast paths, relative to the sum S of the tail's terms' magnitudes: the plain
 * and glibc's fused evaluations of the tail are less than 7.4·2**-53·S apart in the main branch
 * and 8.3·2**-53·S in the near-1 branch (summing every rounding's worst case; the largest gaps
 * seen over millions of inputs are 3.7 and 3.4). 32·2**-53·S covers that, and the rounding of
 * y ± bound, with a wide margin.
 */
const TAIL_BOUND = 2 ** -48;

let fastPath = true;

/** Switch the fast paths off (the exact FMA forms only) or back on — for tests comparing the two. */
export function setLogFastPath(on: boolean): void {
  fastPath = on;
}

/**
 * `fma(z, invc, -1.0)` where z·invc is within [0.5, 2]: with z·invc = p + e exactly (Dekker),
 * p - 1 is exact (Sterbenz), so the single rounding of (p - 1) + e is the FMA's result.
 */
function fmaMinusOne(z: number, invc: number): number {
  const p = z * invc;
  return p - 1.0 + productError(z, invc, p);
}

/**
 * Natural logarithm, bit-for-bit as glibc 2.36's `__log_fma` (the variant x86-64 CPUs with FMA
 * run; sysdeps/ieee754/dbl-64/e_log.c compiled with -mfma, by Szabolcs Nagy / ARM
 * optimized-routines). NumPy's and CPython's `log` call it, and V8's `Math.log` (fdlibm) differs
 * from it in about 4% of results, so every distribution that takes a log uses this one.
 *
 * Algorithm: for x near 1 (0x1.ep-1 <= x < 0x1.109p0) a degree-11 polynomial in r = x - 1 with
 * a hi/lo split of r; otherwise x = 2^k·z, z/c - 1 = r with 1/c and log(c) from a 128-entry
 * table (LOG_TAB), and log(x) = k·ln2 + log(c) + r + r²·P(r).
 *
 * Quirk kept on purpose: every `a*b + c` that GCC contracted into an FMA instruction in glibc's
 * build (read off the disassembly of libm.so.6) is an exact {@link fma} here, the rest are plain
 * operations, in glibc's order.
 *
 * Speed without changing a bit: the result is `hi + y`, where the small tail y is the only part
 * computed with FMAs. A fast path first evaluates y with plain operations (no emulated FMA) and a
 * rigorous bound on its distance from glibc's fused y; when hi + (y - bound) and hi + (y + bound)
 * round to the same double, rounding is monotonic, so glibc's hi + y is that double too. Only
 * when they differ (a result within a hair of a rounding boundary: about 1 in 10**4 in the main
 * branch, 1 in 40 near 1) does the exact FMA form run. Results are identical either way.
 */
export function log(x: number): number {
  let hi32 = hiWord(x);
  let lo32 = loWord(x);
  if (x >= 0.9375 && x < 1.064697265625) {
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    if (fastPath) {
      const fast = nearOneFast(r, r2, r3);
      if (fast === fast) return fast;
    }
    const q1 = fma(r2, B[3], fma(r, B[2], B[1]));
    const q2 = fma(r2, B[6], fma(r, B[5], B[4]));
    const q3 = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
    const inner = fma(fma(q3, r3, q2), r3, q1);
    const w = r * 134217728; // 0x1p27
    const rhi = r + w - w;
    const rlo = r - rhi;
    const rhi2 = rhi * rhi;
    const hi = r + rhi2 * B[0]; // exact product: rhi has <= 27 bits and B[0] = -0.5
    let lo = r - hi + rhi2 * B[0];
    lo = fma(B[0] * rlo, rhi + r, lo);
    const y = fma(r3, inner, lo);
    return hi + y;
  }
  const top = hi32 >>> 16;
  if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (top & 0x8000 || (top & 0x7ff0) === 0x7ff0) return NaN;
    // subnormal: normalize, then take 52 off the exponent
    const y = x * 4503599627370496; // 0x1p52
    hi32 = (hiWord(y) - (52 << 20)) >>> 0;
    lo32 = loWord(y);
  }
  const tmpHi = (hi32 - 0x3fe60000) | 0; // high word of ix - OFF; OFF's low word is 0
  const i = (tmpHi >>> 13) & 0x7f;
  const k = tmpHi >> 20;
  const z = fromWords((hi32 - (tmpHi & 0xfff00000)) >>> 0, lo32);
  const invc = LOG_TAB[2 * i];
  const logc = LOG_TAB[2 * i + 1];
  const r = fmaMinusOne(z, invc);
  const kd = k;
  // fma(kd, Ln2hi, logc) in glibc: the product is exact (|k| < 2^11, Ln2hi has 42 bits), so one
  // rounded addition gives the same result
  const w = kd * LOG_LN2HI + logc;
  const hi = w + r;
  const s = w - hi + r;
  const r2 = r * r;
  const r3 = r * r2;
  // Fast path (see the doc comment): the tail with plain operations, and a bound on how far
  // glibc's fused tail can be from it.
  const kl = kd * LOG_LN2LO;
  const yf = r3 * ((r * A4 + A3) * r2 + (r * A2 + A1)) + (r2 * A0 + (kl + s));
  const bound = (0.34 * Math.abs(r3) + 0.51 * r2 + Math.abs(kl) + Math.abs(s)) * TAIL_BOUND;
  const below = hi + (yf - bound);
  if (below === hi + (yf + bound) && fastPath) return below;
  const lo = fma(kd, LOG_LN2LO, s);
  const p = fma(fma(r, A4, A3), r2, fma(r, A2, A1));
  const t = fma(r2, A0, lo);
  return fma(r3, p, t) + hi;
}

/**
 * The near-1 branch's fast path: the tail `y` with plain operations, and its result when
 * hi + y rounds the same at both ends of y's error bound; NaN when it cannot decide (then the
 * exact form runs). Terms: |inner| < 0.4 (B[1] = 1/3 dominates, |r| < 0.065), and the glibc
 * `lo` is formed by plain operations except its last product.
 */
function nearOneFast(r: number, r2: number, r3: number): number {
  const inner =
    r2 * B[3] + (r * B[2] + B[1]) + r3 * (r3 * (r3 * B[10] + (r2 * B[9] + (r * B[8] + B[7]))) + (r2 * B[6] + (r * B[5] + B[4])));
  const w = r * 134217728; // 0x1p27
  const rhi = r + w - w;
  const rlo = r - rhi;
  const rhi2 = rhi * rhi;
  const hi = r + rhi2 * B[0];
  const lo0 = r - hi + rhi2 * B[0];
  const c = B[0] * rlo * (rhi + r);
  const yf = r3 * inner + (c + lo0);
  const bound = (0.4 * Math.abs(r3) + Math.abs(lo0) + Math.abs(c)) * TAIL_BOUND;
  const below = hi + (yf - bound);
  return below === hi + (yf + bound) ? below : NaN;
}
