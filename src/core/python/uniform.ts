import type { PyObj } from '../types';
import type { PythonRandom } from './PythonRandom';
import { pyAdd, pyMul, pySub } from './pyNum';

/**
 * `uniform(a, b)` (Lib/random.py): `a + (b - a) * random()` with Python's operators — `b - a` is
 * exact when both are ints, then meets the float; the result is always a float.
 */
export function uniform(r: PythonRandom, a: PyObj, b: PyObj): PyObj {
  const width = pySub(b, a);
  return pyAdd(a, pyMul(width, r.random()));
}
