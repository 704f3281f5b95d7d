import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomLoggam } from './randomLoggam';
import { exp } from '../libm/exp';
import { log } from '../libm/log';

/** 2**63: the int64 range is [-2**63, 2**63). */
const INT64_LIMIT = 9223372036854775808;

/**
 * `random_poisson_mult` (distributions.c): Knuth's multiplication method for lam < 10:
 * multiply next_doubles until the product drops to exp(-lam) or below.
 */
function poissonMult(bitgen: BitGenerator, lam: number): number {
  const enlam = exp(-lam);
  let X = 0;
  let prod = 1.0;
  for (;;) {
    prod *= bitgen.nextDouble();
    if (prod > enlam) {
      X += 1;
    } else {
      return X;
    }
  }
}

/**
 * `random_poisson_ptrs` (distributions.c): Hörmann's transformed rejection with squeeze
 * (PTRS, Insurance: Mathematics and Economics 12, 39-45, 1993) for lam >= 10.
 * Two next_doubles per try.
 */
function poissonPtrs(bitgen: BitGenerator, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = bitgen.nextDouble() - 0.5;
    const V = bitgen.nextDouble();
    const us = 0.5 - Math.abs(U);
    // NumPy stores floor(...) in an int64: out-of-range and NaN become INT64_MIN on x86-64
    let k = Math.floor(((2 * a) / us + b) * U + lam + 0.43);
    if (!(k >= -INT64_LIMIT && k < INT64_LIMIT)) k = -INT64_LIMIT;
    if (us >= 0.07 && V <= vr) {
      return k;
    }
    if (k < 0 || (us < 0.013 && V > us)) {
      continue;
    }
    if (log(V) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - randomLoggam(k + 1)) {
      return k;
    }
  }
}

/**
 * `random_poisson` (distributions.c): PTRS for lam >= 10, 0 for lam == 0, else the
 * multiplication method. Shared unchanged by `RandomState.poisson` (via `legacy_random_poisson`),
 * `RandomState.negative_binomial` and `Generator.poisson`.
 *
 * @param lam >= 0 and not NaN, at most ~9.2e18 (the callers check: `lam < 0 or lam is NaN`,
 *   `lam value too large`).
 * @returns the draw as an integral JS number. NumPy casts `floor(...)` to int64; the double is
 *   already an integer, so the number is exact (for lam near the upper limit the int64 cast is
 *   undefined in C, which this does not model).
 */
export function randomPoisson(bitgen: BitGenerator, lam: number): number {
  if (lam >= 10) return poissonPtrs(bitgen, lam);
  if (lam === 0) return 0;
  return poissonMult(bitgen, lam);
}

/**
 * NumPy's `POISSON_LAM_MAX` (numpy/random/_common.pyx): `int64 max - sqrt(int64 max) * 10` as a
 * double — the largest `lam` poisson accepts, and the bound of Generator.negative_binomial's mean.
 */
export const POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;
