import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomStandardExponential } from './randomStandardExponential';
import { randomStandardNormal } from './randomStandardNormal';
import { log } from '../libm/log';
import { pow } from '../libm/pow';

/**
 * `random_standard_gamma` (numpy/random/src/distributions/distributions.c), Generator's gamma:
 * - shape == 1: one ziggurat exponential; shape == 0: 0 without drawing;
 * - shape < 1: Johnk/Ahrens–Dieter style rejection with one next_double U and one ziggurat
 *   exponential V per try (`pow(U, 1/shape)` or the `-log((1 - U)/shape)` branch);
 * - shape > 1: Marsaglia & Tsang (2000) with ziggurat normals, b = shape - 1/3,
 *   c = 1/sqrt(9b), squeeze `U < 1 - 0.0331 X⁴` then the log test.
 *
 * @param shape >= 0 (the caller checks `shape < 0`); NaN gives NaN-driven NumPy behaviour.
 *
 * Bit-exactness: differs from RandomState's `legacy_standard_gamma` only through the normal and
 * exponential it draws; expressions keep NumPy's evaluation order.
 */
export function randomStandardGamma(bitgen: BitGenerator, shape: number): number {
  if (shape === 1.0) return randomStandardExponential(bitgen);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const U = bitgen.nextDouble();
      const V = randomStandardExponential(bitgen);
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
      X = randomStandardNormal(bitgen);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = bitgen.nextDouble();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}
