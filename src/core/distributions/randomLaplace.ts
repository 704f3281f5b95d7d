import type { BitGenerator } from '../bitgen/BitGenerator';
import { log } from '../libm/log';

/**
 * `random_laplace` (distributions.c): inverse-CDF with one next_double U per try.
 * U >= 0.5 gives `loc - scale * log(2 - U - U)`, 0 < U < 0.5 gives `loc + scale * log(U + U)`,
 * U == 0 is rejected and redrawn (NumPy recurses; a loop is equivalent).
 * Used unchanged by `RandomState.laplace` and `Generator.laplace`.
 *
 * @param loc any double. @param scale >= 0 (checked by the caller: `scale < 0`).
 *
 * Bit-exactness: `2.0 - U - U` and `U + U` are kept as written (not `2 * (1 - U)`).
 */
export function randomLaplace(bitgen: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = bitgen.nextDouble();
    if (U >= 0.5) {
      return loc - scale * log(2.0 - U - U);
    }
    if (U > 0.0) {
      return loc + scale * log(U + U);
    }
  }
}
