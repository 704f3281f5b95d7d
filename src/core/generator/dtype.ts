import { PyError } from '../errors';
import { PyDtype, type PyObj } from '../types';

/** Spellings NumPy reads as the default dtypes (`np.dtype(x)`), as they can be typed as literals. */
const ALIASES: Record<'float64' | 'int64', ReadonlySet<string>> = {
  float64: new Set(['float64', 'f8', '<f8', '=f8', 'float', 'd', 'double']),
  int64: new Set(['int64', 'i8', '<i8', '=i8', 'int', 'l', 'q', 'long', 'longlong', 'intp', 'p']),
};

/**
 * The `dtype=` argument of `random`/`standard_normal`/`standard_exponential`/`standard_gamma`
 * (float64) and `integers` (int64). Only the default dtype is modelled: it may be given as a
 * string such as `'float64'` (or None for float64, as `np.dtype(None)` is float64); any other
 * dtype is refused rather than silently drawn with another algorithm.
 */
export function checkDtype(dtype: PyObj, expected: 'float64' | 'int64', method: string): void {
  if (dtype === null && expected === 'float64') return;
  if (typeof dtype === 'string' && ALIASES[expected].has(dtype)) return;
  if (dtype instanceof PyDtype && dtype.name === expected) return; // np.float64, float, np.dtype('f8')
  throw new PyError('TypeError', `only the default dtype (np.${expected}) is supported for ${method} here`);
}
