/*
 * FROZEN like NumPy's legacy code (legacy-distributions.c): RandomState's stream depends on it.
 */
import { exp } from '../libm/exp';
import { log } from '../libm/log';
import { pow } from '../libm/pow';
import { legacyStandardGamma } from './legacyStandardGamma';
import type { RandomState } from './RandomState';

/**
 * `legacy_beta`: Beta(a, b).
 * - a <= 1 and b <= 1: Johnk's algorithm: X = U^(1/a), Y = V^(1/b) until X + Y <= 1; returns
 *   X/(X + Y), or, when both underflowed to 0, the same ratio from logarithms (the legacy
 *   version, without Generator's later tiny-parameter shortcut and log1p rewrite).
 * - otherwise Ga/(Ga + Gb) with two legacy standard gammas.
 * @param a > 0, @param b > 0 (checked by the caller).
 */
export function legacyBeta(rs: RandomState, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    const bits = rs.bitgen;
    for (;;) {
      const U = bits.nextDouble();
      const V = bits.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      if (X + Y <= 1.0) {
        if (X + Y > 0) return X / (X + Y);
        let logX = log(U) / a;
        let logY = log(V) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const Ga = legacyStandardGamma(rs, a);
  const Gb = legacyStandardGamma(rs, b);
  return Ga / (Ga + Gb);
}
