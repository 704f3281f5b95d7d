import { PyError, typeError } from './errors';
import { PyDtype, PyNdArray, PyTuple, type PyObj } from './types';

/*
 * NumPy dtypes: ONE table of the dtypes the tool knows and every way a call can name them — the
 * `numpy` attributes (`np.uint8`), the words and type codes `np.dtype(s)` reads (`'uint8'`, `'u1'`,
 * `'B'`), as NumPy 2.4 reads them on x86-64 Linux (`long` is 64-bit) — and the readers built on it:
 * what `np.dtype(x)` makes of a spelling, and the refusals worded as NumPy's (`Unsupported dtype
 * dtype('float64') for randint`, `data type 'x' not understood`). Checked live against `np.dtype`
 * by test/core/callLanguage.test.ts.
 */

/** The dtypes the tool knows, by NumPy's `np.dtype(x).name`. */
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

/** One row of {@link DTYPES}. */
export interface DtypeRow {
  /** Bits of a value (1 for bool). */
  bits: 64 | 32 | 16 | 8 | 1;
  kind: 'bool' | 'int' | 'uint' | 'float';
  /** `numpy` attributes naming the scalar type (`np.uint8`, `np.ubyte`). */
  attrs: readonly string[];
  /** Words `np.dtype` reads (`'uint8'`, `'ubyte'`); no byte-order mark allowed. */
  words: readonly string[];
  /** Type codes `np.dtype` reads (`'u1'`, `'B'`), also after a byte-order mark `<`, `=`, `|`, `>`. */
  codes: readonly string[];
}

export const DTYPES: Readonly<Record<DtypeName, DtypeRow>> = {
  bool: { bits: 1, kind: 'bool', attrs: ['bool', 'bool_'], words: ['bool', 'bool_'], codes: ['b1', '?'] },
  int8: { bits: 8, kind: 'int', attrs: ['int8', 'byte'], words: ['int8', 'byte'], codes: ['i1', 'b'] },
  int16: { bits: 16, kind: 'int', attrs: ['int16', 'short'], words: ['int16', 'short'], codes: ['i2', 'h'] },
  int32: { bits: 32, kind: 'int', attrs: ['int32', 'intc'], words: ['int32', 'intc'], codes: ['i4', 'i'] },
  int64: {
    bits: 64,
    kind: 'int',
    attrs: ['int64', 'int_', 'intp', 'long', 'longlong'],
    words: ['int64', 'int', 'int_', 'intp', 'long', 'longlong'],
    codes: ['i8', 'l', 'q', 'p'],
  },
  uint8: { bits: 8, kind: 'uint', attrs: ['uint8', 'ubyte'], words: ['uint8', 'ubyte'], codes: ['u1', 'B'] },
  uint16: { bits: 16, kind: 'uint', attrs: ['uint16', 'ushort'], words: ['uint16', 'ushort'], codes: ['u2', 'H'] },
  uint32: { bits: 32, kind: 'uint', attrs: ['uint32', 'uintc'], words: ['uint32', 'uintc'], codes: ['u4', 'I'] },
  uint64: {
    bits: 64,
    kind: 'uint',
    attrs: ['uint64', 'uint', 'uintp', 'ulong', 'ulonglong'],
    words: ['uint64', 'uint', 'uintp', 'ulong', 'ulonglong'],
    codes: ['u8', 'L', 'Q', 'P'],
  },
  float16: { bits: 16, kind: 'float', attrs: ['float16', 'half'], words: ['float16', 'half'], codes: ['f2', 'e'] },
  float32: { bits: 32, kind: 'float', attrs: ['float32', 'single'], words: ['float32', 'single'], codes: ['f4', 'f'] },
  float64: { bits: 64, kind: 'float', attrs: ['float64', 'double'], words: ['float64', 'double', 'float'], codes: ['f8', 'd'] },
};

/** Python's builtin types as dtypes (`np.dtype(int)` is int64). */
export const PYTHON_TYPE_DTYPES: Readonly<Record<'int' | 'float' | 'bool', DtypeName>> = {
  int: 'int64',
  float: 'float64',
  bool: 'bool',
};

/** Other dtypes NumPy understands but no call here makes, by canonical name (for NumPy's messages). */
const OTHER: Record<string, string> = {
  complex: 'complex128', complex128: 'complex128', c16: 'complex128', D: 'complex128',
  complex64: 'complex64', c8: 'complex64', F: 'complex64',
  str: '<U0', U: '<U0', object: 'O', O: 'O',
};

/** A dtype spelling NumPy reads that the tool does not model (strings, complex, big-endian, dates…). */
const UNMODELLED = /^[<>=|]?(?:[SUV]\d*|[OgGFDca]|c8|c16|c32|f16|complex(?:64|128|256)?|str|bytes|object|void|datetime64(?:\[\w+\])?|timedelta64(?:\[\w+\])?|[Mm]8(?:\[\w+\])?|longdouble|clongdouble|float128|complex256)$/;

const BY_ATTR = new Map<string, DtypeName>();
const BY_STRING = new Map<string, DtypeName>();
const NON_NATIVE = new Set<string>(); // '>i8': valid, but big-endian
for (const [name, row] of Object.entries(DTYPES) as [DtypeName, DtypeRow][]) {
  for (const a of row.attrs) BY_ATTR.set(a, name);
  for (const w of row.words) BY_STRING.set(w, name);
  for (const c of row.codes) {
    for (const mark of ['', '<', '=', '|']) BY_STRING.set(mark + c, name);
    if (row.bits <= 8) BY_STRING.set('>' + c, name);
    else NON_NATIVE.add('>' + c);
  }
}

