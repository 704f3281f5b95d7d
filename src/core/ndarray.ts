import { PyError } from './errors';
import { reprFloat, reprString } from './format/formatValue';
import { PyNdArray, PyTuple, type PyObj } from './types';
import { INT64_MAX, INT64_MIN, UINT64_MAX } from './int64';

/** A NumPy array as far as `choice`/`permutation`/`permuted` need one: shape and C-order data. */
export interface NdArray {
  shape: number[];
  /** Elements in C order, already as Python scalars of the array's dtype (`.tolist()` values). */
  data: PyObj[];
}

type Kind = 'bool' | 'int64' | 'uint64' | 'float64' | 'str' | 'object';

const isSeq = (v: PyObj): v is PyObj[] | PyTuple => Array.isArray(v) || v instanceof PyTuple;
const items = (v: PyObj[] | PyTuple): PyObj[] => (v instanceof PyTuple ? v.items : v);

/**
 * `np.asarray(x)` for Python literals: the shape of nested lists/tuples (which must be
 * rectangular) and NumPy 2's dtype discovery, then each element converted as `.tolist()` would
 * give it back:
 * - bools only → bool; ints (and bools) → int64, or uint64 if some int needs it and none is
 *   negative; int64 with uint64 → float64; an int beyond uint64 → object;
 * - any float → float64 (ints converted with round-to-nearest, as Python's float(int));
 * - any str → str, the numbers stringified (`1`, `2.5`, `True`); None → object.
 * Ragged input raises NumPy's "inhomogeneous shape" ValueError.
 * A {@link PyNdArray} is returned as it is (its dtype kept); arrays nested in lists are read as
 * their `.tolist()` (so an empty nested array loses its inner dimensions and dtype: known gap).
 */
export function asArray(x: PyObj): NdArray {
  if (x instanceof PyNdArray) return x;
  const { shape, data } = discover(x);
  return { shape, data };
}

/** `np.asarray`'s discovery: the shape, the element kind, and the elements converted to it. */
function discover(x: PyObj): { shape: number[]; kind: ReturnType<typeof discoverKind>; data: PyObj[] } {
  x = unwrapArrays(x);
  const shape = discoverShape(x);
  const flat: PyObj[] = [];
  flatten(x, shape.length, flat);
  const kind = discoverKind(flat);
  return { shape, kind, data: flat.map((v) => convert(v, kind)) };
}

/**
 * {@link asArray} as a {@link PyNdArray}, with the dtype name NumPy discovers: `bool`, `int64`,
 * `uint64`, `float64`, `object`, or `str<bits>` for strings (`np.array(['ab', 'c']).dtype.name`
 * is `str64`: 32 bits per character of the longest).
 */
export function asPyNdArray(x: PyObj): PyNdArray {
  if (x instanceof PyNdArray) return x;
  const { shape, kind, data } = discover(x);
  const longest = kind === 'str' ? data.reduce<number>((m, v) => Math.max(m, [...(v as string)].length), 1) : 0;
  return PyNdArray.of(shape, kind === 'str' ? `str${32 * longest}` : kind, data);
}

/**
 * A value's regular nested shape without converting it (`[[1, 2], [3, 4]]` → [2, 2], an array its
 * shape, a scalar `[]`), or undefined when ragged — what {@link asArray} would give it, or refuse.
 */
export function nestedShape(v: PyObj): number[] | undefined {
  if (v instanceof PyNdArray) return v.shape;
  if (!isSeq(v)) return [];
  const list = items(v);
  if (list.length === 0) return [0];
  const first = nestedShape(list[0]);
  if (first === undefined) return undefined;
  for (let i = 1; i < list.length; i++) {
    const s = nestedShape(list[i]);
    if (s === undefined || s.length !== first.length || s.some((d, j) => d !== first[j])) return undefined;
  }
  return [list.length, ...first];
}

/** Nested {@link PyNdArray}s replaced by their `.tolist()` (a copy only where one occurs). */
function unwrapArrays(x: PyObj): PyObj {
  if (x instanceof PyNdArray) return x.toList();
  if (Array.isArray(x)) {
    const out = x.map(unwrapArrays);
    return out.some((v, i) => v !== x[i]) ? out : x;
  }
  if (x instanceof PyTuple) {
    const out = x.items.map(unwrapArrays);
    return out.some((v, i) => v !== x.items[i]) ? new PyTuple(out) : x;
  }
  return x;
}

