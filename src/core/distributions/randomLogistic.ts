import type { BitGenerator } from '../bitgen/BitGenerator';
import { log } from '../libm/log';

/**
 * `random_logistic` (distributions.c): `loc + scale * log(U / (1 - U))` with U = next_double,
 * redrawing when U == 0 (NumPy recurses; a loop is equivalent).
 * Used unchanged by `RandomState.logistic` and `Generator.logistic`.
 *
 * @param loc any double. @param scale >= 0 (checked by the caller: `scale < 0`).
 */
export function randomLogistic(bitgen: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = bitgen.nextDouble();
    if (U > 0.0) {
      return loc + scale * log(U / (1.0 - U));
    }
  }
}
