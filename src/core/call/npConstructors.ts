import { PyError } from '../errors';
import { reprFloat } from '../format/formatValue';
import { asPyNdArray } from '../ndarray';
import { intTrueDiv, isPyInt, intValue, toFloat } from '../python/pyNum';
import { PyDtype, PyNdArray, PySeqView, PyTuple, type PyObj } from '../types';
import { integerBounds, isIntegerDtype, toDtype } from '../dtypes';
import { checkSize, MAX_ELEMENTS } from './limits';
import { typeName } from './typeName';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** A NumPy function's parameters in order: a name, and its default when it is optional. */
type Params = readonly (readonly [string] | readonly [string, PyObj])[];

/**
 * The NumPy functions of the call language that build constant arrays, each with its
 * parameters (the ones the tool models; others of NumPy's are refused by name) and its
 * implementation. `np.dtype` gives a {@link PyDtype}.
 */
export const NUMPY_FUNCTIONS: Readonly<Record<string, { params: Params; other: readonly string[]; run: (a: Record<string, PyObj>) => PyObj }>> = {
  arange: { params: [['start'], ['stop', null], ['step', null], ['dtype', null]], other: ['device', 'like'], run: arange },
  linspace: {
    params: [['start'], ['stop'], ['num', 50n], ['endpoint', true], ['retstep', false], ['dtype', null], ['axis', 0n]],
    other: ['device'],
    run: linspace,
  },
  ones: { params: [['shape'], ['dtype', null]], other: ['order', 'device', 'like'], run: (a) => filled(a.shape, a.dtype, 1n) },
  zeros: { params: [['shape'], ['dtype', null]], other: ['order', 'device', 'like'], run: (a) => filled(a.shape, a.dtype, 0n) },
  full: {
    params: [['shape'], ['fill_value'], ['dtype', null]],
    other: ['order', 'device', 'like'],
    run: (a) => filled(a.shape, a.dtype, a.fill_value),
  },
  eye: { params: [['N'], ['M', null], ['k', 0n], ['dtype', null]], other: ['order', 'device', 'like'], run: eye },
  array: { params: [['object'], ['dtype', null]], other: ['copy', 'order', 'subok', 'ndmin', 'like'], run: array },
  dtype: { params: [['dtype']], other: ['align', 'copy', 'metadata'], run: (a) => dtypeCall(a.dtype) },
};

