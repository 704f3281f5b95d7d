import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomStandardNormal } from './randomStandardNormal';
import { acos } from '../libm/acos';
import { log } from '../libm/log';
import { cos } from '../libm/sincos';

/**
 * `random_vonmises` (numpy/random/src/distributions/distributions.c), Generator's von Mises:
 * Best & Fisher (1979) rejection on the wrapped Cauchy envelope, with NumPy's numerics:
 * kappa < 1e-8 → uniform on (-pi, pi); kappa < 1e-5 → s = 1/kappa + kappa (Taylor);
 * kappa <= 1e6 → the exact s; kappa > 1e6 → a wrapped normal with one ziggurat normal.
 * The result is folded into [-pi, pi] with fmod (JS `%` is C's fmod).
 *
 * @param mu any double. @param kappa >= 0 (the caller checks `kappa < 0`); NaN gives NaN.
 */
export function randomVonmises(bitgen: BitGenerator, mu: number, kappa: number): number {
  if (kappa !== kappa) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * bitgen.nextDouble() - 1);
  let s: number;
  if (kappa < 1e-5) {
    s = 1 / kappa + kappa;
  } else if (kappa <= 1e6) {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  } else {
    let result = mu + Math.sqrt(1 / kappa) * randomStandardNormal(bitgen);
    if (result < -Math.PI) result += 2 * Math.PI;
    if (result > Math.PI) result -= 2 * Math.PI;
    return result;
  }
  let W: number;
  for (;;) {
    const U = bitgen.nextDouble();
    const Z = cos(Math.PI * U);
    W = (1 + s * Z) / (s + Z);
    const Y = kappa * (s - W);
    const V = bitgen.nextDouble();
    if (Y * (2 - Y) - V >= 0 || log(Y / V) + 1 - Y >= 0) break;
  }
  const U = bitgen.nextDouble();
  let result = acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}
