/*
 * FROZEN like NumPy's legacy code (legacy-distributions.c): RandomState's stream depends on it.
 * These are the one-line transforms of the legacy Gaussian, exponential and gamma that
 * `RandomState` calls; several differ from Generator's (exp(x) - 1 instead of expm1, the polar
 * Gaussian instead of the ziggurat, -2·log1p(-U) for Rayleigh).
 */
import { randomPoisson } from '../distributions/randomPoisson';
import { exp } from '../libm/exp';
import { log1p } from '../libm/log1p';
import { pow } from '../libm/pow';
import { legacyGauss, legacyStandardExponential } from './legacyGauss';
import { legacyStandardGamma } from './legacyStandardGamma';
import { toInt64 } from './legacyDiscrete';
import type { RandomState } from './RandomState';

/** `legacy_normal`: loc + scale·gauss. */
export const legacyNormal = (rs: RandomState, loc: number, scale: number): number => loc + scale * legacyGauss(rs);

/** `legacy_lognormal`: exp(loc + sigma·gauss). */
export const legacyLognormal = (rs: RandomState, mean: number, sigma: number): number => exp(legacyNormal(rs, mean, sigma));

/** `legacy_exponential`: scale·(-log(1 - U)). */
export const legacyExponential = (rs: RandomState, scale: number): number => scale * legacyStandardExponential(rs);

/** `legacy_gamma`: scale·standard_gamma(shape). */
export const legacyGamma = (rs: RandomState, shape: number, scale: number): number => scale * legacyStandardGamma(rs, shape);

/** `legacy_chisquare`: 2·standard_gamma(df/2). */
export const legacyChisquare = (rs: RandomState, df: number): number => 2.0 * legacyStandardGamma(rs, df / 2.0);

/** `legacy_f`: (chisquare(dfnum)·dfden) / (chisquare(dfden)·dfnum), numerator drawn first. */
export function legacyF(rs: RandomState, dfnum: number, dfden: number): number {
  const num = legacyChisquare(rs, dfnum) * dfden;
  return num / (legacyChisquare(rs, dfden) * dfnum);
}

/** `legacy_standard_t`: sqrt(df/2)·Z / sqrt(G) with Z the legacy Gaussian, G ~ Gamma(df/2). */
export function legacyStandardT(rs: RandomState, df: number): number {
  const num = legacyGauss(rs);
  const denom = legacyStandardGamma(rs, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

/** `legacy_standard_cauchy`: the ratio of two legacy Gaussians (numerator first). */
export function legacyStandardCauchy(rs: RandomState): number {
  const num = legacyGauss(rs);
  return num / legacyGauss(rs);
}

/** `legacy_pareto`: exp(E/a) - 1 (legacy keeps `exp(x) - 1`, not expm1). */
export const legacyPareto = (rs: RandomState, a: number): number => exp(legacyStandardExponential(rs) / a) - 1;

/** `legacy_weibull`: E^(1/a); a == 0 gives 0 without drawing. */
export function legacyWeibull(rs: RandomState, a: number): number {
  if (a === 0.0) return 0.0;
  return pow(legacyStandardExponential(rs), 1 / a);
}

/** `legacy_power`: (1 - exp(-E))^(1/a). */
export const legacyPower = (rs: RandomState, a: number): number => pow(1 - exp(-legacyStandardExponential(rs)), 1 / a);

/** `legacy_rayleigh`: mode·sqrt(-2·log1p(-U)). */
export const legacyRayleigh = (rs: RandomState, mode: number): number => mode * Math.sqrt(-2.0 * log1p(-rs.bitgen.nextDouble()));

/** `legacy_negative_binomial`: Poisson(Y) with Y ~ Gamma(n, (1 - p)/p), via the shared `random_poisson`. */
export function legacyNegativeBinomial(rs: RandomState, n: number, p: number): bigint {
  const Y = legacyGamma(rs, n, (1 - p) / p);
  return toInt64(randomPoisson(rs.bitgen, Y));
}

/**
 * `legacy_wald`: Michael, Schucany & Haas (1976) with the legacy Gaussian:
 * Y = mean·Z², X = mean + mean/(2·scale)·(Y - sqrt(4·scale·Y + Y²)), then X or mean²/X.
 */
export function legacyWald(rs: RandomState, mean: number, scale: number): number {
  const mu2l = mean / (2 * scale);
  let Y = legacyGauss(rs);
  Y = mean * Y * Y;
  const X = mean + mu2l * (Y - Math.sqrt(4 * scale * Y + Y * Y));
  const U = rs.bitgen.nextDouble();
  if (U <= mean / (mean + X)) return X;
  return (mean * mean) / X;
}
