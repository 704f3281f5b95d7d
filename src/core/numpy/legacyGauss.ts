/*
 * FROZEN like NumPy's legacy code (numpy/random/src/legacy/legacy-distributions.c): these
 * algorithms reproduce `RandomState` streams and must never change, even where `Generator`
 * has since been improved.
 */
import { log } from '../libm/log';
import type { RandomState } from './RandomState';

/**
 * `legacy_gauss`: a standard normal by Marsaglia's polar method (a variant of Box–Muller).
 * Two next_doubles give x1, x2 uniform in (-1, 1), rejected unless 0 < r2 = x1² + x2² < 1;
 * then f = sqrt(-2·log(r2)/r2), `f·x2` is returned and `f·x1` is cached in the state
 * (`hasGauss`/`gauss`) for the next call — which is why the cache is part of the state.
 */
export function legacyGauss(rs: RandomState): number {
  if (rs.hasGauss) {
    const temp = rs.gauss;
    rs.hasGauss = false;
    rs.gauss = 0.0;
    return temp;
  }
  const bits = rs.bitgen;
  let x1: number;
  let x2: number;
  let r2: number;
  do {
    x1 = 2.0 * bits.nextDouble() - 1.0;
    x2 = 2.0 * bits.nextDouble() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 === 0.0);
  const f = Math.sqrt((-2.0 * log(r2)) / r2);
  rs.gauss = f * x1;
  rs.hasGauss = true;
  return f * x2;
}

/** `legacy_standard_exponential`: -log(1 - U) (NumPy uses 1 - U since U is in [0, 1)). */
export function legacyStandardExponential(rs: RandomState): number {
  return -log(1.0 - rs.bitgen.nextDouble());
}
