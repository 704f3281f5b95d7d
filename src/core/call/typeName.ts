import { PyDtype, PyNdArray, PySeqView, PyTuple, type PyObj } from '../types';

/** Python's `type(v).__name__` for a value of the call language, as CPython's messages name it. */
export function typeName(v: PyObj): string {
  if (v === null) return 'NoneType';
  if (v instanceof PySeqView) return v.pyType;
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyNdArray) return 'numpy.ndarray';
  if (v instanceof PyDtype) {
    if (!v.written.startsWith('np.dtype(')) return 'type'; // np.uint8, int: classes
    const cap = v.name.replace(/^u?int|^float|^bool/, (m) => ({ uint: 'UInt', int: 'Int', float: 'Float', bool: 'Bool' })[m]!);
    return `numpy.dtypes.${cap}DType`; // np.dtype('u1'): an instance of numpy.dtypes.UInt8DType
  }
  if (Array.isArray(v)) return 'list';
  return { bigint: 'int', number: 'float', string: 'str', boolean: 'bool' }[typeof v as 'bigint'] ?? 'object';
}
