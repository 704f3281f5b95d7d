/*
 * FROZEN like NumPy's legacy code (legacy-distributions.c): RandomState's stream depends on it.
 * Generator's version later gained a wrapped-normal branch for kappa > 1e6; legacy has none.
 */
import type { BitGenerator } from '../bitgen/BitGenerator';
import { PyError } from '../errors';
import { acos } from '../libm/acos';
import { log } from '../libm/log';
import { cos } from '../libm/sincos';

/**
 * `legacy_vonmises`: Best & Fisher (1979). kappa < 1e-8 → uniform on (-pi, pi); otherwise
 * s from kappa (a Taylor form below 1e-5), rejection on U, V with Z = cos(pi·U),
 * W = (1 + s·Z)/(s + Z), Y = kappa·(s - W); the sign from a third uniform, then mu is added and
 * the result wrapped into [-pi, pi] with fmod.
 * @param kappa >= 0 or NaN (NaN returns NaN without drawing).
 */
export function legacyVonmises(bits: BitGenerator, mu: number, kappa: number): number {
  if (Number.isNaN(kappa)) return NaN;
  if (kappa < 1e-8) return Math.PI * (2 * bits.nextDouble() - 1);
  let s: number;
  if (kappa < 1e-5) {
    s = 1 / kappa + kappa;
  } else {
    const r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
    const rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
    s = (1 + rho * rho) / (2 * rho);
  }
  if (!(s > 1)) {
    // s rounds to 1 for kappa above ~1.5e16 (and is NaN above ~6.7e153): then W = 1 and Y = 0,
    // and only V == 0 accepts, so NumPy's loop never ends in practice. Raise instead of hanging.
    throw new PyError('ValueError', "vonmises(mu, kappa) with kappa above ~1.5e16 never returns in NumPy's legacy RandomState (it loops forever)");
  }
  let W: number;
  for (;;) {
    const U = bits.nextDouble();
    const Z = cos(Math.PI * U);
    W = (1 + s * Z) / (s + Z);
    const Y = kappa * (s - W);
    const V = bits.nextDouble();
    if (Y * (2 - Y) - V >= 0 || log(Y / V) + 1 - Y >= 0) break;
  }
  const U = bits.nextDouble();
  let result = acos(W);
  if (U < 0.5) result = -result;
  result += mu;
  const neg = result < 0;
  let mod = Math.abs(result);
  mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
  if (neg) mod *= -1;
  return mod;
}
