import { PyError } from '../errors';
import { PyDtype, PyNdArray, PySeqView, PyTuple, type PyObj } from '../types';

/** The dtype names the call language produces: NumPy's `np.dtype(x).name` on a 64-bit Linux build. */
export type DtypeName =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'float16'
  | 'float32'
  | 'float64';

/**
 * One table of the dtypes the tool knows: for each, the scalar-type attributes of `numpy`
 * (`np.uint8`, `np.ubyte`) and the strings `np.dtype(s)` accepts for it (`'u1'`, `'uint8'`, `'B'`,
 * with an optional byte-order mark `<`, `=`, `|`), as NumPy 2.4 reads them on x86-64 Linux
 * (`long` is 64-bit). `int`, `float`, `bool` (the Python types) map to int64, float64, bool.
 * Checked live against `np.dtype` by test/core/callLanguage.test.ts.
 */
export const DTYPES: Readonly<Record<DtypeName, { attrs: readonly string[]; strings: readonly string[] }>> = {
  bool: { attrs: ['bool', 'bool_'], strings: ['bool', 'b1', '?', 'bool_'] },
  int8: { attrs: ['int8', 'byte'], strings: ['int8', 'i1', 'b', 'byte'] },
  int16: { attrs: ['int16', 'short'], strings: ['int16', 'i2', 'h', 'short'] },
  int32: { attrs: ['int32', 'intc'], strings: ['int32', 'i4', 'i', 'intc'] },
  int64: {
    attrs: ['int64', 'int_', 'intp', 'long', 'longlong'],
    strings: ['int64', 'i8', 'l', 'q', 'p', 'int', 'int_', 'intp', 'long', 'longlong'],
  },
  uint8: { attrs: ['uint8', 'ubyte'], strings: ['uint8', 'u1', 'B', 'ubyte'] },
  uint16: { attrs: ['uint16', 'ushort'], strings: ['uint16', 'u2', 'H', 'ushort'] },
  uint32: { attrs: ['uint32', 'uintc'], strings: ['uint32', 'u4', 'I', 'uintc'] },
  uint64: {
    attrs: ['uint64', 'uint', 'uintp', 'ulong', 'ulonglong'],
    strings: ['uint64', 'u8', 'L', 'Q', 'P', 'uint', 'uintp', 'ulong', 'ulonglong'],
  },
  float16: { attrs: ['float16', 'half'], strings: ['float16', 'f2', 'e', 'half'] },
  float32: { attrs: ['float32', 'single'], strings: ['float32', 'f4', 'f', 'single'] },
  float64: { attrs: ['float64', 'double'], strings: ['float64', 'f8', 'd', 'double', 'float'] },
};

/** Python's builtin types as dtypes (`np.dtype(int)` is int64). */
export const PYTHON_TYPE_DTYPES: Readonly<Record<'int' | 'float' | 'bool', DtypeName>> = {
  int: 'int64',
  float: 'float64',
  bool: 'bool',
};

const BY_ATTR = new Map<string, DtypeName>();
const BY_STRING = new Map<string, DtypeName>();
for (const [name, { attrs, strings }] of Object.entries(DTYPES) as [DtypeName, (typeof DTYPES)[DtypeName]][]) {
  for (const a of attrs) BY_ATTR.set(a, name);
  for (const s of strings) BY_STRING.set(s, name);
}

/** The dtype of the attribute `np.<attr>` (`np.uint8`), or undefined when it is not a dtype the tool knows. */
export function dtypeOfAttr(attr: string): DtypeName | undefined {
  return BY_ATTR.get(attr);
}

/**
 * `np.dtype(s).name` for a dtype string (`'u1'`, `'<i8'`, `'float64'`), or undefined when NumPy
 * reads it as some other type (or not at all). A big-endian `>` is not a native dtype: undefined.
 */
export function dtypeOfString(s: string): DtypeName | undefined {
  const bare = /^[<=|]/.test(s) && s.length > 1 ? s.slice(1) : s;
  return BY_STRING.get(bare);
}

/** Whether a dtype holds integers (`np.issubdtype(d, np.integer)`). */
export function isIntegerDtype(name: string): boolean {
  return /^u?int\d+$/.test(name);
}

/** The range of an integer dtype, `[min, max]`. */
export function integerBounds(name: string): [bigint, bigint] {
  const bits = BigInt(/\d+$/.exec(name)![0]);
  return name.startsWith('u') ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

/**
 * A `dtype=` argument as NumPy's `np.dtype(x)` reads it, for the engines: a {@link PyDtype}
 * (`np.uint8`, `int`), a dtype string (`'u1'`, `'int64'`), or None (float64, as `np.dtype(None)`).
 * Anything else raises NumPy's TypeError (`data type 'foo' not understood`,
 * `Cannot interpret '5' as a data type`); a real dtype the tool does not model (`'U5'`, `'c16'`,
 * `'>i4'`) is "not supported by this tool".
 */
export function toDtype(v: PyObj): PyDtype {
  if (v instanceof PyDtype) return v;
  if (v === null) return new PyDtype('float64', 'None');
  if (typeof v === 'string') {
    const name = dtypeOfString(v);
    if (name) return new PyDtype(name, `np.dtype('${v}')`);
    if (/^[<>=|]?([biufcmMOSUV]\d*|[cgGFD]|complex\d*|str|bytes|object|datetime64.*|timedelta64.*|longdouble|float128|clongdouble)$/.test(v)) {
      throw new PyError('TypeError', `the dtype '${v}' is not supported by this tool`);
    }
    throw new PyError('TypeError', `data type '${v}' not understood`);
  }
  const shown =
    v instanceof PySeqView || v instanceof PyTuple || v instanceof PyNdArray || Array.isArray(v)
      ? undefined
      : typeof v === 'boolean'
        ? (v ? 'True' : 'False')
        : String(v);
  throw new PyError('TypeError', shown === undefined ? 'Cannot interpret this value as a data type' : `Cannot interpret '${shown}' as a data type`);
}
