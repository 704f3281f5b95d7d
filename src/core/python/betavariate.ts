import type { PythonRandom } from './PythonRandom';
import { gammavariate } from './gammavariate';

/**
 * `betavariate(alpha, beta)` (Lib/random.py): y = gammavariate(alpha, 1.0); if y is non-zero,
 * `y / (y + gammavariate(beta, 1.0))`, else 0.0 (the second gamma is then not drawn).
 */
export function betavariate(r: PythonRandom, alpha: number, beta: number): number {
  const y = gammavariate(r, alpha, 1.0);
  if (y) return y / (y + gammavariate(r, beta, 1.0));
  return 0.0;
}
