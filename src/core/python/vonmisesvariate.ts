import type { PythonRandom } from './PythonRandom';
import { PI, TWOPI } from './constants';
import { acos, cos, exp, fmod, sqrt } from './pyMath';

/**
 * `vonmisesvariate(mu, kappa)` (Lib/random.py; Best & Fisher's 1979 algorithm): kappa <= 1e-6
 * gives TWOPI * random(); otherwise s = 0.5 / kappa, r = s + sqrt(1 + s*s), loop
 * { z = cos(pi * random()); d = z / (r + z); accept if u2 < 1 - d*d or u2 <= (1 - d) * exp(d) },
 * then f = (q + z) / (1 + q*z) with q = 1/r and theta = (mu ± acos(f)) % TWOPI by a third random().
 */
export function vonmisesvariate(rng: PythonRandom, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * rng.random();
  const s = 0.5 / kappa;
  const r = s + sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = rng.random();
    z = cos(PI * u1);
    const d = z / (r + z);
    const u2 = rng.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = rng.random();
  return u3 > 0.5 ? fmod(mu + acos(f), TWOPI) : fmod(mu - acos(f), TWOPI);
}
