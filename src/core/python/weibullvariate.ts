import type { PythonRandom } from './PythonRandom';
import { fdiv, fpow, log } from './pyMath';

/**
 * `weibullvariate(alpha, beta)` (Lib/random.py; alpha scale, beta shape):
 * `alpha * (-log(1.0 - random())) ** (1.0 / beta)`; beta == 0 → `ZeroDivisionError`.
 */
export function weibullvariate(r: PythonRandom, alpha: number, beta: number): number {
  const u = 1.0 - r.random();
  return alpha * fpow(-log(u), fdiv(1.0, beta));
}
