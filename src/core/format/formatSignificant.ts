import { EXACT_POW10, TWO_52 } from './formatFixed';
import { roundSignificant } from './roundDecimal';

/**
 * Python's `format(x, f'.{digits}g')` for a double, exactly ("general" format, CPython
 * `PyOS_double_to_string` with `'g'`): round the exact binary value to `digits` significant digits
 * half-to-even; with `exp` the decimal exponent of the rounded value, write it positionally when
 * `-4 <= exp < digits`, else as `d.ddde±XX` (at least two exponent digits); then drop trailing
 * zeros and a bare point (`format(2.0, '.3g') == '2'`, `format(1234567.0, '.3g') == '1.23e+06'`).
 * Zero prints `0` / `-0`; `nan`, `inf`, `-inf` as Python.
 *
 * Fast path: `toExponential(digits - 1)` rounds the exact value too, but breaks exact ties away from
 * zero; a tie means `|x| / 10^q` is exactly `k + 0.5` at the rounding position `q` (or one below it
 * when rounding carried into a new digit, `9.995` → `1.00e+1`), which is exact in doubles below
 * 2^52 — such values and very large/small exponents take the exact BigInt path.
 *
 * @param x any double
 * @param digits 1 ≤ digits ≤ 100 (Python treats `.0g` as `.1g`; callers normalise)
 */
export function formatSignificant(x: number, digits: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return negative ? '-0' : '0';
  const a = negative ? -x : x;
  const { mantissa, exponent } = roundedDigits(a, digits);
  return (negative ? '-' : '') + layoutGeneral(mantissa, exponent, digits);
}

/** The `p` rounded significant digits of `a > 0` and the exponent of the first one. */
function roundedDigits(a: number, p: number): { mantissa: string; exponent: number } {
  const s = a.toExponential(p - 1); // p - 1 ≤ 99 < toExponential's limit of 100
  const e = s.indexOf('e');
  const exponent = Number(s.slice(e + 1));
  const mantissa = p === 1 ? s.slice(0, e) : s[0] + s.slice(2, e);
  const carried = /^10*$/.test(mantissa); // 9.995 → 1.00e+1: the tie was one position lower
  if (!mayBeTie(a, exponent - p + 1) && !(carried && mayBeTie(a, exponent - p))) return { mantissa, exponent };
  const exact = roundSignificant(a, p, exponent);
  return { mantissa: exact.digits, exponent: exact.exponent };
}

/** Whether `a` could be exactly halfway between two multiples of 10^q (true when unsure). */
function mayBeTie(a: number, q: number): boolean {
  if (q > EXACT_POW10 || q < -EXACT_POW10) return true;
  const y = q >= 0 ? a / 10 ** q : a * 10 ** -q;
  return !(y < TWO_52) || y - Math.floor(y) === 0.5;
}

/** Python's `'g'` layout of rounded digits `d1 d2 … dp` with the first digit at 10^exponent. */
function layoutGeneral(digits: string, exponent: number, p: number): string {
  if (exponent >= -4 && exponent < p) {
    let int: string;
    let frac: string;
    if (exponent >= 0) {
      int = digits.slice(0, exponent + 1);
      frac = digits.slice(exponent + 1);
    } else {
      int = '0';
      frac = '0'.repeat(-exponent - 1) + digits;
    }
    frac = frac.replace(/0+$/, '');
    return frac ? `${int}.${frac}` : int;
  }
  const rest = digits.slice(1).replace(/0+$/, '');
  const exp = Math.abs(exponent).toString().padStart(2, '0');
  return `${digits[0]}${rest ? '.' + rest : ''}e${exponent < 0 ? '-' : '+'}${exp}`;
}
