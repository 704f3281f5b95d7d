/*
 * FROZEN like NumPy's legacy code (legacy-distributions.c): RandomState's stream depends on it.
 */
import { log } from '../libm/log';
import { pow } from '../libm/pow';
import { legacyGauss, legacyStandardExponential } from './legacyGauss';
import type { RandomState } from './RandomState';

/**
 * `legacy_standard_gamma`: Gamma(shape, 1).
 * - shape == 1: one legacy standard exponential; shape == 0: 0 without drawing.
 * - shape < 1: Johnk/Ahrens–Dieter style rejection with a uniform U and an exponential V:
 *   U <= 1 - shape → X = U^(1/shape), accepted if X <= V; else Y = -log((1 - U)/shape),
 *   X = (1 - shape + shape·Y)^(1/shape), accepted if X <= V + Y.
 * - shape > 1: Marsaglia & Tsang (2000) with the legacy polar Gaussian:
 *   b = shape - 1/3, c = 1/sqrt(9b), V = (1 + c·X)³, squeeze U < 1 - 0.0331·X⁴, else
 *   log(U) < X²/2 + b·(1 - V + log V).
 * @param shape >= 0 (NaN propagates, as in NumPy).
 */
export function legacyStandardGamma(rs: RandomState, shape: number): number {
  if (shape === 1.0) return legacyStandardExponential(rs);
  if (shape === 0.0) return 0.0;
  const bits = rs.bitgen;
  if (shape < 1.0) {
    for (;;) {
      const U = bits.nextDouble();
      const V = legacyStandardExponential(rs);
      if (U <= 1.0 - shape) {
        const X = pow(U, 1 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = pow(1.0 - shape + shape * Y, 1 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = legacyGauss(rs);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = bits.nextDouble();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}
