import { pyTypeName } from '../call/bindArgs';
import { PyError } from '../errors';
import { reprString } from '../format/formatValue';
import type { PyObj } from '../types';
import type { PythonRandom } from './PythonRandom';
import { truncInt } from './pyMath';
import { floorDiv, intValue, isPyInt, pyAdd } from './pyNum';

/**
 * One `randrange` argument as CPython 3.11 converts it: `operator.index(v)` for ints and bools;
 * otherwise `int(v)` (a float truncates; a str is parsed), and if that int differs from `v` —
 * a float with a fraction, or any str — `ValueError: non-integer arg 1 for randrange()`
 * (`stop`, `step`). An integral float is accepted (3.11 only warns: DeprecationWarning).
 */
function rangeInt(v: PyObj, which: 'arg 1' | 'stop' | 'step'): bigint {
  if (isPyInt(v)) return intValue(v);
  const bad = () => new PyError('ValueError', `non-integer ${which} for randrange()`);
  if (typeof v === 'number') {
    const i = truncInt(v);
    if (Number(i) !== v) throw bad();
    return i;
  }
  if (typeof v === 'string') {
    parseIntLiteral(v); // int(v) may fail first, with its own message
    throw bad(); // an int never equals a str
  }
  throw new PyError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(v)}'`);
}

/** `int(s)` for a str in base 10: optional whitespace and sign, digits with single underscores. */
function parseIntLiteral(s: string): bigint {
  const m = /^\s*([+-]?)([0-9](?:_?[0-9])*)\s*$/.exec(s);
  if (!m) throw new PyError('ValueError', `invalid literal for int() with base 10: ${reprString(s)}`);
  const n = BigInt(m[2].replace(/_/g, ''));
  return m[1] === '-' ? -n : n;
}

/**
 * `randrange(start, stop=None, step=1)` (CPython 3.11 Lib/random.py): a random int from
 * `range(start, stop, step)` by `_randbelow` of the range's length. `step` given as the int 1
 * counts as omitted (CPython tests `step is _ONE`, and small ints are cached); `True` does not.
 * Errors: `empty range for randrange() (1, 1, 0)` (step 1), `empty range for randrange()`,
 * `zero step for randrange()`, `Missing a non-None stop argument`.
 */
export function randrange(r: PythonRandom, start: PyObj, stop: PyObj = null, step: PyObj = 1n): bigint {
  const istart = rangeInt(start, 'arg 1');
  if (stop === null) {
    if (step !== 1n) throw new PyError('TypeError', 'Missing a non-None stop argument');
    if (istart > 0n) return r.randbelow(istart);
    throw new PyError('ValueError', 'empty range for randrange()');
  }
  const istop = rangeInt(stop, 'stop');
  const width = istop - istart;
  const istep = rangeInt(step, 'step');
  if (istep === 1n) {
    if (width > 0n) return istart + r.randbelow(width);
    throw new PyError('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: bigint;
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else throw new PyError('ValueError', 'zero step for randrange()');
  if (n <= 0n) throw new PyError('ValueError', 'empty range for randrange()');
  return istart + istep * r.randbelow(n);
}

/** `randint(a, b)`: `randrange(a, b + 1)`, with `b + 1` evaluated by Python's `+` (so `randint(1, 2.5)` → `non-integer stop`). */
export function randint(r: PythonRandom, a: PyObj, b: PyObj): bigint {
  return randrange(r, a, pyAdd(b, 1n));
}
