import { PyError } from '../errors';
import { pyTypeName } from '../call/bindArgs';
import { reprString } from '../format/formatValue';
import type { PyObj } from '../types';
import { INT64_MAX, INT64_MIN } from '../int64';

/** Python's `int(v)` for a float: truncation, with Python's errors for NaN and infinities. */
function floatToInt(v: number): bigint {
  if (v !== v) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(v));
}

/**
 * Python's `int(x)` on a scalar — what `Generator.integers` applies to `low`/`high`
 * (`int(np.asarray(low))`): ints and bools as they are, floats truncated, decimal strings parsed
 * (surrounding whitespace and digit-separating underscores allowed), anything else a TypeError
 * worded as Python's.
 */
export function pyInt(v: PyObj): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') return floatToInt(v);
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^[+-]?[0-9](_?[0-9])*$/.test(t)) return BigInt(t.replace(/_/g, ''));
    throw new PyError('ValueError', `invalid literal for int() with base 10: ${reprString(v)}`);
  }
  throw new PyError(
    'TypeError',
    `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(v)}'`,
  );
}

/**
 * Cython's conversion of a Python object to `int64_t` (`<int64_t>n` in `Generator.binomial` and
 * `hypergeometric`): ints and bools exactly, floats truncated, strings refused, and
 * `OverflowError: Python int too large to convert to C long` outside int64.
 */
export function cInt64(v: PyObj): bigint {
  if (typeof v === 'string') throw new PyError('TypeError', 'an integer is required');
  const n = pyInt(v);
  if (n < INT64_MIN || n > INT64_MAX) throw new PyError('OverflowError', 'Python int too large to convert to C long');
  return n;
}
