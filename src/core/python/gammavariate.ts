import { PyError } from '../errors';
import type { PythonRandom } from './PythonRandom';
import { E, LOG4, SG_MAGICCONST } from './constants';
import { exp, fpow, log, sqrt } from './pyMath';

/**
 * `gammavariate(alpha, beta)` (Lib/random.py), alpha > 0 and beta > 0 (else
 * `ValueError: gammavariate: alpha and beta must be > 0.0`):
 * - alpha > 1: R.C.H. Cheng's rejection method (1977) with u1 restricted to (1e-7, 0.9999999)
 *   and the SG_MAGICCONST squeeze;
 * - alpha == 1: `-log(1.0 - random()) * beta`;
 * - alpha < 1: Ahrens & Dieter's GS algorithm (the version in Lib/random.py).
 * alpha = inf (or NaN) would loop forever in CPython (every acceptance test compares NaN); we refuse it.
 */
export function gammavariate(r: PythonRandom, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw new PyError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
  if (alpha === Infinity || alpha !== alpha) {
    throw new PyError('ValueError', `gammavariate: alpha = ${alpha === Infinity ? 'inf' : 'nan'} never returns in CPython (endless rejection loop)`);
  }
  if (alpha > 1.0) {
    const ainv = sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = r.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - r.random();
      const v = log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * exp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -log(1.0 - r.random()) * beta;
  let x: number;
  for (;;) {
    const u = r.random();
    const b = (E + alpha) / E;
    const p = b * u;
    x = p <= 1.0 ? fpow(p, 1.0 / alpha) : -log((b - p) / alpha);
    const u1 = r.random();
    if (p > 1.0) {
      if (u1 <= fpow(x, alpha - 1.0)) break;
    } else if (u1 <= exp(-x)) break;
  }
  return x * beta;
}
