import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomStandardGamma } from './randomStandardGamma';
import { exp } from '../libm/exp';
import { log } from '../libm/log';
import { log1p } from '../libm/log1p';
import { pow } from '../libm/pow';

/** Below this for both a and b, beta is drawn as a Bernoulli(a / (a + b)) (NumPy's `BETA_TINY_THRESHOLD`). */
const BETA_TINY_THRESHOLD = 3e-103;

/**
 * `random_beta` (numpy/random/src/distributions/distributions.c), Generator's beta:
 * - a <= 1 and b <= 1: Johnk's algorithm (X = U^(1/a), Y = V^(1/b), accept X + Y <= 1), with a
 *   log-space fallback when X or Y underflows, and the single-uniform shortcut for tiny a, b;
 * - otherwise Ga / (Ga + Gb) with Generator's standard gammas.
 *
 * @param a > 0, @param b > 0 (the caller checks `a <= 0`, `b <= 0`).
 */
export function randomBeta(bitgen: BitGenerator, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    if (a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) {
      const U = bitgen.nextDouble();
      return (a + b) * U < a ? 1.0 : 0.0;
    }
    for (;;) {
      const U = bitgen.nextDouble();
      const V = bitgen.nextDouble();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      const XpY = X + Y;
      if (XpY <= 1.0 && U + V > 0.0) {
        if (X > 0 && Y > 0) return X / XpY;
        const logX = log(U) / a;
        const logY = log(V) / b;
        const delta = logX - logY;
        if (delta > 0) return exp(-log1p(exp(-delta)));
        return exp(delta - log1p(exp(delta)));
      }
    }
  }
  const Ga = randomStandardGamma(bitgen, a);
  const Gb = randomStandardGamma(bitgen, b);
  return Ga / (Ga + Gb);
}
