import { PyError } from '../errors';
import { reprString } from '../format/formatValue';
import { truncInt } from '../python/pyMath';
import { intValue, isPyInt } from '../python/pyNum';
import { PyBytes, PyDtype, PyNdArray, PySeqView, PyTuple, type PyObj } from '../types';
import type { Expr } from './callSyntax';
import { ACCEPTED_OPERATORS } from './callSyntax';
import { dtypeOfAttr, PYTHON_TYPE_DTYPES } from '../dtypes';
import { checkInt, checkSize, MAX_ELEMENTS, weight } from './limits';
import { callNumpy, NUMPY_FUNCTIONS } from './npConstructors';
import { binaryOp, ComplexRefusal, unaryOp } from './pyOps';
import { typeName } from './typeName';

/** A function of the language, not yet called (`range`, `np.arange`). */
class Builtin {
  constructor(readonly name: string) {}
}

/** A module of the language (`np`, `math`, `string`). */
class Module {
  constructor(readonly name: 'np' | 'math' | 'string') {}
}

/** `range(start, stop, step)`, kept lazy so that `len(range(10**18))` costs nothing. */
class Range {
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {}
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n ? start >= stop : start <= stop) return 0n;
    return step > 0n ? (stop - start - 1n) / step + 1n : (start - stop - 1n) / -step + 1n;
  }
}

type Val = PyObj | Builtin | Module | Range;

/** `string` module constants (CPython 3.11 Lib/string.py). */
const ASCII_LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ASCII_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const WHITESPACE = ' \t\n\r\x0b\x0c';

/**
 * The one table of names the call language knows: module constants, Python builtins and NumPy
 * functions (their implementations in {@link NUMPY_FUNCTIONS}). docs/CALLS.md lists the same.
 */
export const MODULE_CONSTANTS: Readonly<Record<'math' | 'np' | 'string', Readonly<Record<string, PyObj>>>> = {
  math: { pi: Math.PI, e: Math.E, tau: 2 * Math.PI, inf: Infinity, nan: NaN },
  np: { pi: Math.PI, e: Math.E, inf: Infinity, nan: NaN },
  string: {
    ascii_lowercase: ASCII_LOWER,
    ascii_uppercase: ASCII_UPPER,
    ascii_letters: ASCII_LOWER + ASCII_UPPER,
    digits: DIGITS,
    hexdigits: DIGITS + 'abcdefABCDEF',
    octdigits: '01234567',
    punctuation: PUNCTUATION,
    whitespace: WHITESPACE,
    printable: DIGITS + ASCII_LOWER + ASCII_UPPER + PUNCTUATION + WHITESPACE,
  },
};

/** Python builtins the language calls; `int`, `float`, `bool` are also dtype values. */
export const BUILTIN_FUNCTIONS = ['range', 'list', 'tuple', 'len', 'int', 'float', 'bool'] as const;

/** Module names as written (`numpy` is `np`). */
const MODULES: Readonly<Record<string, 'np' | 'math' | 'string'>> = { np: 'np', numpy: 'np', math: 'math', string: 'string' };

/** What the language accepts, listed in messages about a name it does not know. */
export const ACCEPTED_NAMES =
  'range, list, tuple, len, int, float, bool, string.<constant>, math.pi/e/tau/inf/nan, np.pi/e/inf/nan, ' +
  `np.${Object.keys(NUMPY_FUNCTIONS).join('/')} and NumPy dtypes (np.int8 … np.float64)`;

const notSupported = (what: string) =>
  new PyError('ValueError', `${what} is not supported in the call language; it accepts literals, ${ACCEPTED_OPERATORS}, ${ACCEPTED_NAMES} (docs/CALLS.md)`);

/** Names used by an expression's source that copied code must import (`np`, `math`, `string`). */
export function modulesUsed(e: Expr, out = new Set<string>()): Set<string> {
  switch (e.kind) {
    case 'name':
      if (e.id in MODULES) out.add(e.id);
      break;
    case 'attr':
      modulesUsed(e.object, out);
      break;
    case 'call':
      modulesUsed(e.fn, out);
      for (const a of e.args) modulesUsed(a, out);
      for (const k of e.kwargs) modulesUsed(k.value, out);
      break;
    case 'unary':
      modulesUsed(e.operand, out);
      break;
    case 'binary':
      modulesUsed(e.left, out);
      modulesUsed(e.right, out);
      break;
    case 'list':
    case 'tuple':
    case 'set':
      for (const a of e.items) modulesUsed(a, out);
      break;
    case 'dict':
      for (const a of [...e.keys, ...e.values]) modulesUsed(a, out);
      break;
  }
  return out;
}

