import type { BitGenerator } from '../bitgen/BitGenerator';
import { pow } from '../libm/pow';
import { INT64_MAX_AS_DOUBLE } from '../int64'; // (double)RAND_INT_MAX

/**
 * `random_zipf` (numpy/random/src/distributions/distributions.c), Generator's Zipf: Devroye's
 * rejection method (Non-Uniform Random Variate Generation, 1986, p. 551), with U drawn from
 * (Umin, 1] as `U01 * Umin + (1 - U01)` so that X never exceeds int64 (Generator only;
 * RandomState draws U = 1 - U01), and a >= 1025 returning 1 without drawing.
 *
 * @param a > 1 (the caller checks `a <= 1 or a is NaN`).
 * @returns an integral double in [1, 2**63).
 */
export function randomZipf(bitgen: BitGenerator, a: number): number {
  if (a >= 1025) return 1;
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  const Umin = pow(INT64_MAX_AS_DOUBLE, -am1);
  for (;;) {
    const U01 = bitgen.nextDouble();
    const U = U01 * Umin + (1 - U01);
    const V = bitgen.nextDouble();
    const X = Math.floor(pow(U, -1.0 / am1));
    if (X > INT64_MAX_AS_DOUBLE || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return X;
  }
}
