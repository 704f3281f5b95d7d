import { expm1 } from '../libm/expm1';
import type { BitGenerator } from '../bitgen/BitGenerator';
import { log } from '../libm/log';
import { log1p } from '../libm/log1p';

/**
 * `random_logseries` (numpy/random/src/distributions/distributions.c), Generator's logarithmic
 * series: Kemp's second accelerated generator (LK) with `r = log1p(-p)` and `q = -expm1(r * U)`;
 * V >= p returns 1 at once, and a computed result < 1 (or V == 0) is redrawn.
 * (RandomState's `legacy_logseries` is the older form with log(1 - p).)
 *
 * @param p in [0, 1) (the caller checks `p < 0, p >= 1 or p is NaN`).
 * @returns an integral double >= 1.
 */
export function randomLogseries(bitgen: BitGenerator, p: number): number {
  const r = log1p(-p);
  for (;;) {
    const V = bitgen.nextDouble();
    if (V >= p) return 1;
    const U = bitgen.nextDouble();
    const q = -expm1(r * U);
    if (V <= q * q) {
      const result = Math.floor(1 + log(V) / log(q));
      if (result < 1 || V === 0.0) continue;
      return result;
    }
    if (V >= q) return 1;
    return 2;
  }
}
