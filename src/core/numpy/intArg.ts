import { pyTypeName } from '../call/bindArgs';
import { PyError, typeError, valueError } from '../errors';
import { PyTuple, type PyObj } from '../types';
import { INT64_MAX, INT64_MIN } from '../int64';

/**
 * Python's `int(x)` for a scalar argument that NumPy converts to an integer (randint's
 * low/high via `int(np.asarray(x))`, binomial's n and hypergeometric's counts via Cython's
 * C-long conversion): ints and bools as they are, floats truncated toward zero, with CPython's
 * messages for NaN and infinities. Sequences are array parameters, which this tool does not
 * broadcast.
 */
export function pyInt(v: PyObj, name: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (Array.isArray(v) || v instanceof PyTuple) {
    throw valueError(`array-valued '${name}' is not supported here: give a single number`);
  }
  if (typeof v === 'string') {
    if (/^\s*[+-]?\d+(_\d+)*\s*$/.test(v)) return BigInt(v.trim().replace(/_/g, ''));
    throw valueError(`invalid literal for int() with base 10: '${v}'`);
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(v)}'`);
}

/** {@link pyInt}, then C `long` range (int64): beyond it CPython raises OverflowError. */
export function cLong(v: PyObj, name: string): bigint {
  if (typeof v === 'string') throw typeError('an integer is required'); // Cython's conversion, unlike int()
  const n = pyInt(v, name);
  if (n < INT64_MIN || n > INT64_MAX) throw new PyError('OverflowError', 'Python int too large to convert to C long');
  return n;
}