/**
 * The value of an expression of the call language, computed with Python 3.11's and NumPy 2.4's
 * rules without `eval`: every name is looked up in the tables above, every operation is
 * {@link binaryOp}/{@link unaryOp}, every result is bounded ({@link ./limits}). Throws only
 * `PyError`.
 */
export function evalExpr(e: Expr): PyObj {
  return toValue(evaluate(e), e);
}

function evaluate(e: Expr): Val {
  switch (e.kind) {
    case 'int':
      return checkInt(e.value);
    case 'float':
    case 'str':
    case 'const':
      return e.value;
    case 'bytes':
      return new PyBytes(Uint8Array.from(e.value));
    case 'name':
      return lookupName(e.id);
    case 'attr':
      return lookupAttr(evaluate(e.object), e.attr, e);
    case 'unary': {
      const v = held(() => toValue(evaluate(e.operand), e.operand));
      if (!(v instanceof ComplexRefusal)) return unaryOp(e.op, v);
      if (v.stand !== undefined) unaryOp(e.op, v.stand); // `-[z]`: Python's TypeError for the list
      throw v; // -z of a complex z is complex
    }
    case 'binary': {
      const left = held(() => toValue(evaluate(e.left), e.left));
      const right = held(() => toValue(evaluate(e.right), e.right));
      const refusals = [left, right].filter((x): x is ComplexRefusal => x instanceof ComplexRefusal);
      if (refusals.length === 0) return binaryOp(e.op, left as PyObj, right as PyObj);
      const scalar = refusals.find((r) => r.stand === undefined);
      if (scalar) {
        // complex + - * / ** a number give a complex number in Python; with // or %, or with a str or a
        // list, Python raises its TypeError there (naming 'complex')
        const other = scalar === left ? right : left;
        const numeric = other instanceof ComplexRefusal ? other.stand === undefined : typeof other === 'number' || typeof other === 'bigint' || typeof other === 'boolean';
        if (numeric && COMPLEX_RESULT_OPS.has(e.op)) throw scalar;
        throw new PyError('TypeError', `unsupported operand type(s) for ${e.op}: ${scalar.message}`);
      }
      // a container holding a complex number: the operation on the container, as Python does it (its TypeErrors)
      const standIn = (x: PyObj | ComplexRefusal) => (x instanceof ComplexRefusal ? x.standIn() : x);
      throw new ComplexRefusal(refusals[0].message, binaryOp(e.op, standIn(left), standIn(right)));
    }
    case 'list':
    case 'tuple': {
      const items: PyObj[] = [];
      let size = 1;
      let refusal: ComplexRefusal | undefined;
      for (const x of e.items) {
        const v = held(() => evalExpr(x));
        if (v instanceof ComplexRefusal) refusal ??= v;
        items.push(v instanceof ComplexRefusal ? v.standIn() : v);
        size += weight(items[items.length - 1]);
      }
      checkSize(null, size);
      const value = e.kind === 'list' ? items : new PyTuple(items);
      if (refusal) throw new ComplexRefusal(refusal.message, value);
      return value;
    }
    case 'set': {
      let refusal: ComplexRefusal | undefined;
      const keys = new Map<string, PyObj>();
      for (const x of e.items) {
        let v = held(() => evalExpr(x));
        if (v instanceof ComplexRefusal) {
          refusal ??= v;
          v = v.standIn();
        }
        const k = hashKey(v);
        if (!keys.has(k)) keys.set(k, v);
      }
      const value = new PySeqView([...keys.values()], 'set');
      if (refusal) throw new ComplexRefusal(refusal.message, value);
      return value;
    }
    case 'dict': {
      // each pair in turn: key, value, then the key hashed (`{[1]: 1/0}` is unhashable before the division)
      const keys = new Map<string, [PyObj, PyObj]>();
      let refusal: ComplexRefusal | undefined;
      e.keys.forEach((kx, i) => {
        let k = held(() => evalExpr(kx));
        let v = held(() => evalExpr(e.values[i]));
        if (k instanceof ComplexRefusal) {
          refusal ??= k;
          k = k.standIn();
        }
        if (v instanceof ComplexRefusal) {
          refusal ??= v;
          v = v.standIn();
        }
        const h = hashKey(k);
        const had = keys.get(h);
        keys.set(h, [had ? had[0] : k, v]);
      });
      const entries = [...keys.values()];
      const value = new PySeqView(entries.map((x) => x[0]), 'dict', entries.map((x) => x[1]));
      if (refusal) throw new ComplexRefusal(refusal.message, value);
      return value;
    }
    case 'call': {
      const fn = evaluate(e.fn);
      if (fn instanceof Builtin && fn.name === 'len' && e.args.length === 1 && e.kwargs.length === 0) {
        const arg = held(() => evaluate(e.args[0]));
        if (arg instanceof Range) return rangeLength(arg);
        if (!(arg instanceof ComplexRefusal)) return length(toValue(arg, e.args[0]));
        if (arg.stand !== undefined) return length(arg.stand); // the length of a list holding a complex number
        throw new PyError('TypeError', arg.message); // len(z): Python's TypeError
      }
      const values = [...e.args, ...e.kwargs.map((k) => k.value)].map((x) => held(() => evalExpr(x)));
      const refusal = values.find((v): v is ComplexRefusal => v instanceof ComplexRefusal);
      const args = values.slice(0, e.args.length).map((v) => (v instanceof ComplexRefusal ? v.standIn() : v));
      const kwargs = e.kwargs.map((k, i): [string, PyObj] => {
        const v = values[e.args.length + i];
        return [k.name, v instanceof ComplexRefusal ? v.standIn() : v];
      });
      if (!refusal) return call(fn, args, kwargs, e);
      // `list((z, 1))`, `tuple([z])`: a container holding the complex number still
      if (fn instanceof Builtin && (fn.name === 'list' || fn.name === 'tuple') && values.every((v) => !(v instanceof ComplexRefusal) || v.stand !== undefined)) {
        throw new ComplexRefusal(refusal.message, toValue(call(fn, args, kwargs, e), e));
      }
      // any other function given a complex number raises in Python (a TypeError naming 'complex') or
      // makes a complex array: refused here, no longer held by the expressions around the call
      throw new PyError('TypeError', refusal.message);
    }
  }
}

