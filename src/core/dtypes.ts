import { typeError } from './errors';
import type { PyObj } from './types';

/*
 * NumPy dtypes as the calls name them (`dtype='uint8'`, `'u1'`, `'int'`, `'bool'`, `'float32'`):
 * what `np.dtype(x)` makes of each spelling on 64-bit Linux, and the refusals worded as NumPy's
 * (`Unsupported dtype dtype('float64') for randint`, `data type 'x' not understood`).
 */

/** An integer (or bool) dtype: NumPy's name, width and signedness. */
export interface IntDtype {
  name: string;
  bits: 64 | 32 | 16 | 8 | 1;
  signed: boolean;
}

const INT_DTYPES: Record<string, IntDtype> = {};
function alias(dtype: IntDtype, ...names: string[]): void {
  for (const n of [dtype.name, ...names]) INT_DTYPES[n] = dtype;
}
alias({ name: 'int64', bits: 64, signed: true }, 'int', 'long', 'int_', 'intp', 'i8', 'l', 'q', 'p', 'longlong', '<i8', '=i8');
alias({ name: 'int32', bits: 32, signed: true }, 'i4', 'i', 'intc', '<i4', '=i4');
alias({ name: 'int16', bits: 16, signed: true }, 'i2', 'h', 'short', '<i2', '=i2');
alias({ name: 'int8', bits: 8, signed: true }, 'i1', 'b', 'byte', '|i1');
alias({ name: 'uint64', bits: 64, signed: false }, 'uint', 'ulong', 'uintp', 'u8', 'L', 'Q', 'P', 'ulonglong', '<u8', '=u8');
alias({ name: 'uint32', bits: 32, signed: false }, 'u4', 'I', 'uintc', '<u4', '=u4');
alias({ name: 'uint16', bits: 16, signed: false }, 'u2', 'H', 'ushort', '<u2', '=u2');
alias({ name: 'uint8', bits: 8, signed: false }, 'u1', 'B', 'ubyte', '|u1');
alias({ name: 'bool', bits: 1, signed: false }, '?', 'b1', 'bool_', '|b1');

/** The float dtypes the Generator's float methods draw. */
export type FloatDtype = 'float64' | 'float32';

const FLOAT_DTYPES: Record<string, FloatDtype> = {
  float: 'float64', float64: 'float64', f8: 'float64', d: 'float64', double: 'float64', '<f8': 'float64', '=f8': 'float64',
  float32: 'float32', f4: 'float32', f: 'float32', single: 'float32', '<f4': 'float32', '=f4': 'float32',
};

/** Other dtypes NumPy understands but no call here draws, by canonical name. */
const OTHER: Record<string, string> = {
  float16: 'float16', f2: 'float16', e: 'float16', half: 'float16',
  complex: 'complex128', complex128: 'complex128', c16: 'complex128', D: 'complex128',
  complex64: 'complex64', c8: 'complex64', F: 'complex64',
  str: '<U0', U: '<U0', object: 'O', O: 'O',
};

/** `np.dtype(v).name` for a dtype spelling, or throws NumPy's error for an unknown one. */
function canonical(v: PyObj): string {
  if (typeof v !== 'string') throw typeError(`Cannot interpret '${String(v)}' as a data type`);
  const name = INT_DTYPES[v]?.name ?? FLOAT_DTYPES[v] ?? OTHER[v];
  if (name === undefined) throw typeError(`data type '${v}' not understood`);
  return name;
}

/**
 * The integer dtype of `randint(..., dtype=...)` / `integers(..., dtype=...)`. None is int64
 * (`randint`'s default `int`, `np.dtype("long")` on Linux); any other dtype raises NumPy's
 * `Unsupported dtype dtype('float64') for <method>`.
 */
export function intDtype(v: PyObj, method = 'randint'): IntDtype {
  if (v === null && method === 'randint') return INT_DTYPES.int64;
  const name = v === null ? 'float64' : canonical(v); // np.dtype(None) is float64
  const d = typeof v === 'string' ? INT_DTYPES[v] : undefined;
  if (d) return d;
  throw typeError(`Unsupported dtype dtype('${name}') for ${method}`);
}

/**
 * The float dtype of Generator's `random`/`standard_normal`/`standard_exponential`/
 * `standard_gamma(..., dtype=...)`: float64 (also None) or float32; any other dtype raises
 * NumPy's `Unsupported dtype dtype('int64') for <method>`.
 */
export function floatDtype(v: PyObj, method: string): FloatDtype {
  if (v === null) return 'float64';
  const name = canonical(v);
  if (name === 'float64' || name === 'float32') return name;
  throw typeError(`Unsupported dtype dtype('${name}') for ${method}`);
}

/** Whether `v` spells float32 (`'float32'`, `'f4'`, `'single'`, …): such arrays print as NumPy prints float32. */
export function isFloat32Dtype(v: PyObj): boolean {
  return typeof v === 'string' && FLOAT_DTYPES[v] === 'float32';
}
