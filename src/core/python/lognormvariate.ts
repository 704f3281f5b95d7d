import type { PythonRandom } from './PythonRandom';
import { normalvariate } from './normalvariate';
import { exp } from './pyMath';

/** `lognormvariate(mu, sigma)` (Lib/random.py): `exp(normalvariate(mu, sigma))`; overflow is `OverflowError: math range error`. */
export function lognormvariate(r: PythonRandom, mu: number, sigma: number): number {
  return exp(normalvariate(r, mu, sigma));
}
