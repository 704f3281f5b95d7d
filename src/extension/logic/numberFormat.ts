/**
 * How floats are written into the document:
 * - `repr`: Python's `repr(x)`, the shortest text that reads back as the same double (`0.5488135039273248`);
 * - `.Nf`: Python's `format(x, '.Nf')`, fixed-point with N digits after the point, 0 ≤ N ≤ 20.
 * Integers, strings and booleans are never affected: integers stay exact.
 */
export type NumberFormat = { kind: 'repr' } | { kind: 'fixed'; digits: number };

export const MAX_FIXED_DIGITS = 20;

/** The format spellings accepted in settings and keybinding args, for messages. */
export const NUMBER_FORMAT_HELP = `"repr" or ".Nf" with 0 ≤ N ≤ ${MAX_FIXED_DIGITS} (e.g. ".2f")`;

/** Parse `repr` / `.2f`; returns undefined for anything else. */
export function parseNumberFormat(text: unknown): NumberFormat | undefined {
  if (text === 'repr') return { kind: 'repr' };
  if (typeof text !== 'string') return undefined;
  const m = /^\.(\d{1,2})f$/.exec(text);
  if (!m) return undefined;
  const digits = Number(m[1]);
  return digits <= MAX_FIXED_DIGITS ? { kind: 'fixed', digits } : undefined;
}

/**
 * Python's `format(x, '.{digits}f')` for a double, exactly: the binary value is expanded to an
 * exact rational `m·2^e` and rounded to `digits` decimals half-to-even, as CPython's `dtoa`-based
 * formatting does (JavaScript's `toFixed` differs: it rounds exact ties away from zero —
 * `0.125.toFixed(2)` is `0.13`, Python gives `0.12` — and switches to exponent notation at 1e21).
 * The sign of negative values that round to zero is kept (`-0.00`), as in Python.
 *
 * @param x any double, including ±0, ±inf and NaN (`inf`, `-inf`, `nan` as Python prints them)
 * @param digits 0 ≤ digits ≤ 20; `digits = 0` prints no decimal point (`format(2.5, '.0f') == '2'`)
 */
export function formatFixed(x: number, digits: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const negative = x < 0 || Object.is(x, -0);
  const { mantissa, exponent } = decompose(Math.abs(x));
  const scaled = mantissa * 10n ** BigInt(digits);
  let q: bigint;
  if (exponent >= 0) {
    q = scaled << BigInt(exponent);
  } else {
    const den = 1n << BigInt(-exponent);
    q = scaled / den;
    const twice = 2n * (scaled % den);
    if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  }
  const s = q.toString().padStart(digits + 1, '0');
  const body = digits === 0 ? s : `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
  return (negative ? '-' : '') + body;
}

/** `a = mantissa · 2^exponent` exactly, for a finite double `a ≥ 0` (IEEE 754 binary64 fields). */
function decompose(a: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 }; // zero and subnormals
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}
