/**
 * `2 * i` as NumPy computes it in `random_noncentral_chisquare` / `legacy_noncentral_chisquare`
 * (`df + 2 * i` with `RAND_INT_TYPE i = random_poisson(...)`): the Poisson draw, a double, is cast
 * to int64 and doubled in int64 arithmetic, then converted back to double for the sum. Kept for
 * bit-exactness with NumPy on x86-64, where a cast of NaN or of a double outside the int64 range
 * gives INT64_MIN (`cvttsd2si`) and the doubling wraps modulo 2**64:
 * - i in [0, 2**62): 2i, exact;
 * - i in [2**62, 2**63): 2i - 2**64 (negative; exact by Sterbenz's lemma);
 * - i NaN, infinite or ≥ 2**63 (an enormous `nonc`): INT64_MIN doubled, which wraps to 0.
 * @param i a Poisson draw (an integral double ≥ 0, or NaN/inf from an infinite mean).
 */
export function twiceInt64(i: number): number {
  if (!(i < 2 ** 63 && i >= -(2 ** 63))) return 0;
  if (i >= 2 ** 62) return 2 * i - 2 ** 64;
  if (i < -(2 ** 62)) return 2 * i + 2 ** 64;
  return 2 * i;
}
