import { PyError } from '../errors';
import type { PyObj } from '../types';
import type { PythonRandom } from './PythonRandom';
import { sized } from './pySeq';

/**
 * `shuffle(x)` (CPython 3.11): for i from len(x) - 1 down to 1, swap x[i] with x[_randbelow(i + 1)].
 * Returns the shuffled elements (Python shuffles the list in place and returns None; the
 * reference reports `x` itself, so a one-item tuple comes back as that tuple). A tuple or
 * str of two or more items fails as in Python, at the first assignment:
 * `TypeError: 'tuple' object does not support item assignment`.
 */
export function shuffle(r: PythonRandom, x: PyObj): PyObj[] {
  const s = sized(x);
  const a = s.items.slice();
  for (let i = a.length - 1; i >= 1; i--) {
    const j = r.randbelowSmall(i + 1);
    if (s.kind !== 'list') throw new PyError('TypeError', `'${s.kind}' object does not support item assignment`);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  // A tuple or str of at most one item is left as it is; Python returns it unchanged.
  return s.kind === 'list' ? a : [x];
}
