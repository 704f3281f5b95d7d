/**
 * Exact decimal rounding of doubles, the slow path behind {@link formatFixed} and
 * {@link formatSignificant}. CPython formats floats with David Gay's `dtoa` (Python/dtoa.c),
 * which rounds the exact binary value half-to-even; JavaScript's `toFixed`/`toExponential` round
 * the exact value too but break exact ties away from zero (`(0.125).toFixed(2)` is `0.13`, Python
 * gives `0.12`). The fast paths detect a possible tie and come here, where BigInt arithmetic
 * decides exactly.
 */

/** `a = mantissa · 2^exponent` exactly, for a finite double `a ≥ 0` (IEEE 754 binary64 fields). */
export function decompose(a: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 }; // zero and subnormals
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/**
 * `round(a / 10^q)` with ties to even, computed exactly on the binary value of `a`.
 *
 * @param a a finite double ≥ 0
 * @param q the decimal position to round at: `-2` keeps two decimals, `3` rounds to thousands
 */
export function roundAtPower(a: number, q: number): bigint {
  const { mantissa, exponent } = decompose(a);
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (q >= 0) den *= 10n ** BigInt(q);
  else num *= 10n ** BigInt(-q);
  let n = num / den;
  const twice = 2n * (num - n * den);
  if (twice > den || (twice === den && (n & 1n) === 1n)) n += 1n;
  return n;
}

/**
 * The `p` significant digits of `a` rounded half-to-even, and the decimal exponent of the first
 * digit after rounding (`9.995` at p = 3 → `100`, exponent 1): `a ≈ 0.digits × 10^(exponent+1)`.
 *
 * @param a a finite double > 0
 * @param p 1 ≤ p
 * @param guess an estimate of the exponent (off by one at most is cheap; anything works)
 */
export function roundSignificant(a: number, p: number, guess = Math.floor(Math.log10(a))): { digits: string; exponent: number } {
  let e = guess;
  const low = 10n ** BigInt(p - 1);
  const high = low * 10n;
  for (;;) {
    const n = roundAtPower(a, e - p + 1);
    if (n >= high) e++;
    else if (n < low) e--;
    else return { digits: n.toString(), exponent: e };
  }
}
