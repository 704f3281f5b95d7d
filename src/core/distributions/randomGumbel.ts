import type { BitGenerator } from '../bitgen/BitGenerator';
import { log } from '../libm/log';

/**
 * `random_gumbel` (distributions.c): `loc - scale * log(-log(U))` with U = 1 - next_double,
 * redrawing when U == 1 (NumPy recurses; a loop is equivalent).
 * Used unchanged by `RandomState.gumbel` and `Generator.gumbel`.
 *
 * @param loc any double. @param scale >= 0 (checked by the caller: `scale < 0`).
 */
export function randomGumbel(bitgen: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = 1.0 - bitgen.nextDouble();
    if (U < 1.0) {
      return loc - scale * log(-log(U));
    }
  }
}
