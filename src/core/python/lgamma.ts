import { PyError } from '../errors';
import { log as glibcLog } from '../libm/log';
import { cos as glibcCos, sin as glibcSin } from '../libm/sincos';

/*
 * CPython's own `math.lgamma` (Modules/mathmodule.c: `m_lgamma`, `lanczos_sum`, `m_sinpi`) — not
 * the C library's lgamma, which gives different last bits. Lanczos' approximation with N = 13 and
 * g = 6.024680040776729583740234375 (parameters used by Boost), the sum evaluated as a rational
 * function. The coefficients are the values CPython lists (computed with MPFR, checked against
 * Boost); they are data, needed digit for digit for the same doubles.
 */

const LANCZOS_G = 6.024680040776729583740234375;
const LOGPI = 1.144729885849400174143427351353058711647;
const PI = 3.141592653589793238462643383279502884197;

const NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** Denominator coefficients: x*(x+1)*…*(x+11) expanded. */
const DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];

/** Lanczos' sum L_g(x) for x > 0: Horner in x below 5, in 1/x above (CPython's `lanczos_sum`). */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = NUM.length - 1; i >= 0; i--) {
      num = num * x + NUM[i];
      den = den * x + DEN[i];
    }
  } else {
    for (let i = 0; i < NUM.length; i++) {
      num = num / x + NUM[i];
      den = den / x + DEN[i];
    }
  }
  return num / den;
}

/** sin(pi*x) for finite x, accurate near integers (CPython's `m_sinpi`). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y); // C round(): halves away from zero; y >= 0 so Math.round agrees
  let r: number;
  switch (n) {
    case 0:
      r = glibcSin(PI * y);
      break;
    case 1:
      r = glibcCos(PI * (y - 0.5));
      break;
    case 2:
      r = glibcSin(PI * (1 - y));
      break;
    case 3:
      r = -glibcCos(PI * (y - 1.5));
      break;
    default:
      r = glibcSin(PI * (y - 2));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/**
 * `math.lgamma(x)`: log |Gamma(x)| for any double, as CPython 3.11/3.12 compute it.
 * lgamma(1) = lgamma(2) = 0 exactly; integers <= 0 → `ValueError: math domain error`;
 * an infinite result from a finite x → `OverflowError: math range error`.
 */
export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) throw new PyError('ValueError', 'math domain error');
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -glibcLog(absx);
  let r = glibcLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (glibcLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - glibcLog(Math.abs(sinpi(absx))) - glibcLog(absx) - r;
  if (r === Infinity || r === -Infinity) throw new PyError('OverflowError', 'math range error');
  return r;
}
