import { PyError } from '../errors';
import { fmod, fpow, fdiv } from '../python/pyMath';
import { floorDiv, intTrueDiv, intValue, isPyInt, toFloat } from '../python/pyNum';
import { PyBytes, PyNdArray, PySeqView, PyTuple, type PyObj } from '../types';
import type { BinaryOp, UnaryOp } from './callSyntax';
import { checkInt, checkSize, MAX_INT_BITS, weight } from './limits';
import { typeName } from './typeName';

type Num = bigint | number | boolean;
const isNum = (v: PyObj): v is Num => typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';

const unsupported = (op: string, a: PyObj, b: PyObj) =>
  new PyError('TypeError', `unsupported operand type(s) for ${op === '**' ? '** or pow()' : op}: '${typeName(a)}' and '${typeName(b)}'`);

/** Arithmetic on NumPy arrays (elementwise, broadcasting) is not part of the language. */
const arrayArithmetic = () =>
  new PyError('TypeError', 'arithmetic on NumPy arrays is not supported by this tool: write the values (np.full, np.linspace, a list) instead');

/** `-x`, `+x` with Python's rules: numbers only (`bad operand type for unary -: 'str'`); bool → int. */
export function unaryOp(op: UnaryOp, v: PyObj): PyObj {
  if (v instanceof PyNdArray) throw arrayArithmetic();
  if (!isNum(v)) throw new PyError('TypeError', `bad operand type for unary ${op}: '${typeName(v)}'`);
  const x = typeof v === 'boolean' ? BigInt(v) : v;
  return op === '-' ? -x : x;
}

/**
 * `a <op> b` with Python 3.11's semantics for the values of the language: int (bigint, exact,
 * bool as int) and float arithmetic (CPython's `float_floor_div`/`float_rem`/`float_pow` and the
 * correctly rounded int true division), str/bytes/list/tuple concatenation with their own kind,
 * and repetition of a sequence by an int. Messages are CPython's. Results bigger than the
 * language's limits ({@link ./limits}) are refused before they are built.
 */
export function binaryOp(op: BinaryOp, a: PyObj, b: PyObj): PyObj {
  if (a instanceof PyNdArray || b instanceof PyNdArray) throw arrayArithmetic();
  if (isNum(a) && isNum(b)) return checkInt(numeric(op, a, b));
  if (op === '+') return concat(a, b);
  if (op === '*') {
    if (isSequence(a) && isPyInt(b)) return repeat(a, intValue(b));
    if (isSequence(b) && isPyInt(a)) return repeat(b, intValue(a));
    const seq = isSequence(a) ? b : isSequence(b) ? a : undefined;
    if (seq !== undefined && (isSequence(a) || isSequence(b))) {
      throw new PyError('TypeError', `can't multiply sequence by non-int of type '${typeName(seq)}'`);
    }
  }
  if (op === '%' && (typeof a === 'string' || isBytes(a))) {
    throw new PyError('TypeError', 'printf-style formatting (text % values) is not supported by this tool');
  }
  throw unsupported(op, a, b);
}

const isBytes = (v: PyObj): v is PyBytes => v instanceof PyBytes;

/** str, bytes, list, tuple: the sequences `+` and `*` work on (range, set and dict are not). */
function isSequence(v: PyObj): boolean {
  if (typeof v === 'string' || Array.isArray(v)) return true;
  if (v instanceof PySeqView) return v instanceof PyBytes;
  return v instanceof PyTuple;
}

function concat(a: PyObj, b: PyObj): PyObj {
  if (typeof a === 'string') {
    if (typeof b === 'string') return checkSize(a + b, a.length + b.length);
    throw new PyError('TypeError', `can only concatenate str (not "${typeName(b)}") to str`);
  }
  if (isBytes(a)) {
    if (isBytes(b)) {
      checkSize(null, a.bytes.length + b.bytes.length);
      const out = new Uint8Array(a.bytes.length + b.bytes.length);
      out.set(a.bytes);
      out.set(b.bytes, a.bytes.length);
      return new PyBytes(out);
    }
    throw new PyError('TypeError', `can't concat ${typeName(b)} to bytes`);
  }
  if (Array.isArray(a)) {
    if (Array.isArray(b)) {
      checkSize(null, weight(a) + weight(b));
      return [...a, ...b];
    }
    throw new PyError('TypeError', `can only concatenate list (not "${typeName(b)}") to list`);
  }
  if (a instanceof PyTuple && !(a instanceof PySeqView)) {
    if (b instanceof PyTuple && !(b instanceof PySeqView)) {
      checkSize(null, weight(a) + weight(b));
      return new PyTuple([...a.items, ...b.items]);
    }
    throw new PyError('TypeError', `can only concatenate tuple (not "${typeName(b)}") to tuple`);
  }
  throw unsupported('+', a, b);
}

const SSIZE_MAX = (1n << 63n) - 1n;

/**
 * `seq * n`: n ≤ 0 gives an empty sequence; n beyond a C ssize_t is CPython's OverflowError; the
 * result's size is checked before it is built (an empty sequence stays empty for any n).
 */
