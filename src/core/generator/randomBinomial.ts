import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomBinomialBtpe } from './randomBinomialBtpe';
import { exp } from '../libm/exp';
import { log1p } from '../libm/log1p';

/**
 * `random_binomial_inversion` (numpy/random/src/distributions/distributions.c), Generator's
 * version: inversion by sequential search from P(0) = (1-p)^n computed as `exp(n * log1p(-p))`
 * (RandomState's legacy copy uses `exp(n * log(q))`), restarting with a fresh uniform when the
 * search passes `bound = min(n, np + 10 sqrt(np q + 1))`.
 */
function binomialInversion(bitgen: BitGenerator, n: number, p: number): number {
  const q = 1.0 - p;
  const qn = exp(n * log1p(-p));
  const np = n * p;
  const bound = Math.trunc(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1)));
  let X = 0;
  let px = qn;
  let U = bitgen.nextDouble();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = bitgen.nextDouble();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}

/**
 * `random_binomial` (distributions.c), Generator's binomial: 0 when n == 0 or p == 0; otherwise
 * on min(p, 1-p): inversion when that times n is <= 30, else BTPE (Kachitvichyanukul &
 * Schmeiser), mirrored as n - X for p > 0.5.
 *
 * @param p in [0, 1], @param n an int64 >= 0 (checked by the caller: `p < 0, p > 1 or p is
 *   NaN`, `n < 0`). The samplers see n as a double, as NumPy's arithmetic does; the final
 *   `n - X` is exact int64 arithmetic, as in C.
 */
export function randomBinomial(bitgen: BitGenerator, p: number, n: bigint): bigint {
  if (n === 0n || p === 0.0) return 0n;
  const nd = Number(n);
  if (p <= 0.5) {
    return BigInt(p * nd <= 30.0 ? binomialInversion(bitgen, nd, p) : randomBinomialBtpe(bitgen, nd, p));
  }
  const q = 1.0 - p;
  return n - BigInt(q * nd <= 30.0 ? binomialInversion(bitgen, nd, q) : randomBinomialBtpe(bitgen, nd, q));
}
