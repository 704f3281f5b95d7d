import { roundAtPower } from './roundDecimal';

/** Largest power of ten that is an exact double (10^22); above it the fast path's tie test is not exact. */
export const EXACT_POW10 = 22;
/** 2**52: doubles at or above it are integers. */
export const TWO_52 = 2 ** 52;

/**
 * Python's `format(x, f'.{decimals}f')` for a double, exactly: fixed-point with `decimals` digits
 * after the point, the exact binary value rounded half-to-even (CPython `PyOS_double_to_string`
 * with `'f'`, via dtoa mode 3). `decimals = 0` prints no point (`format(2.5, '.0f') == '2'`).
 * The sign survives rounding to zero and `-0.0` keeps it (`-0.00`); `nan`, `inf`, `-inf` as Python.
 *
 * Fast path: JavaScript's `toFixed` gives the same digits except on exact ties (it rounds them away
 * from zero) and at 1e21 and above (exponent form). A tie means `|x|·10^decimals` is exactly
 * `k + 0.5`; below 2^52 that product is representable, so the floating multiplication is exact
 * and the test `frac == 0.5` cannot miss one. Possible ties and large values take the exact path.
 *
 * @param x any double
 * @param decimals 0 ≤ decimals ≤ 100
 */
export function formatFixed(x: number, decimals: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const negative = x < 0 || Object.is(x, -0);
  const a = negative ? -x : x;
  if (decimals <= EXACT_POW10) {
    const y = a * 10 ** decimals;
    if (y < TWO_52 && y - Math.floor(y) !== 0.5) {
      const s = a.toFixed(decimals);
      return negative ? '-' + s : s;
    }
  }
  const digits = roundAtPower(a, -decimals).toString().padStart(decimals + 1, '0');
  const body = decimals === 0 ? digits : `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
  return negative ? '-' + body : body;
}