/** The dtype of the attribute `np.<attr>` (`np.uint8`), or undefined when it is not a dtype the tool knows. */
export function dtypeOfAttr(attr: string): DtypeName | undefined {
  return BY_ATTR.get(attr);
}

/**
 * `np.dtype(s).name` for a dtype string (`'u1'`, `'<i8'`, `'float64'`), or undefined when NumPy
 * reads it as some other type (or not at all). A big-endian `>i8` is not a native dtype: undefined.
 */
export function dtypeOfString(s: string): DtypeName | undefined {
  return BY_STRING.get(s);
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
 * A `dtype=` argument as NumPy's `np.dtype(x)` reads it: a {@link PyDtype} (`np.uint8`, `int`), a
 * dtype string (`'u1'`, `'int64'`), or None (float64, as `np.dtype(None)`). Anything else raises
 * NumPy's TypeError (`data type 'foo' not understood`, `Cannot interpret '5' as a data type`); a
 * real dtype the tool does not model (`'U5'`, `'c16'`, `'>i4'`) is "not supported by this tool".
 */
export function toDtype(v: PyObj): PyDtype {
  if (v instanceof PyDtype) return v;
  if (v === null) return new PyDtype('float64', 'None');
  if (typeof v === 'string') {
    const name = dtypeOfString(v);
    if (name) return new PyDtype(name, `np.dtype('${v}')`);
    if (NON_NATIVE.has(v) || UNMODELLED.test(v)) throw new PyError('TypeError', `the dtype '${v}' is not supported by this tool`);
    throw typeError(`data type '${v}' not understood`);
  }
  throw notADtype(v);
}

/** NumPy's TypeError for a value that is no dtype spelling (`np.dtype(5)`). */
function notADtype(v: PyObj): PyError {
  const shown =
    v instanceof PyTuple || v instanceof PyNdArray || Array.isArray(v)
      ? undefined
      : typeof v === 'boolean'
        ? v
          ? 'True'
          : 'False'
        : String(v);
  return typeError(shown === undefined ? 'Cannot interpret this value as a data type' : `Cannot interpret '${shown}' as a data type`);
}

/** `np.dtype(v).name` for a dtype the engines may be given, or NumPy's error for no dtype at all. */
function canonical(v: PyObj): string {
  if (v === null) return 'float64'; // np.dtype(None)
  if (v instanceof PyDtype) return v.name;
  if (typeof v !== 'string') throw notADtype(v);
  const name = dtypeOfString(v) ?? OTHER[v];
  if (name !== undefined) return name;
  if (NON_NATIVE.has(v)) throw new PyError('TypeError', `the dtype '${v}' is not supported by this tool`);
  throw typeError(`data type '${v}' not understood`);
}

/** NumPy's `str(np.dtype(s))` of a big-endian spelling: `'>d'` → `'>f8'`. */
function bigEndianName(s: string): string {
  const row = DTYPES[BY_STRING.get(s.slice(1))!];
  return `>${row.kind === 'float' ? 'f' : row.kind === 'int' ? 'i' : 'u'}${row.bits / 8}`;
}

/** An integer (or bool) dtype: NumPy's name, width and signedness. */
export interface IntDtype {
  name: string;
  bits: 64 | 32 | 16 | 8 | 1;
  signed: boolean;
}

/**
 * The integer dtype of `randint(..., dtype=...)` / `integers(..., dtype=...)`. None is int64
 * (`randint`'s default `int`, `np.dtype("long")` on Linux); any other dtype raises NumPy's
 * `Unsupported dtype dtype('float64') for <method>`.
 */
export function intDtype(v: PyObj, method = 'randint'): IntDtype {
  if (typeof v === 'string' && NON_NATIVE.has(v)) {
    // big-endian (`'>i8'`): Generator refuses it; legacy randint reads it as the native dtype
    // (NumPy 2.4 warns that it will refuse it too)
    if (method !== 'randint') throw new PyError('ValueError', 'Providing a dtype with a non-native byteorder is not supported. If you require platform-independent byteorder, call byteswap when required.');
    if (DTYPES[BY_STRING.get(v.slice(1))!].kind === 'float') throw typeError(`Unsupported dtype dtype('<${bigEndianName(v).slice(1)}') for randint`);
    v = v.slice(1);
  }
  const name = v === null && method === 'randint' ? 'int64' : canonical(v);
  const row = DTYPES[name as DtypeName] as DtypeRow | undefined;
  if (row && row.kind !== 'float') return { name, bits: row.bits, signed: row.kind === 'int' };
  throw typeError(`Unsupported dtype dtype('${name}') for ${method}`);
}

/** The float dtypes the Generator's float methods draw. */
export type FloatDtype = 'float64' | 'float32';

/**
 * The float dtype of Generator's `random`/`standard_normal`/`standard_exponential`/
 * `standard_gamma(..., dtype=...)`: float64 (also None) or float32; any other dtype raises
 * NumPy's `Unsupported dtype dtype('int64') for <method>`.
 */
export function floatDtype(v: PyObj, method: string): FloatDtype {
  if (typeof v === 'string' && NON_NATIVE.has(v)) throw typeError(`Unsupported dtype dtype('${bigEndianName(v)}') for ${method}`);
  const name = canonical(v);
  if (name === 'float64' || name === 'float32') return name;
  throw typeError(`Unsupported dtype dtype('${name}') for ${method}`);
}

/** Whether `v` names float32 (`'float32'`, `'f4'`, `np.float32`, …): such arrays print as NumPy prints float32. */
export function isFloat32Dtype(v: PyObj): boolean {
  return (v instanceof PyDtype ? v.name : typeof v === 'string' ? dtypeOfString(v) : undefined) === 'float32';
}
