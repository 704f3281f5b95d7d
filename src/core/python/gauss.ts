import type { PythonRandom } from './PythonRandom';
import { TWOPI } from './constants';
import { cos, log, sin, sqrt } from './pyMath';

/**
 * `gauss(mu=0.0, sigma=1.0)` (Lib/random.py): Box–Muller, two deviates per pair of `random()`s.
 * If `gauss_next` holds one, it is used and cleared; otherwise x2pi = random() * TWOPI,
 * g2rad = sqrt(-2.0 * log(1.0 - random())), z = cos(x2pi) * g2rad and
 * `gauss_next = sin(x2pi) * g2rad` is kept for the next call (engine state). Returns mu + z * sigma.
 */
export function gauss(r: PythonRandom, mu: number, sigma: number): number {
  let z = r.gaussNext;
  r.gaussNext = null;
  if (z === null) {
    const x2pi = r.random() * TWOPI;
    const g2rad = sqrt(-2.0 * log(1.0 - r.random()));
    z = cos(x2pi) * g2rad;
    r.gaussNext = sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}
