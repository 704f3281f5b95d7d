/**
 * Lib/random.py's module constants, as the doubles CPython computes at import with the C
 * library (`NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)`, `LOG4 = _log(4.0)`,
 * `SG_MAGICCONST = 1.0 + _log(4.5)`), written out so that no JavaScript libm rounding can
 * change them; `TWOPI` is `math.tau`, `E` is `math.e`, `PI` is `math.pi`.
 */
export const NV_MAGICCONST = 1.7155277699214135;
export const LOG4 = 1.3862943611198906;
export const SG_MAGICCONST = 2.504077396776274;
export const TWOPI = 6.283185307179586;
export const PI = 3.141592653589793;
export const E = 2.718281828459045;
