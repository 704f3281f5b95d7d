import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomStandardExponential } from './randomStandardExponential';
import { randomStandardGamma } from './randomStandardGamma';
import { randomStandardNormal } from './randomStandardNormal';
import { twiceInt64 } from '../distributions/twiceInt64';
import { randomPoisson } from '../distributions/randomPoisson';
import { exp } from '../libm/exp';
import { expm1 } from '../libm/expm1';
import { log1p } from '../libm/log1p';
import { pow } from '../libm/pow';

/*
 * Generator's one-line continuous distributions (numpy/random/src/distributions/distributions.c).
 * Each is a fixed transform of Generator's ziggurat normal/exponential or its standard gamma,
 * so each differs from RandomState's `legacy_*` twin (numpy/random/src/legacy) only through
 * the variates it draws. Parameters are checked by the caller with NumPy's messages.
 * Expressions keep NumPy's evaluation order for bit-exactness.
 */

/** `random_normal`: loc + scale * N(0, 1). @param scale >= 0. */
export function randomNormal(bitgen: BitGenerator, loc: number, scale: number): number {
  return loc + scale * randomStandardNormal(bitgen);
}

/** `random_exponential`: scale * E. @param scale >= 0. */
export function randomExponential(bitgen: BitGenerator, scale: number): number {
  return scale * randomStandardExponential(bitgen);
}

/** `standard_exponential(method='inv')` (`random_standard_exponential_inv_fill`): -log1p(-U). */
export function randomStandardExponentialInv(bitgen: BitGenerator): number {
  return -log1p(-bitgen.nextDouble());
}

/** `random_gamma`: scale * standard_gamma(shape). @param shape >= 0, @param scale >= 0. */
export function randomGamma(bitgen: BitGenerator, shape: number, scale: number): number {
  return scale * randomStandardGamma(bitgen, shape);
}

/** `random_lognormal`: exp(normal(mean, sigma)). @param sigma >= 0. */
export function randomLognormal(bitgen: BitGenerator, mean: number, sigma: number): number {
  return exp(randomNormal(bitgen, mean, sigma));
}

/** `random_chisquare`: 2 * standard_gamma(df / 2). @param df > 0. */
export function randomChisquare(bitgen: BitGenerator, df: number): number {
  return 2.0 * randomStandardGamma(bitgen, df / 2.0);
}

/** `random_f`: (chisq(dfnum) * dfden) / (chisq(dfden) * dfnum). @param dfnum > 0, @param dfden > 0. */
export function randomF(bitgen: BitGenerator, dfnum: number, dfden: number): number {
  const subexpr1 = randomChisquare(bitgen, dfnum) * dfden;
  const subexpr2 = randomChisquare(bitgen, dfden) * dfnum;
  return subexpr1 / subexpr2;
}

/** `random_standard_cauchy`: N1 / N2. */
export function randomStandardCauchy(bitgen: BitGenerator): number {
  const subexpr1 = randomStandardNormal(bitgen);
  const subexpr2 = randomStandardNormal(bitgen);
  return subexpr1 / subexpr2;
}

/** `random_standard_t`: sqrt(df / 2) * N / sqrt(standard_gamma(df / 2)). @param df > 0. */
export function randomStandardT(bitgen: BitGenerator, df: number): number {
  const num = randomStandardNormal(bitgen);
  const denom = randomStandardGamma(bitgen, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

/** `random_pareto`: expm1(E / a) (Pareto II / Lomax). @param a > 0. */
export function randomPareto(bitgen: BitGenerator, a: number): number {
  return expm1(randomStandardExponential(bitgen) / a);
}

/** `random_weibull`: E^(1/a); a == 0 gives 0 without drawing. @param a >= 0. */
export function randomWeibull(bitgen: BitGenerator, a: number): number {
  if (a === 0.0) return 0.0;
  return pow(randomStandardExponential(bitgen), 1 / a);
}

/** `random_power`: (-expm1(-E))^(1/a). @param a > 0. */
export function randomPower(bitgen: BitGenerator, a: number): number {
  return pow(-expm1(-randomStandardExponential(bitgen)), 1 / a);
}

/** `random_rayleigh`: mode * sqrt(2E). @param mode >= 0 (NumPy's `scale`). */
export function randomRayleigh(bitgen: BitGenerator, mode: number): number {
  return mode * Math.sqrt(2.0 * randomStandardExponential(bitgen));
}

/**
 * `random_wald`: Michael, Schucany & Haas's transformation with one normal and one next_double,
 * in the cancellation-free form X = mean * (1 - 2 / (1 + sqrt(1 + 4 * scale / Y))) that NumPy
 * uses since 2.4.0 (numpy#29609; earlier Generator streams differ here).
 * @param mean > 0, @param scale > 0.
 */
export function randomWald(bitgen: BitGenerator, mean: number, scale: number): number {
  let Y = randomStandardNormal(bitgen);
  Y = mean * Y * Y;
  const d = 1 + Math.sqrt(1 + (4 * scale) / Y);
  const X = mean * (1 - 2 / d);
  const U = bitgen.nextDouble();
  if (U <= mean / (mean + X)) return X;
  return (mean * mean) / X;
}

/**
 * `random_noncentral_chisquare`: NaN for a NaN nonc; chisquare(df) when nonc == 0; for df > 1,
 * chisquare(df - 1) + (N + sqrt(nonc))²; otherwise chisquare(df + 2i) with i ~ Poisson(nonc / 2).
 * @param df > 0, @param nonc >= 0.
 */
export function randomNoncentralChisquare(bitgen: BitGenerator, df: number, nonc: number): number {
  if (nonc !== nonc) return NaN;
  if (nonc === 0) return randomChisquare(bitgen, df);
  if (1 < df) {
    const Chi2 = randomChisquare(bitgen, df - 1);
    const n = randomStandardNormal(bitgen) + Math.sqrt(nonc);
    return Chi2 + n * n;
  }
  const i = randomPoisson(bitgen, nonc / 2.0);
  return randomChisquare(bitgen, df + twiceInt64(i));
}

/** `random_noncentral_f`: (noncentral_chisquare(dfnum, nonc) * dfden) / (chisquare(dfden) * dfnum). */
export function randomNoncentralF(bitgen: BitGenerator, dfnum: number, dfden: number, nonc: number): number {
  const t = randomNoncentralChisquare(bitgen, dfnum, nonc) * dfden;
  return t / (randomChisquare(bitgen, dfden) * dfnum);
}
