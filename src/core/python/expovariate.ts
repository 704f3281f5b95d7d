import type { PythonRandom } from './PythonRandom';
import { fdiv, log } from './pyMath';

/**
 * `expovariate(lambd)` (Lib/random.py 3.11 — no default; 3.12 adds `lambd=1.0`):
 * `-log(1.0 - random()) / lambd`; lambd == 0 is `ZeroDivisionError: float division by zero`.
 * A negative lambd gives values in (-inf, 0].
 */
export function expovariate(r: PythonRandom, lambd: number): number {
  return fdiv(-log(1.0 - r.random()), lambd);
}
