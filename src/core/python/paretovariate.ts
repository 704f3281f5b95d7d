import type { PythonRandom } from './PythonRandom';
import { fdiv, fpow } from './pyMath';

/**
 * `paretovariate(alpha)` (Lib/random.py): `(1.0 - random()) ** (-1.0 / alpha)` with Python's float
 * power (overflow → `OverflowError: (34, 'Numerical result out of range')`); alpha == 0 →
 * `ZeroDivisionError: float division by zero`.
 */
export function paretovariate(r: PythonRandom, alpha: number): number {
  const u = 1.0 - r.random();
  return fpow(u, fdiv(-1.0, alpha));
}
