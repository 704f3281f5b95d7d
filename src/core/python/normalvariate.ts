import type { PythonRandom } from './PythonRandom';
import { NV_MAGICCONST } from './constants';
import { log } from './pyMath';

/**
 * `normalvariate(mu=0.0, sigma=1.0)` (Lib/random.py): Kinderman and Monahan's ratio-of-uniforms
 * method. u1 = random(), u2 = 1.0 - random(), z = NV_MAGICCONST * (u1 - 0.5) / u2; accept when
 * z * z / 4.0 <= -log(u2). Returns mu + z * sigma. No parameter checks (sigma may be negative).
 */
export function normalvariate(r: PythonRandom, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = r.random();
    const u2 = 1.0 - r.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -log(u2)) break;
  }
  return mu + z * sigma;
}
