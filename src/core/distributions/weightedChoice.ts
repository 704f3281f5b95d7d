import type { BitGenerator } from '../bitgen/BitGenerator';
import { PyError } from '../errors';

/**
 * The weighted branches of `choice(a, size, replace, p)`, written identically in NumPy's
 * `mtrand.pyx` (RandomState) and `_generator.pyx` (Generator), so both engines share them.
 */

/** `cdf = p.cumsum(); cdf /= cdf[-1]`: sequential sums (as `np.add.accumulate`), then one division each. */
export function normalizedCdf(p: ArrayLike<number>): Float64Array {
  const cdf = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = s += p[i];
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** `cdf.searchsorted(u, side='right')`: the number of entries <= u. */
export function searchRight(cdf: ArrayLike<number>, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Weighted sampling without replacement: rounds of `size - len(found)` uniform draws through the
 * cdf of the not-yet-chosen weights, keeping first occurrences in order, until `count` are found.
 * Raises NumPy's `Fewer non-zero entries in p than size`.
 */
export function weightedChoiceNoReplace(bitgen: BitGenerator, probs: ArrayLike<number>, count: number): number[] {
  let nonzero = 0;
  for (let i = 0; i < probs.length; i++) if (probs[i] > 0) nonzero++;
  if (nonzero < count) throw new PyError('ValueError', 'Fewer non-zero entries in p than size');
  const p = Float64Array.from(probs);
  const found: number[] = [];
  while (found.length < count) {
    const x: number[] = [];
    for (let i = found.length; i < count; i++) x.push(bitgen.nextDouble());
    for (const f of found) p[f] = 0;
    const cdf = normalizedCdf(p);
    const seen = new Set<number>();
    for (const u of x) {
      const k = searchRight(cdf, u);
      if (!seen.has(k)) {
        seen.add(k);
        found.push(k);
      }
    }
  }
  return found;
}
