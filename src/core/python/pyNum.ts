import { pyTypeName } from '../call/bindArgs';
import { PyError } from '../errors';
import { PyTuple, type PyObj } from '../types';

/**
 * Python's numeric tower as `random.py` sees it: `int` (bigint), `float` (number) and `bool`
 * (an int subclass). `random.py` mostly lets Python's operators decide result types —
 * `uniform(1, 3)` computes `b - a` as an exact int before meeting a float, `triangular(1, 1, 1)`
 * returns the int `1` — so the python engine does its arithmetic on these values with
 * CPython's rules instead of converting everything to doubles up front.
 */
export type PyNum = bigint | number | boolean;

/** `isinstance(v, (int, float))` (bool included, as in Python). */
export function isPyNum(v: PyObj): v is PyNum {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

/** `isinstance(v, int)`: an int or a bool. */
export function isPyInt(v: PyObj): v is bigint | boolean {
  return typeof v === 'bigint' || typeof v === 'boolean';
}

/** An int or bool as a bigint (`True` → `1n`). */
export function intValue(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}

/**
 * `float(v)` for an int, bool or float: a bigint converts with correct rounding (round half to
 * even, as `PyLong_AsDouble`) and raises `OverflowError: int too large to convert to float`
 * when it does not fit, as CPython's mixed int/float arithmetic does.
 */
export function toFloat(v: PyNum): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const x = Number(v); // ECMAScript rounds BigInt → Number to nearest, ties to even
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
  return x;
}

/**
 * A float argument of a `random` method (`mu`, `sigma`, `alpha`, …): int, bool or float as a
 * double. Python would fail at the first arithmetic on a non-number with an operator-specific
 * message; we raise `TypeError: must be real number, not str` (the wording of `math` functions).
 */
export function floatArg(v: PyObj): number {
  if (isPyNum(v)) return toFloat(v);
  throw new PyError('TypeError', `must be real number, not ${pyTypeName(v)}`);
}

/** `operator.index(v)`: ints and bools only, else `TypeError: 'float' object cannot be interpreted as an integer`. */
export function pyIndex(v: PyObj): bigint {
  if (isPyInt(v)) return intValue(v);
  throw new PyError('TypeError', `'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

const opError = (op: string, a: PyObj, b: PyObj) =>
  new PyError('TypeError', `unsupported operand type(s) for ${op}: '${pyTypeName(a)}' and '${pyTypeName(b)}'`);

/** Binary arithmetic on two numbers: both int-like → exact bigint, else both as floats. */
function arith(a: PyObj, b: PyObj, op: string, onInt: (x: bigint, y: bigint) => bigint, onFloat: (x: number, y: number) => number): PyNum {
  if (!isPyNum(a) || !isPyNum(b)) throw opError(op, a, b);
  if (isPyInt(a) && isPyInt(b)) return onInt(intValue(a), intValue(b));
  return onFloat(toFloat(a), toFloat(b));
}

/**
 * `a + b` with Python's rules for the values the parser yields: numbers add (int + int exact,
 * otherwise as floats); str, list and tuple concatenate with their own kind. Used by
 * `itertools.accumulate` (weights, counts) and `randint`'s `b + 1`, so that errors read as
 * Python's: `can only concatenate str (not "int") to str`.
 */
export function pyAdd(a: PyObj, b: PyObj): PyObj {
  if (typeof a === 'string' || Array.isArray(a)) {
    const kind = pyTypeName(a);
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
    throw new PyError('TypeError', `can only concatenate ${kind} (not "${pyTypeName(b)}") to ${kind}`);
  }
  if (a instanceof PyTuple) {
    if (b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
    throw new PyError('TypeError', `can only concatenate tuple (not "${pyTypeName(b)}") to tuple`);
  }
  return arith(a, b, '+', (x, y) => x + y, (x, y) => x + y);
}

/** `a - b` for numbers (int - int exact). */
export function pySub(a: PyObj, b: PyObj): PyNum {
  return arith(a, b, '-', (x, y) => x - y, (x, y) => x - y);
}

/** `a * b` for numbers (int * int exact). */
export function pyMul(a: PyObj, b: PyObj): PyNum {
  return arith(a, b, '*', (x, y) => x * y, (x, y) => x * y);
}

/**
 * `a / b` (true division) for numbers. A float operand makes it a double division
 * (`ZeroDivisionError: float division by zero`); two ints give the correctly rounded quotient
 * of the exact ratio, as CPython's `long_true_divide` (`ZeroDivisionError: division by zero`).
 */
export function pyTrueDiv(a: PyObj, b: PyObj): number {
  if (!isPyNum(a) || !isPyNum(b)) throw opError('/', a, b);
  if (isPyInt(a) && isPyInt(b)) return intTrueDiv(intValue(a), intValue(b));
  const y = toFloat(b);
  const x = toFloat(a);
  if (y === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
  return x / y;
}

const TWO53 = 2n ** 53n;

/**
 * The int / int true division of CPython (`Objects/longobject.c::long_true_divide`): the exact
 * quotient rounded once to the nearest double. Small operands (|x| <= 2**53) are exact doubles,
 * so one IEEE division is already correctly rounded; larger ones are divided as big integers
 * keeping 55+ significant bits with a sticky bit, then rounded by the BigInt → Number conversion.
 * (A result in the subnormal range may be rounded twice; CPython rounds it once.)
 */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new PyError('ZeroDivisionError', 'division by zero');
  const neg = a < 0n !== b < 0n;
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  if (x <= TWO53 && y <= TWO53) return Number(a) / Number(b);
  if (x === 0n) return neg ? -0 : 0;
  const shift = 55 - (x.toString(2).length - y.toString(2).length);
  const num = shift > 0 ? x << BigInt(shift) : x;
  const den = shift < 0 ? y << BigInt(-shift) : y;
  let q = num / den;
  if (q * den !== num) q |= 1n; // sticky bit: the quotient is inexact
  let r = Number(q); // 55-56 significant bits → correctly rounded to 53
  // scale by 2**-shift in steps that cannot overflow or underflow prematurely
  let s = -shift;
  while (s > 1000) {
    r *= 2 ** 1000;
    s -= 1000;
  }
  while (s < -1000) {
    r *= 2 ** -1000;
    s += 1000;
  }
  r *= 2 ** s;
  if (!Number.isFinite(r)) throw new PyError('OverflowError', 'integer division result too large for a float');
  return neg ? -r : r;
}

/**
 * `a < b` / `a <= b` / `a == b` on numbers: exact across int and float, as in Python (JavaScript's
 * BigInt/Number comparison is exact too). Other types raise Python's
 * `'<' not supported between instances of 'float' and 'str'`.
 */
export function pyCompare(a: PyObj, op: '<' | '<=' | '>' | '>=', b: PyObj): boolean {
  if (!isPyNum(a) || !isPyNum(b)) {
    throw new PyError('TypeError', `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
  }
  const x = typeof a === 'boolean' ? Number(a) : a;
  const y = typeof b === 'boolean' ? Number(b) : b;
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
  }
}

/** `a == b` for numbers (exact across int and float; NaN equals nothing). */
export function pyNumEq(a: PyNum, b: PyNum): boolean {
  const x = typeof a === 'boolean' ? Number(a) : a;
  const y = typeof b === 'boolean' ? Number(b) : b;
  // eslint-disable-next-line eqeqeq
  return x == y;
}

/** Floor division `a // b` of ints (Python rounds toward minus infinity; BigInt `/` truncates). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
