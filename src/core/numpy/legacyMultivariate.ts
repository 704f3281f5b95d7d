/*
 * FROZEN like NumPy's legacy code (legacy-distributions.c, mtrand.pyx): RandomState's stream
 * depends on it.
 */
import { twiceInt64 } from '../distributions/twiceInt64';
import { randomPoisson } from '../distributions/randomPoisson';
import { legacyBinomial } from './legacyBinomial';
import { legacyChisquare } from './legacyContinuous';
import { legacyGauss } from './legacyGauss';
import { legacyStandardGamma } from './legacyStandardGamma';
import type { RandomState } from './RandomState';

/**
 * `legacy_noncentral_chisquare`: nonc == 0 → chisquare(df); df > 1 → chisquare(df - 1) +
 * (gauss + sqrt(nonc))²; else chisquare(df + 2i) with i ~ Poisson(nonc/2) (NaN nonc gives NaN
 * after the draws, the legacy order).
 */
export function legacyNoncentralChisquare(rs: RandomState, df: number, nonc: number): number {
  if (nonc === 0) return legacyChisquare(rs, df);
  if (1 < df) {
    const chi2 = legacyChisquare(rs, df - 1);
    const n = legacyGauss(rs) + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = randomPoisson(rs.bitgen, nonc / 2.0);
  const out = legacyChisquare(rs, df + twiceInt64(i));
  return Number.isNaN(nonc) ? NaN : out;
}

/** `legacy_noncentral_f`: noncentral_chisquare(dfnum, nonc)·dfden / (chisquare(dfden)·dfnum). */
export function legacyNoncentralF(rs: RandomState, dfnum: number, dfden: number, nonc: number): number {
  const t = legacyNoncentralChisquare(rs, dfnum, nonc) * dfden;
  return t / (legacyChisquare(rs, dfden) * dfnum);
}

/**
 * `legacy_random_multinomial`: one row of counts for n trials over probabilities `pvals`:
 * sequential legacy binomials with p = pvals[j] / remaining, stopping when no trials remain;
 * the last category takes what is left.
 */
export function legacyMultinomialRow(rs: RandomState, n: bigint, pvals: number[]): bigint[] {
  const d = pvals.length;
  const out = new Array<bigint>(d).fill(0n);
  let remainingP = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    out[j] = legacyBinomial(rs.bitgen, pvals[j] / remainingP, dn);
    dn -= out[j];
    if (dn <= 0n) break;
    remainingP -= pvals[j];
  }
  if (dn > 0n) out[d - 1] = dn;
  return out;
}

/**
 * `RandomState.dirichlet`'s row: k legacy standard gammas, each multiplied by 1/sum (the
 * reciprocal first, then the products, as mtrand.pyx does).
 */
export function legacyDirichletRow(rs: RandomState, alpha: number[]): number[] {
  const row = alpha.map((a) => legacyStandardGamma(rs, a));
  let acc = 0.0;
  for (const v of row) acc = acc + v;
  const invacc = 1 / acc;
  return row.map((v) => v * invacc);
}