function discoverShape(x: PyObj): number[] {
  const shape: number[] = [];
  let level: PyObj[] = [x];
  for (;;) {
    if (!level.every(isSeq)) {
      if (level.some(isSeq)) throw inhomogeneous(shape);
      return shape;
    }
    const lens = level.map((v) => items(v as PyObj[] | PyTuple).length);
    if (lens.some((n) => n !== lens[0])) throw inhomogeneous(shape);
    shape.push(lens[0]);
    const next: PyObj[] = [];
    for (const v of level) for (const item of items(v as PyObj[] | PyTuple)) next.push(item); // no spread: 10⁶ items would overflow the stack
    if (next.length === 0) return shape;
    level = next;
  }
}

function inhomogeneous(shape: number[]): PyError {
  const dims = shape.length;
  const tuple = dims === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  return new PyError(
    'ValueError',
    'setting an array element with a sequence. The requested array has an inhomogeneous shape after ' +
      `${dims} dimensions. The detected shape was ${tuple} + inhomogeneous part.`,
  );
}

function flatten(x: PyObj, depth: number, out: PyObj[]): void {
  if (depth === 0) {
    out.push(x);
    return;
  }
  for (const v of items(x as PyObj[] | PyTuple)) flatten(v, depth - 1, out);
}

function discoverKind(flat: PyObj[]): Kind {
  if (flat.length === 0) return 'float64';
  let hasBool = false;
  let hasInt64 = false;
  let hasUint64 = false;
  let hasFloat = false;
  let hasStr = false;
  for (const v of flat) {
    if (typeof v === 'boolean') hasBool = true;
    else if (typeof v === 'number') hasFloat = true;
    else if (typeof v === 'string') hasStr = true;
    else if (typeof v === 'bigint') {
      if (v >= INT64_MIN && v <= INT64_MAX) hasInt64 = true;
      else if (v > INT64_MAX && v <= UINT64_MAX) hasUint64 = true;
      else return 'object';
    } else return 'object';
  }
  if (hasStr) return 'str';
  if (hasFloat || (hasInt64 && hasUint64)) return 'float64';
  if (hasUint64) return 'uint64';
  if (hasInt64) return 'int64';
  return hasBool ? 'bool' : 'float64';
}

function convert(v: PyObj, kind: Kind): PyObj {
  switch (kind) {
    case 'object':
    case 'bool':
      return v;
    case 'int64':
    case 'uint64':
      return typeof v === 'boolean' ? BigInt(v) : v;
    case 'float64':
      return typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : v;
    case 'str':
      if (typeof v === 'number') return reprFloat(v);
      if (typeof v === 'boolean') return v ? 'True' : 'False';
      // A NumPy str array stores fixed-width UCS4 padded with NULs: trailing NULs are not kept.
      return typeof v === 'string' ? v.replace(/\0+$/, '') : String(v);
  }
}

/**
 * Python's `float(x)` of one element as `np.asarray(x, dtype=np.float64)` converts it: ints and
 * bools exactly as Python rounds them, None → NaN (NumPy's object-to-float cast), strings by
 * `float()`'s grammar (`' 1_0.5 '`, `'inf'`, `'nan'`), else `could not convert string to float`.
 */
export function toFloat64(v: PyObj): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  if (v === null) return NaN;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (/^[+-]?(\d(_?\d)*\.?(\d(_?\d)*)?|\.\d(_?\d)*)(e[+-]?\d(_?\d)*)?$/.test(t)) return Number(t.replace(/_/g, ''));
    if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(t)) return NaN;
    throw new PyError('ValueError', `could not convert string to float: ${reprString(v)}`);
  }
  throw new PyError('TypeError', `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

/** The Python type name of a value that is not a number (for {@link toFloat64}'s TypeError). */
function typeName(v: PyObj): string {
  return v instanceof PyTuple ? 'tuple' : Array.isArray(v) ? 'list' : v instanceof PyNdArray ? 'numpy.ndarray' : 'object';
}

/** `np.asarray(x, dtype=np.float64)`: the shape of `x` and its elements as doubles ({@link toFloat64}). */
export function asFloatArray(x: PyObj): { shape: number[]; data: Float64Array } {
  if (x instanceof PyNdArray) return { shape: x.shape, data: Float64Array.from(x.data, toFloat64) };
  x = unwrapArrays(x);
  const shape = discoverShape(x);
  const flat: PyObj[] = [];
  flatten(x, shape.length, flat); // each element converted by itself, not through a common dtype first
  return { shape, data: Float64Array.from(flat, toFloat64) };
}

/**
 * A float64 array parameter from a list/tuple/array argument (a distribution parameter NumPy
 * converts with `PyArray_FROM_OTF(x, NPY_DOUBLE)`): {@link asFloatArray} as a {@link PyNdArray}
 * (ragged input is NumPy's ValueError).
 */
export function floatArray(x: PyObj): PyNdArray {
  const a = asFloatArray(x);
  return new PyNdArray([...a.shape], 'float64', Array.from(a.data));
}