/** The operators that give a complex number when an operand is complex (`//` and `%` raise a TypeError). */
const COMPLEX_RESULT_OPS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '**']);

/** `f()`, or the {@link ComplexRefusal} it threw, held while Python evaluates the next operands (any other error is thrown). */
function held<T>(f: () => T): T | ComplexRefusal {
  try {
    return f();
  } catch (err) {
    if (err instanceof ComplexRefusal) return err;
    throw err;
  }
}

/** Each of `fs` in order (Python's evaluation order), then the first complex refusal, if any, once all have run. */
export function allHeld<T>(fs: (() => T)[]): T[] {
  const out: T[] = [];
  let refusal: ComplexRefusal | undefined;
  for (const f of fs) {
    const v = held(f);
    if (v instanceof ComplexRefusal) refusal ??= v;
    else out.push(v);
  }
  if (refusal) throw refusal;
  return out;
}

/** The source text a node came from is not kept here; messages name the value's kind instead. */
function toValue(v: Val, e: Expr): PyObj {
  if (v instanceof Range) {
    const n = v.length;
    checkSize(null, n > BigInt(MAX_ELEMENTS) ? MAX_ELEMENTS + 1 : Number(n));
    const items: PyObj[] = [];
    for (let i = 0n; i < n; i++) items.push(v.start + i * v.step);
    return new PySeqView(items, 'range');
  }
  if (v instanceof Builtin) throw new PyError('TypeError', `${v.name} is a function: call it (${v.name}(…)) to get a value (at column ${e.start + 1})`);
  if (v instanceof Module) throw new PyError('TypeError', `the module ${v.name} is not a value: use one of its names (at column ${e.start + 1})`);
  return v;
}

function lookupName(id: string): Val {
  if (id in MODULES) return new Module(MODULES[id]);
  if (id === 'int' || id === 'float' || id === 'bool') return new PyDtype(PYTHON_TYPE_DTYPES[id], id);
  if ((BUILTIN_FUNCTIONS as readonly string[]).includes(id)) return new Builtin(id);
  throw notSupported(`the name '${id}'`);
}

