/*
 * FROZEN like NumPy's legacy code (legacy-distributions.c): RandomState's stream depends on it.
 * Generator's versions of these were since changed (zipf's Umin, geometric's inversion via an
 * exponential, logseries' log1p/expm1).
 */
import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomGeometricSearch } from '../distributions/randomGeometricSearch';
import { PyError } from '../errors';
import { exp } from '../libm/exp';
import { log } from '../libm/log';
import { log1p } from '../libm/log1p';
import { pow } from '../libm/pow';

/** (double)RAND_INT_MAX: int64's maximum as a double, i.e. 2**63. */
const RAND_INT_MAX_D = 9223372036854775807;

/**
 * C's `(int64_t)x` for a double already integral (or not finite), as x86-64 does it: values
 * outside int64's range and NaN become INT64_MIN ("integer indefinite").
 */
export function toInt64(x: number): bigint {
  if (!(x >= -(2 ** 63) && x < 2 ** 63)) return -(2n ** 63n);
  return BigInt(Math.trunc(x));
}

/**
 * `legacy_random_zipf`: rejection sampling (Devroye 1986, p. 551): X = floor(U^(-1/(a-1)))
 * with U = 1 - next_double, V = next_double, accepted if V·X·(T-1)/(b-1) <= T/b with
 * T = (1 + 1/X)^(a-1), b = 2^(a-1). X beyond int64 (or < 1) is rejected.
 * @param a > 1 (checked by the caller).
 *
 * For a - 1 >= 1024, b overflows to inf and acceptance would need X >= 3, i.e. U < 3^-(a-1),
 * which no double from next_double reaches: NumPy loops forever there. This raises instead.
 */
export function legacyZipf(bits: BitGenerator, a: number): bigint {
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  if (b === Infinity) {
    throw new PyError('ValueError', 'zipf(a) with a >= 1025 never returns in NumPy\'s legacy RandomState (it loops forever)');
  }
  const e = -1.0 / am1;
  const uReject = zipfRejectBelow(e);
  for (;;) {
    const U = 1.0 - bits.nextDouble();
    const V = bits.nextDouble();
    if (U < uReject) continue; // X would be far beyond int64: rejected without the pow
    const X = Math.floor(pow(U, e));
    if (X > RAND_INT_MAX_D || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return toInt64(X);
  }
}

/**
 * The expected draws of one {@link legacyZipf} value, for the table's `work`: two per round, and
 * a round is kept only when X fits int64, i.e. U >= 2^(-63(a-1)) — about 1 round in 230,000 for
 * a = 1.0000001 (V's test rejects fewer). 2 for a far above 1.
 */
export function legacyZipfDraws(a: number): number {
  const am1 = a - 1.0;
  if (!(am1 > 0)) return 2; // refused by the binder (a <= 1 or NaN)
  return 2 / -Math.expm1(-63 * am1 * Math.LN2);
}

/**
 * A bound below which every U gives `pow(U, e)` beyond 2^70, so NumPy's loop rejects it as
 * beyond int64 (2^63) — found without the pow, which dominates the loop when a is just above 1
 * (a = 1.0000001 rejects all but about 1 U in 230,000). The same draws are made and the same X
 * accepted: only rejections are decided early, with a 2^7 margin against pow's and this bound's
 * rounding (each a few ulps; the relative error of `pow(U, e)` is about |e| ulps of U, so the
 * bound is used only for |e| <= 1e12, where that stays below 1e-3). Else 0 (never).
 */
function zipfRejectBelow(e: number): number {
  if (!(e < 0 && e >= -1e12)) return 0;
  return pow(2.0, 70.0 / e);
}

/**
 * `legacy_random_geometric`: for p >= 1/3 the shared sequential search
 * (`random_geometric_search`), else inversion `ceil(log1p(-U) / log(1 - p))` — legacy uses
 * log(1 - p) where Generator uses log1p(-p) and an exponential draw.
 * @param p in (0, 1] (checked by the caller).
 */
export function legacyGeometric(bits: BitGenerator, p: number): bigint {
  if (p >= 0.333333333333333333333333) return BigInt(randomGeometricSearch(bits, p));
  return toInt64(Math.ceil(log1p(-bits.nextDouble()) / log(1 - p)));
}

/**
 * `legacy_logseries`: Kemp's second algorithm (LK, 1981): V >= p → 1; else q = 1 - exp(r·U)
 * with r = log(1 - p); V <= q² → floor(1 + log(V)/log(q)) (redrawn when < 1 or V == 0);
 * V >= q → 1; else 2.
 * @param p in [0, 1) (checked by the caller).
 */
export function legacyLogseries(bits: BitGenerator, p: number): bigint {
  const r = log(1.0 - p);
  for (;;) {
    const V = bits.nextDouble();
    if (V >= p) return 1n;
    const U = bits.nextDouble();
    const q = 1.0 - exp(r * U);
    if (V <= q * q) {
      const result = toInt64(Math.floor(1 + log(V) / log(q)));
      if (result < 1n || V === 0.0) continue;
      return result;
    }
    if (V >= q) return 1n;
    return 2n;
  }
}
