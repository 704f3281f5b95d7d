import { isOdd, stepUlp } from './bits';

/** 2**27 + 1: Veltkamp's splitter for 53-bit doubles. */
export const SPLITTER = 134217729;
/** Beyond this magnitude the splitter's product could overflow; such inputs are rescaled. */
const SPLIT_LIMIT = 2 ** 996;
/** Products below this could lose bits of their error term to underflow; such inputs are rescaled. */
const TINY = 2 ** -968;

/**
 * `a * b - p` exactly, where `p` is the rounded product `a * b` (Dekker's TwoProduct with
 * Veltkamp splitting): exact when neither operand exceeds 2**996 in magnitude (the split could
 * overflow) and the product is not below 2**-968 (its error term could underflow).
 */
export function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * Fused multiply-add: `a * b + c` rounded once (to nearest, ties to even), as the x86 FMA
 * instructions that glibc's `__log_fma`/`__exp_fma`/`__pow_fma` variants execute.
 *
 * Algorithm (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms
 * using rounding to odd", IEEE Trans. Computers 57(4), 2008): the product is split exactly into
 * `uh + ul` (Dekker's TwoProduct with Veltkamp splitting), `c + uh` exactly into `th + tl`
 * (Knuth's TwoSum), then `v = tl + ul` rounded to odd and `th + v` rounded to nearest gives the
 * correctly rounded result. Inputs so large or small that the splitting would overflow or
 * underflow are scaled by powers of two first.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c) || p === 0 || !(Math.abs(p) > TINY)) {
    return slowFma(a, b, c, p);
  }
  if (Math.abs(a) > SPLIT_LIMIT || Math.abs(b) > SPLIT_LIMIT) return slowFma(a, b, c, p);
  // TwoProduct: a * b = uh + ul exactly.
  const uh = p;
  const ul = productError(a, b, p);
  // TwoSum: c + uh = th + tl exactly.
  const th = c + uh;
  const bb = th - c;
  const tl = c - (th - bb) + (uh - bb);
  // v = RO(tl + ul), by TwoSum and a one-ulp step when the rounded sum is inexact and even.
  let v = tl + ul;
  const vb = v - tl;
  const ve = tl - (v - vb) + (ul - vb);
  if (ve !== 0 && !isOdd(v)) v = stepUlp(v, v > 0 === ve > 0);
  return th + v;
}

/**
 * The rare cases: zero, infinite or NaN operands, and magnitudes at the ends of the exponent
 * range. Scales by exact powers of two where that is enough and falls back to exact BigInt
 * arithmetic otherwise.
 */
function slowFma(a: number, b: number, c: number, p: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  if (a === 0 || b === 0) return p + c; // exact zero product: the sum of signed zeros is IEEE's
  return exactFma(a, b, c);
}

/** `a * b + c` for finite non-zero `a`, `b`, rounded once, via exact BigInt arithmetic. */
export function exactFma(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  let m = ma * mb;
  let e = ea + eb;
  if (c !== 0) {
    const [mc, ec] = decompose(c);
    if (ec < e) {
      m = (m << BigInt(e - ec)) + mc;
      e = ec;
    } else {
      m += mc << BigInt(ec - e);
    }
  }
  if (m === 0n) return 0; // exact cancellation gives +0 when rounding to nearest
  return roundScaled(m, e);
}

/** x = m * 2**e with m a (signed) BigInt integer and e an integer. */
function decompose(x: number): [bigint, number] {
  let e = 0;
  let y = Math.abs(x);
  // scale into [2**52, 2**53) exactly by powers of two
  while (y >= 2 ** 53) {
    y /= 2;
    e++;
  }
  while (y < 2 ** 52) {
    y *= 2;
    e--;
  }
  // y is now an integer if x was representable at this scale; for subnormal-derived values, too.
  const m = BigInt(y);
  return [x < 0 ? -m : m, e];
}

/** Round m * 2**e (m != 0) to the nearest double, ties to even, with gradual underflow. */
function roundScaled(m: bigint, e: number): number {
  const neg = m < 0n;
  let mag = neg ? -m : m;
  const bits = mag.toString(2).length;
  // Keep 53 significant bits, but no bits below 2**-1074.
  let drop = bits - 53;
  if (e + drop < -1074) drop = -1074 - e;
  if (drop > 0) {
    const bd = BigInt(drop);
    const rem = mag & ((1n << bd) - 1n);
    mag >>= bd;
    const half = 1n << (bd - 1n);
    if (rem > half || (rem === half && (mag & 1n) === 1n)) mag += 1n;
    e += drop;
  }
  let r = Number(mag) * 2 ** Math.max(e, -1022);
  if (e < -1022) r *= 2 ** (e + 1022);
  return neg ? -r : r;
}