function lookupAttr(obj: Val, attr: string, e: Expr): Val {
  if (obj instanceof Module) {
    const constants = MODULE_CONSTANTS[obj.name];
    if (Object.prototype.hasOwnProperty.call(constants, attr)) return constants[attr];
    if (obj.name === 'np') {
      if (Object.prototype.hasOwnProperty.call(NUMPY_FUNCTIONS, attr)) return new Builtin(`np.${attr}`);
      const dtype = dtypeOfAttr(attr);
      if (dtype) return new PyDtype(dtype, `np.${attr}`);
      if (attr === 'random') throw notSupported("np.random inside an argument (it is the call's own prefix)");
    }
    throw notSupported(`${obj.name}.${attr}`);
  }
  if (obj instanceof Builtin || obj instanceof Range) throw notSupported(`the attribute .${attr}`);
  const what = obj instanceof PyNdArray ? 'array attributes and methods' : 'methods and attributes of values';
  throw new PyError('ValueError', `${what} (.${attr}) are not supported in the call language (at column ${e.end - attr.length + 1})`);
}

function call(fn: Val, args: PyObj[], kwargs: [string, PyObj][], e: Expr): Val {
  if (fn instanceof Builtin) {
    if (fn.name.startsWith('np.')) return callNumpy(fn.name.slice(3), args, kwargs);
    if (kwargs.length > 0) throw new PyError('TypeError', `${fn.name}() takes no keyword arguments`);
    switch (fn.name) {
      case 'range':
        return makeRange(args);
      case 'len':
        if (args.length !== 1) throw new PyError('TypeError', `len() takes exactly one argument (${args.length} given)`);
        return length(args[0]);
      case 'list':
      case 'tuple': {
        if (args.length > 1) throw new PyError('TypeError', `${fn.name} expected at most 1 argument, got ${args.length}`);
        const items = args.length === 0 ? [] : iterate(args[0]);
        return fn.name === 'list' ? items : new PyTuple(items);
      }
    }
  }
  if (fn instanceof PyDtype) {
    if (fn.written === 'int' || fn.written === 'float' || fn.written === 'bool') {
      if (kwargs.length > 0) throw new PyError('TypeError', `${fn.written}() keyword arguments are not supported by this tool`);
      if (args.length > 1) {
        if (fn.written === 'int') throw new PyError('TypeError', 'int() with a base is not supported by this tool');
        throw new PyError('TypeError', `${fn.written} expected at most 1 argument, got ${args.length}`);
      }
      return convert(fn.written, args[0]);
    }
    throw notSupported(`calling ${fn.written}(…) (a NumPy scalar)`);
  }
  throw new PyError('TypeError', `'${typeName(fn as PyObj)}' object is not callable (at column ${e.start + 1})`);
}

