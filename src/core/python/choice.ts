import { PyError } from '../errors';
import type { PyObj } from '../types';
import type { PythonRandom } from './PythonRandom';
import { sized } from './pySeq';

/**
 * `choice(seq)` (CPython 3.11): `seq[_randbelow(len(seq))]`; an empty sequence is
 * `IndexError: Cannot choose from an empty sequence`. A str yields one character.
 */
export function choice(r: PythonRandom, seq: PyObj): PyObj {
  const s = sized(seq);
  if (s.items.length === 0) throw new PyError('IndexError', 'Cannot choose from an empty sequence');
  return s.items[r.randbelowSmall(s.items.length)];
}
