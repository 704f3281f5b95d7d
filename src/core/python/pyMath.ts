import { PyError } from '../errors';
import { acos as glibcAcos } from '../libm/acos';
import { exp as glibcExp } from '../libm/exp';
import { log as glibcLog } from '../libm/log';
import { pow as glibcPow } from '../libm/pow';
import { cos as glibcCos, sin as glibcSin } from '../libm/sincos';

/**
 * The `math` functions and float operators `random.py` uses, with CPython's error semantics
 * (`Modules/mathmodule.c::math_1`, `Objects/floatobject.c`): a NaN result from a non-NaN
 * argument is `ValueError: math domain error`, an infinite result from a finite argument is
 * `OverflowError: math range error` for functions that can overflow (exp), a domain error
 * otherwise. log, exp, pow, sin, cos and acos are the glibc-exact ports in src/core/libm (V8's
 * `Math` versions differ from glibc's in several percent of results); sqrt is exact everywhere.
 * log2 still uses `Math.log2` (see its note).
 */

const domainError = () => new PyError('ValueError', 'math domain error');

/** `math.log(x)` for a float: x <= 0 or -inf → ValueError (CPython's `m_log`). */
export function log(x: number): number {
  if (x !== x) return x;
  if (x <= 0) throw domainError();
  return glibcLog(x);
}

/**
 * `math.log2(x)` for a float: x <= 0 → ValueError (CPython's `m_log2`). Only binomialvariate's
 * geometric method uses it, inside `floor(log2(u) / log2(1 - p))`: V8's `Math.log2` differs from
 * glibc's in about 1% of results by an ulp, which changes the floor only when the quotient is
 * within ~1e-16 of an integer — never seen in the live tests; a glibc port is left to do.
 */
export function log2(x: number): number {
  if (x !== x) return x;
  if (x <= 0) throw domainError();
  return Math.log2(x);
}

/** `math.exp(x)`: overflow of a finite x → `OverflowError: math range error`. */
export function exp(x: number): number {
  const r = glibcExp(x);
  if (r === Infinity && Number.isFinite(x)) throw new PyError('OverflowError', 'math range error');
  return r;
}

/** `math.sqrt(x)`: x < 0 (or -inf) → ValueError; `sqrt(-0.0)` is `-0.0`. */
export function sqrt(x: number): number {
  if (x < 0) throw domainError();
  return Math.sqrt(x);
}

/** `math.cos(x)`: ±inf → ValueError. */
export function cos(x: number): number {
  if (x === Infinity || x === -Infinity) throw domainError();
  return glibcCos(x);
}

/** `math.sin(x)`: ±inf → ValueError. */
export function sin(x: number): number {
  if (x === Infinity || x === -Infinity) throw domainError();
  return glibcSin(x);
}

/** `math.acos(x)`: |x| > 1 → ValueError. */
export function acos(x: number): number {
  if (x > 1 || x < -1) throw domainError();
  return glibcAcos(x);
}

/**
 * `math.floor(x)` for a float, as an int of any size: NaN →
 * `ValueError: cannot convert float NaN to integer`, ±inf →
 * `OverflowError: cannot convert float infinity to integer`.
 */
export function floorInt(x: number): bigint {
  return floatToInt(Math.floor(x));
}

/** `math.ceil(x)` for a float, as an int (same errors as {@link floorInt}). */
export function ceilInt(x: number): bigint {
  return floatToInt(Math.ceil(x));
}

/** `int(x)` for a float: truncation toward zero, with `int()`'s errors for NaN and infinities. */
export function truncInt(x: number): bigint {
  return floatToInt(Math.trunc(x));
}

function floatToInt(x: number): bigint {
  if (x !== x) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(x);
}

/** Float true division `x / y`: `ZeroDivisionError: float division by zero` for y == 0. */
export function fdiv(x: number, y: number): number {
  if (y === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
  return x / y;
}

/**
 * Float modulo `x % y` as Python's `float_rem`: C `fmod` (JavaScript's `%` is the exact fmod),
 * then the result takes the divisor's sign; a zero result is `copysign(0.0, y)`.
 */
export function fmod(x: number, y: number): number {
  if (y === 0) throw new PyError('ZeroDivisionError', 'float modulo');
  let m = x % y;
  if (m !== 0) {
    // C's `if (mod)` is true for NaN too
    if (y < 0 !== m < 0) m += y;
  } else {
    m = y < 0 ? -0 : 0;
  }
  return m;
}

/** Whether a finite double is an odd integer (CPython's `DOUBLE_IS_ODD_INTEGER`). */
const isOddInteger = (x: number) => Number.isFinite(x) && x % 2 !== 0 && Math.abs(x % 2) === 1;

/**
 * Float power `x ** y` as CPython's `float_pow`: its special cases first (`y == 0` → 1.0, NaN and
 * infinite operands, `0.0 ** negative` → `ZeroDivisionError: 0.0 cannot be raised to a negative
 * power`, `1.0 ** y` → 1.0), then C `pow`; an infinite result of finite operands is
 * `OverflowError: (34, 'Numerical result out of range')` (errno ERANGE). A negative base with a
 * fractional exponent gives a complex number in Python; `random.py` never reaches that case,
 * and we refuse it.
 */
export function fpow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return y > 0 === ax > 1 ? Infinity : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw new PyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) throw new PyError('ValueError', 'complex result of a negative number to a fractional power');
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  let r = glibcPow(x, y);
  if (r === Infinity) throw new PyError('OverflowError', "(34, 'Numerical result out of range')");
  if (negate) r = -r;
  return r;
}
