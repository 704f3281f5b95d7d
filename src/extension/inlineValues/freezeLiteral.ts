import { repr } from '../../core/format/formatValue';
import { PyNdArray, type PyObj } from '../../core/types';

/**
 * The Python source that replaces a call by its value (**Freeze to literal**): `repr(x)` for
 * Python values and NumPy scalars (`x.item()`), `np.array([...])` for an array when the file
 * imports NumPy under `numpyName` (with `dtype=` when it is not the one NumPy infers from the list),
 * else the list. The comment names the call it came from.
 */
export function freezeLiteral(value: PyObj, numpyName: string | null): string {
  if (!(value instanceof PyNdArray)) return repr(value);
  const list = repr(value.toList());
  if (numpyName === null) return list;
  // the dtype NumPy infers from the list is written out only when it would differ
  const inferred = value.dtype === 'str' || value.dtype === 'object' || value.dtype === 'float64' || (value.size > 0 && (value.dtype === 'int64' || value.dtype === 'bool'));
  return `${numpyName}.array(${list}${inferred ? '' : `, dtype=${numpyName}.${value.dtype === 'bool' ? 'bool_' : value.dtype}`})`;
}

/** The end-of-line comment left by Freeze to literal. */
export function freezeComment(call: string): string {
  return `  # frozen: ${call.replace(/\s*\n\s*/g, ' ')}`;
}