/** Bind `np.<name>(…)` arguments to its parameters with Python's rules and messages; then run it. */
export function callNumpy(name: string, args: PyObj[], kwargs: [string, PyObj][]): PyObj {
  const fn = NUMPY_FUNCTIONS[name];
  const bound: Record<string, PyObj> = {};
  if (args.length > fn.params.length) {
    const required = fn.params.filter((p) => p.length === 1).length;
    const takes = required === fn.params.length ? `${required}` : `from ${required} to ${fn.params.length}`;
    throw new PyError('TypeError', `${name}() takes ${takes} positional argument${fn.params.length === 1 ? '' : 's'} but ${args.length} were given`);
  }
  args.forEach((v, i) => (bound[fn.params[i][0]] = v));
  for (const [k, v] of kwargs) {
    if (fn.other.includes(k)) throw new PyError('TypeError', `the argument ${k}= of np.${name} is not supported by this tool`);
    if (!fn.params.some((p) => p[0] === k)) throw new PyError('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
    if (k in bound) throw new PyError('TypeError', `${name}() got multiple values for argument '${k}'`);
    bound[k] = v;
  }
  for (const p of fn.params) {
    if (p[0] in bound) continue;
    if (p.length === 1) throw new PyError('TypeError', `${name}() missing 1 required positional argument: '${p[0]}'`);
    bound[p[0]] = p[1];
  }
  return fn.run(bound);
}

/** `np.dtype(x)`. */
function dtypeCall(v: PyObj): PyDtype {
  const d = toDtype(v);
  return new PyDtype(d.name, `np.dtype(${typeof v === 'string' ? `'${v}'` : d.written})`);
}

/** A dtype argument (None → `fallback`), refusing the ones whose casts the tool does not model. */
function dtypeArg(v: PyObj, fallback: string): string {
  const name = v === null ? fallback : toDtype(v).name;
  if (name === 'float16') throw new PyError('TypeError', 'float16 arrays are not supported by this tool');
  return name;
}

/**
 * One Python scalar stored in an array of `dtype`, as `a[i] = v` does: ints are range-checked
 * (`OverflowError: Python integer 300 out of bounds for uint8`), floats stored in an int array are
 * truncated toward zero (then range-checked), float32 rounds to nearest, bool is `v != 0`.
 */
export function castScalar(v: PyObj, dtype: string): PyObj {
  if (typeof v !== 'bigint' && typeof v !== 'number' && typeof v !== 'boolean') {
    throw new PyError('TypeError', `a ${typeName(v)} element in a ${dtype} array is not supported by this tool`);
  }
  if (dtype === 'bool') return typeof v === 'boolean' ? v : typeof v === 'bigint' ? v !== 0n : v !== 0;
  if (dtype === 'float64') return toFloat(v);
  if (dtype === 'float32') return Math.fround(toFloat(v));
  if (isIntegerDtype(dtype)) {
    let n: bigint;
    if (typeof v === 'number') {
      if (v !== v) throw new PyError('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(v)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
      n = BigInt(Math.trunc(v));
    } else {
      n = intValue(v);
    }
    if (n < INT64_MIN || n > UINT64_MAX || (n > INT64_MAX && dtype !== 'uint64')) {
      throw new PyError('OverflowError', 'Python int too large to convert to C long');
    }
    const [lo, hi] = integerBounds(dtype);
    if (n < lo || n > hi) throw new PyError('OverflowError', `Python integer ${n} out of bounds for ${dtype}`);
    return n;
  }
  throw new PyError('TypeError', `${dtype} arrays are not supported by this tool`);
}

/** Wrap an int into an integer dtype's range (two's complement), as C integer stores do. */
function wrapInt(n: bigint, dtype: string): bigint {
  const bits = BigInt(/\d+$/.exec(dtype)![0]);
  return dtype.startsWith('u') ? BigInt.asUintN(Number(bits), n) : BigInt.asIntN(Number(bits), n);
}

/** The `shape` argument: an int or a sequence of ints (NumPy's messages), its size within the limit. */
function shapeArg(v: PyObj): number[] {
  if (typeof v === 'number') throw new PyError('TypeError', `expected a sequence of integers or a single integer, got '${reprFloat(v)}'`);
  const dims = isPyInt(v) ? [v] : v instanceof PyTuple || Array.isArray(v) ? (v instanceof PyTuple ? v.items : v) : undefined;
  if (dims === undefined) throw new PyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  const shape: number[] = [];
  let size = 1;
  for (const d of dims) {
    if (!isPyInt(d)) throw new PyError('TypeError', `'${typeName(d)}' object cannot be interpreted as an integer`);
    const n = intValue(d);
    if (n < 0n) throw new PyError('ValueError', 'negative dimensions are not allowed');
    if (n > BigInt(MAX_ELEMENTS)) checkSize(null, Number(n));
    shape.push(Number(n));
    size *= Number(n);
  }
  checkSize(null, size);
  return shape;
}

/** `np.ones`/`np.zeros`/`np.full`: every element `fill` stored as `dtype` (None → float64 for ones/zeros, `np.array(fill).dtype` for full). */
function filled(shapeValue: PyObj, dtypeValue: PyObj, fill: PyObj): PyNdArray {
  const shape = shapeArg(shapeValue);
  let dtype: string;
  if (dtypeValue !== null) dtype = dtypeArg(dtypeValue, 'float64');
  else if (fill === 1n || fill === 0n) dtype = 'float64';
  else if (typeof fill === 'string') dtype = `str${32 * [...fill].length}`;
  else if (typeof fill === 'bigint' || typeof fill === 'number' || typeof fill === 'boolean') dtype = asPyNdArray(fill).dtype;
  else throw new PyError('TypeError', `np.full with a ${typeName(fill)} fill value is not supported by this tool`);
  const value = typeof fill === 'string' && dtypeValue === null ? fill : castScalar(fill, dtype);
  const size = shape.reduce((a, b) => a * b, 1);
  return PyNdArray.of(shape, dtype, new Array<PyObj>(size).fill(value));
}

/** `np.eye(N, M, k, dtype)`: ones on the k-th diagonal of an N×M array. */
function eye(a: Record<string, PyObj>): PyNdArray {
  const n = indexArg(a.N);
  const m = a.M === null ? n : indexArg(a.M);
  const k = indexArg(a.k);
  const dtype = dtypeArg(a.dtype, 'float64');
  if (n < 0 || m < 0) throw new PyError('ValueError', 'negative dimensions are not allowed');
  checkSize(null, n * m);
  const zero = castScalar(0n, dtype);
  const one = castScalar(1n, dtype);
  const data = new Array<PyObj>(n * m).fill(zero);
  for (let i = Math.max(0, -k); i < n && i + k < m; i++) data[i * m + i + k] = one;
  return PyNdArray.of([n, m], dtype, data);
}

function indexArg(v: PyObj): number {
  if (!isPyInt(v)) throw new PyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = intValue(v);
  if (n > BigInt(MAX_ELEMENTS) || n < -BigInt(MAX_ELEMENTS)) checkSize(null, Math.abs(Number(n)));
  return Number(n);
}

/** `np.array(object, dtype)`: NumPy's shape and dtype discovery (see {@link asPyNdArray}), then the cast. */
function array(a: Record<string, PyObj>): PyNdArray {
  const obj = a.object;
  if (obj instanceof PySeqView && obj.pyType !== 'range') {
    throw new PyError('TypeError', `np.array of a ${obj.pyType} (a 0-d ${obj.pyType === 'bytes' ? 'bytes' : 'object'} array) is not supported by this tool`);
  }
  const arr = asPyNdArray(obj);
  if (arr.dtype === 'object') throw new PyError('TypeError', 'object arrays (ints beyond uint64, None, mixed values) are not supported by this tool');
  if (a.dtype === null) return arr;
  const dtype = dtypeArg(a.dtype, 'float64');
  return PyNdArray.of(arr.shape, dtype, arr.data.map((v) => castScalar(v, dtype)));
}


/**
 * `np.arange([start,] stop[, step], dtype=None)` as NumPy 2.4's `PyArray_ArangeObj`: the length is
 * `ceil((stop - start) / step)` computed on the Python values (exact int subtraction, int true
 * division correctly rounded); element 0 is `start` and element 1 is `start + step`, each stored
 * as the dtype; the rest are filled as the dtype's `fill` does: `first + i * (second - first)` in
 * the dtype's arithmetic (doubles, float32 rounding each operation, ints wrapping). With no
 * dtype: float64 when any argument is a float, else int64.
 */
function arange(a: Record<string, PyObj>): PyNdArray {
  let { start, stop } = a;
  const step = a.step === null ? 1n : a.step;
  if (stop === null) {
    if (start === null) throw new PyError('TypeError', 'arange() requires stop to be specified.');
    [start, stop] = [0n, start];
  }
  const nums = [start, stop, step];
  for (const v of nums) {
    if (typeof v !== 'bigint' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new PyError('TypeError', `np.arange with a ${typeName(v)} argument is not supported by this tool`);
    }
    if (typeof v === 'bigint' && (v < INT64_MIN || v > INT64_MAX)) {
      throw new PyError('ValueError', 'np.arange with ints outside int64 is not supported by this tool');
    }
  }
  const isFloat = nums.some((v) => typeof v === 'number');
  const dtype = a.dtype === null ? (isFloat ? 'float64' : 'int64') : dtypeArg(a.dtype, 'float64');
  if (dtype === 'bool') throw new PyError('TypeError', 'np.arange with dtype=bool is not supported by this tool');
  const s = start as bigint | number | boolean;
  const e = stop as bigint | number | boolean;
  const st = step as bigint | number | boolean;
  let ratio: number;
  if (isPyInt(s) && isPyInt(e) && isPyInt(st)) {
    ratio = intTrueDiv(intValue(e) - intValue(s), intValue(st));
  } else {
    const d = toFloat(st);
    if (d === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
    ratio = (toFloat(e) - toFloat(s)) / d;
  }
  const ceil = Math.ceil(ratio);
  if (ceil !== ceil) throw new PyError('ValueError', 'arange: cannot compute length');
  checkSize(null, ceil);
  if (ceil > 2 ** 63 || ceil < -(2 ** 63)) throw new PyError('OverflowError', 'arange: overflow while computing length');
  const length = Math.max(0, ceil);
  checkSize(null, length);
  if (length === 0) return PyNdArray.of([0], dtype, []);
  const next = isPyInt(s) && isPyInt(st) ? intValue(s) + intValue(st) : toFloat(s) + toFloat(st);
  const first = castScalar(s, dtype);
  if (length === 1) return PyNdArray.of([1], dtype, [first]);
  const second = castScalar(next, dtype);
  const data: PyObj[] = [first, second];
  if (typeof first === 'bigint') {
    const delta = (second as bigint) - first;
    for (let i = 2; i < length; i++) data.push(wrapInt(first + BigInt(i) * delta, dtype));
  } else if (dtype === 'float32') {
    const f = first as number;
    const delta = Math.fround((second as number) - f);
    for (let i = 2; i < length; i++) data.push(Math.fround(f + Math.fround(Math.fround(i) * delta)));
  } else {
    const f = first as number;
    const delta = (second as number) - f;
    for (let i = 2; i < length; i++) data.push(f + i * delta);
  }
  return PyNdArray.of([length], dtype, data);
}

/**
 * `np.linspace(start, stop, num=50, endpoint=True, dtype=None)` for scalar ends, as NumPy 2.4's
 * `function_base.linspace`: y = arange(num) as float64; div = num - 1 (or num without the
 * endpoint); step = (stop - start) / div; y *= step (or, when step is 0, y /= div then y *= delta;
 * when div is 0, y *= delta); y += start; the last element is set to stop with the endpoint; an
 * integer dtype floors before the cast.
 */
function linspace(a: Record<string, PyObj>): PyNdArray {
  if (!isPyInt(a.num)) throw new PyError('TypeError', `'${typeName(a.num)}' object cannot be interpreted as an integer`);
  const numBig = intValue(a.num);
  if (numBig < 0n) throw new PyError('ValueError', `Number of samples, ${numBig}, must be non-negative.`);
  checkSize(null, Number(numBig));
  const num = Number(numBig);
  if (a.retstep !== false) throw new PyError('TypeError', 'np.linspace with retstep=True is not supported by this tool');
  if (a.axis !== 0n) throw new PyError('TypeError', 'the argument axis= of np.linspace is not supported by this tool');
  for (const v of [a.start, a.stop]) {
    if (typeof v !== 'bigint' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new PyError('TypeError', `np.linspace with a ${typeName(v)} start or stop is not supported by this tool`);
    }
  }
  const start = toFloat(a.start as bigint | number | boolean);
  const stop = toFloat(a.stop as bigint | number | boolean);
  const endpoint = a.endpoint === true || (typeof a.endpoint === 'bigint' && a.endpoint !== 0n) || (typeof a.endpoint === 'number' && a.endpoint !== 0);
  const dtype = dtypeArg(a.dtype, 'float64');
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const y: number[] = [];
  for (let i = 0; i < num; i++) y.push(i);
  if (div > 0) {
    const step = delta / div;
    for (let i = 0; i < num; i++) y[i] = step === 0 ? (y[i] / div) * delta : y[i] * step;
  } else {
    for (let i = 0; i < num; i++) y[i] = y[i] * delta;
  }
  for (let i = 0; i < num; i++) y[i] += start;
  if (endpoint && num > 1) y[num - 1] = stop;
  const integer = isIntegerDtype(dtype);
  return PyNdArray.of([num], dtype, y.map((v) => castScalar(integer ? Math.floor(v) : v, dtype)));
}