/** `range(stop)`, `range(start, stop[, step])` with CPython's argument errors. */
function makeRange(args: PyObj[]): Range {
  if (args.length === 0) throw new PyError('TypeError', 'range expected at least 1 argument, got 0');
  if (args.length > 3) throw new PyError('TypeError', `range expected at most 3 arguments, got ${args.length}`);
  const ints = args.map((v) => {
    if (!isPyInt(v)) throw new PyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
    return intValue(v);
  });
  if (ints.length === 1) return new Range(0n, ints[0], 1n);
  const step = ints[2] ?? 1n;
  if (step === 0n) throw new PyError('ValueError', 'range() arg 3 must not be zero');
  return new Range(ints[0], ints[1], step);
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** `len(range(…))` without building it; beyond a C ssize_t, CPython's OverflowError. */
function rangeLength(r: Range): bigint {
  const n = r.length;
  if (n > SSIZE_MAX) throw new PyError('OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
}

/** `len(x)`, with CPython's errors. */
function length(v: PyObj): bigint {
  if (typeof v === 'string') return BigInt([...v].length);
  if (Array.isArray(v)) return BigInt(v.length);
  if (v instanceof PyTuple) return BigInt(v.items.length);
  if (v instanceof PyDtype && v.written.startsWith('np.dtype(')) return 0n; // a dtype's len() is its number of fields
  if (v instanceof PyNdArray) {
    if (v.shape.length === 0) throw new PyError('TypeError', 'len() of unsized object');
    return BigInt(v.shape[0]);
  }
  throw new PyError('TypeError', `object of type '${typeName(v)}' has no len()`);
}

/** `iter(x)` made into a list: str → characters, bytes → ints, a dict → its keys; sets are refused (hash order). */
function iterate(v: PyObj): PyObj[] {
  if (typeof v === 'string') return checkSize([...v], [...v].length);
  if (v instanceof PySeqView && v.pyType === 'set' && v.items.length > 1) {
    throw new PyError('TypeError', "list() or tuple() of a set is not supported by this tool (the order is Python's hash order): write a list");
  }
  if (Array.isArray(v)) return [...v];
  if (v instanceof PyTuple) return [...v.items];
  if (v instanceof PyNdArray) {
    if (v.shape.length === 0) throw new PyError('TypeError', 'iteration over a 0-d array');
    if (v.shape.length === 1) return [...v.data];
    const inner = v.shape.slice(1);
    const size = inner.reduce((a, b) => a * b, 1);
    const out: PyObj[] = [];
    for (let i = 0; i < v.shape[0]; i++) out.push(PyNdArray.of(inner, v.dtype, v.data.slice(i * size, (i + 1) * size)));
    return out;
  }
  throw new PyError('TypeError', `'${typeName(v)}' object is not iterable`);
}

/** Python's truth value (`bool(x)`); NumPy's error for an array of size 0 or above 1. */
export function truth(v: PyObj): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyNdArray) {
    if (v.data.length === 1) return truth(v.data[0]);
    if (v.data.length === 0) throw new PyError('ValueError', 'The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.');
    throw new PyError('ValueError', 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
  }
  return true;
}

/** Python 3.11's default limit on decimal digits in `int(str)` (`sys.get_int_max_str_digits()`). */
export const INT_MAX_STR_DIGITS = 4300;

/** `int(x)`, `float(x)`, `bool(x)` of one value (no argument: `0`, `0.0`, `False`). */
function convert(type: 'int' | 'float' | 'bool', v: PyObj | undefined): PyObj {
  if (type === 'bool') return v === undefined ? false : truth(v);
  if (type === 'int') {
    if (v === undefined) return 0n;
    if (typeof v === 'bigint' || typeof v === 'boolean') return intValue(v);
    if (typeof v === 'number') return truncInt(v);
    if (typeof v === 'string') {
      const t = v.trim();
      if (!/^[+-]?\d(_?\d)*$/.test(t)) throw new PyError('ValueError', `invalid literal for int() with base 10: ${reprString(v)}`);
      const digits = t.replace(/[+_-]/g, '').replace(/^0+(?=\d)/, '').length;
      if (digits > INT_MAX_STR_DIGITS) {
        throw new PyError('ValueError', `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
      }
      return BigInt(t.replace(/_/g, ''));
    }
    throw new PyError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
  }
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') {
    const x = Number(intValue(v));
    if (!Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
    return x;
  }
  if (typeof v === 'string') return parseFloatText(v);
  throw new PyError('TypeError', `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

/**
 * `float(s)` for a str (CPython `PyOS_string_to_double` via `_Py_string_to_number_with_underscores`):
 * surrounding whitespace ignored; `inf`/`infinity`/`nan` in any case with a sign; decimal digits
 * with single `_` between digits; else `ValueError: could not convert string to float: '…'`.
 */
function parseFloatText(s: string): number {
  const t = s.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) {
    const v = special[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return special[1] === '-' ? -v : v;
  }
  const digits = '\\d(?:_?\\d)*';
  const re = new RegExp(`^[+-]?(?:${digits}(?:\\.(?:${digits})?)?|\\.${digits})(?:[eE][+-]?${digits})?$`);
  if (!re.test(t)) throw new PyError('ValueError', `could not convert string to float: ${reprString(s)}`);
  return Number(t.replace(/_/g, ''));
}

let nanCount = 0;

/**
 * A key equal for values Python's set/dict treat as the same key (`1`, `1.0`, `True`), with
 * Python's `TypeError: unhashable type: 'list'` for lists, sets, dicts and arrays.
 */
function hashKey(v: PyObj): string {
  if (v === null) return 'N';
  if (typeof v === 'boolean') return `i${v ? 1 : 0}`;
  if (typeof v === 'bigint') return `i${v}`;
  if (typeof v === 'number') {
    if (v !== v) return `nan${nanCount++}`; // every float('nan') is a distinct object
    if (Number.isInteger(v)) return `i${BigInt(v)}`;
    return `f${v}`;
  }
  if (typeof v === 'string') return `s${v}`;
  if (v instanceof PyDtype) return `d${v.written}`;
  if (v instanceof PySeqView) {
    if (v instanceof PyBytes) return `b${v.bytes.join(',')}`;
    if (v.pyType === 'range') return `r${v.items.length}:${v.items[0] ?? ''}:${v.items[1] ?? ''}`;
    throw new PyError('TypeError', `unhashable type: '${v.pyType}'`);
  }
  if (v instanceof PyTuple) return `t${JSON.stringify(v.items.map(hashKey))}`;
  throw new PyError('TypeError', `unhashable type: '${typeName(v)}'`);
}