function repeat(seq: PyObj, n: bigint): PyObj {
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw new PyError('OverflowError', "cannot fit 'int' into an index-sized integer");
  if (n < 0n) n = 0n;
  const unit = typeof seq === 'string' ? seq.length : seq instanceof PyBytes ? seq.bytes.length : weight(seq) - 1;
  const times = unit === 0 ? 0 : Number(n);
  checkSize(null, times * unit);
  if (typeof seq === 'string') return seq.repeat(times);
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(times * unit);
    for (let i = 0; i < times; i++) out.set(seq.bytes, i * unit);
    return new PyBytes(out);
  }
  const items = seq instanceof PyTuple ? seq.items : (seq as PyObj[]);
  const out: PyObj[] = [];
  for (let i = 0; i < times; i++) for (const x of items) out.push(x);
  return seq instanceof PyTuple ? new PyTuple(out) : out;
}

function numeric(op: BinaryOp, a: Num, b: Num): Num {
  const rule = ARITHMETIC[op];
  return isPyInt(a) && isPyInt(b) ? rule.int(intValue(a), intValue(b)) : rule.float(toFloat(a), toFloat(b));
}

/**
 * Python's arithmetic operators on two ints (exact, as bigint) and on floats (either operand a
 * float): `/` of ints is true division, `//` and `%` floor with the divisor's sign, and int `**`
 * a negative int is float pow, as in CPython's long_pow.
 */
const ARITHMETIC: Record<BinaryOp, { int: (x: bigint, y: bigint) => Num; float: (x: number, y: number) => number }> = {
  '+': { int: (x, y) => x + y, float: (x, y) => x + y },
  '-': { int: (x, y) => x - y, float: (x, y) => x - y },
  '*': { int: (x, y) => x * y, float: (x, y) => x * y },
  '/': { int: intTrueDiv, float: fdiv },
  '//': {
    int: (x, y) => {
      if (y === 0n) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
      return floorDiv(x, y);
    },
    float: floatFloorDiv,
  },
  '%': {
    int: (x, y) => {
      if (y === 0n) throw new PyError('ZeroDivisionError', 'integer modulo by zero');
      const m = x % y;
      return m !== 0n && m < 0n !== y < 0n ? m + y : m;
    },
    float: fmod,
  },
  '**': { int: (x, y) => (y < 0n ? floatPow(toFloat(x), toFloat(y)) : intPow(x, y)), float: floatPow },
};

/**
 * int ** non-negative int, refused before computing when the result would exceed
 * {@link MAX_INT_BITS} (so `10**10**10` fails at once): |x| ≥ 2 needs more than
 * (bitLength(|x|) - 1) · y bits.
 */
function intPow(x: bigint, y: bigint): bigint {
  const ax = x < 0n ? -x : x;
  if (ax <= 1n || y === 0n) return x ** y;
  const bits = BigInt(ax.toString(2).length - 1) * y;
  if (bits > BigInt(MAX_INT_BITS)) {
    throw new PyError('OverflowError', `the result of ${x < 0n ? `(${x})` : x}**${y} has more than ${MAX_INT_BITS.toLocaleString('en-US')} bits: too large for the call language`);
  }
  return x ** y;
}

/**
 * The refusal of a complex value (`(-8) ** 0.5`). Python goes on with the value, so the evaluator
 * holds this error while it evaluates what Python evaluates next (the other operand, the other
 * items, the other arguments), whose errors come first, and throws it once the complex number would
 * be used; see `held` in ./evalExpr.ts.
 */
export class ComplexRefusal extends PyError {
  constructor(
    message: string,
    /**
     * For a list, tuple, set or dict holding a complex number: the same value with a stand-in for
     * each complex number, on which the evaluator runs what Python runs on the container
     * (`len`, `+`, `*`, hashing) and so raises the container's own errors.
     */
    readonly stand?: PyObj,
  ) {
    super('ValueError', message);
  }

  /** What stands for the refused value inside a container: {@link stand}, or a string naming the complex number. */
  standIn(): PyObj {
    return this.stand ?? `\u0000complex ${this.message}`;
  }
}

/**
 * Python float `**` (`float_pow`, see {@link fpow}); a negative base with a fractional exponent
 * gives a complex number in Python, which the language does not have.
 */
function floatPow(x: number, y: number): number {
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) {
    throw new ComplexRefusal(`(${x}) ** ${y} is a complex number in Python: complex numbers are not supported by the call language`);
  }
  return fpow(x, y);
}

/**
 * Python float floor division (`Objects/floatobject.c::float_floor_div` via `_float_div_mod`):
 * mod = fmod(x, y) moved to y's sign, div = (x - mod) / y, then the rounding that makes `div`
 * the exact floor when representable; a zero result carries the sign of x / y.
 */
export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw new PyError('ZeroDivisionError', 'float floor division by zero');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    // C's `if (mod)`: NaN counts as true
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return floordiv;
}
