import { log } from '../libm/log';

const COEFFS = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2,
  1.796443723688307e-1, -1.3924322169059,
];

/** log(2 * pi), as the literal NumPy uses. */
const LG2PI = 1.8378770664093453;

/**
 * `random_loggam` (distributions.c): log Γ(x) by the SPECFUN series of Zhang & Jin (1996):
 * shift x up to x0 = x + n >= 7, sum the Stirling series, then subtract log(x0 - 1), … n times.
 * Used by `random_poisson` (PTRS) and by the legacy hypergeometric (HRUA).
 *
 * @param x > 0 (the callers pass k + 1 for integers k >= 0). Returns exactly 0 for x = 1 and 2.
 *
 * Bit-exactness: `n = (long)(7 - x)` truncates; the series is evaluated Horner-style from the
 * last coefficient down, exactly as NumPy does.
 */
export function randomLoggam(x: number): number {
  if (x === 1.0 || x === 2.0) return 0.0;
  const n = x < 7.0 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1.0 / x0) * (1.0 / x0);
  let gl0 = COEFFS[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += COEFFS[k];
  }
  let gl = gl0 / x0 + 0.5 * LG2PI + (x0 - 0.5) * log(x0) - x0;
  if (x < 7.0) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}
