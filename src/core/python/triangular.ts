import { PyError } from '../errors';
import type { PyObj } from '../types';
import type { PythonRandom } from './PythonRandom';
import { sqrt } from './pyMath';
import { pyAdd, pyMul, pySub, pyTrueDiv } from './pyNum';

/**
 * `triangular(low=0.0, high=1.0, mode=None)` (Lib/random.py): u = random(), c = 0.5 or
 * (mode - low) / (high - low); if u > c, reflect (u, c, low, high) → (1 - u, 1 - c, high, low);
 * return `low + (high - low) * sqrt(u * c)`. A ZeroDivisionError in c (low == high with a mode)
 * returns `low` itself — so `triangular(1, 1, 1)` is the int `1`, kept on purpose.
 */
export function triangular(r: PythonRandom, low: PyObj, high: PyObj, mode: PyObj): PyObj {
  let u = r.random();
  let c: number;
  if (mode === null) {
    c = 0.5;
  } else {
    try {
      c = pyTrueDiv(pySub(mode, low), pySub(high, low));
    } catch (e) {
      if (e instanceof PyError && e.type === 'ZeroDivisionError') return low;
      throw e;
    }
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [low, high] = [high, low];
  }
  return pyAdd(low, pyMul(pySub(high, low), sqrt(u * c)));
}
