import { PyError } from '../errors';
import type { PyObj } from '../types';
import type { PythonRandom } from './PythonRandom';
import { bisectRight } from './bisect';
import { floorInt } from './pyMath';
import { isPyInt, pyAdd, pyIndex } from './pyNum';
import { accumulate, item, iterable, sized } from './pySeq';

/**
 * `choices(population, weights=None, *, cum_weights=None, k=1)` (CPython 3.11), k draws with
 * replacement, in Python's order of checks:
 * - no weights: `population[floor(random() * n)]` with n = float(len(population)) — one
 *   `random()` per draw and no `_randbelow`, so the indices differ from `choice`'s;
 * - weights: `cum_weights = list(accumulate(weights))` (Python `+`, in order: float sums round
 *   as Python's do); a non-iterable int `weights` is
 *   `TypeError: The number of choices must be a keyword argument: k=3`;
 * - then `bisect(cum_weights, random() * total, 0, n - 1)` with `total = cum_weights[-1] + 0.0`,
 *   which must be > 0 and finite.
 * `k` is `operator.index`-like (`repeat(None, k)`); a negative k gives no draws.
 */
export function choices(r: PythonRandom, population: PyObj, weights: PyObj, cumWeights: PyObj, kArg: PyObj): PyObj[] {
  const pop = sized(population);
  const n = pop.items.length;
  let cum: PyObj[];
  if (cumWeights === null) {
    if (weights === null) {
      const k = repeatCount(kArg);
      const out: PyObj[] = [];
      for (let i = 0; i < k; i++) out.push(item(pop, Number(floorInt(r.random() * n))));
      return out;
    }
    try {
      cum = accumulate(iterable(weights), pyAdd);
    } catch (e) {
      if (!(e instanceof PyError) || e.type !== 'TypeError' || !isPyInt(weights)) throw e;
      const k = typeof weights === 'boolean' ? (weights ? 'True' : 'False') : weights.toString();
      throw new PyError('TypeError', `The number of choices must be a keyword argument: k=${k}`);
    }
  } else if (weights !== null) {
    throw new PyError('TypeError', 'Cannot specify both weights and cumulative weights');
  } else {
    cum = sized(cumWeights).items;
  }
  if (cum.length !== n) throw new PyError('ValueError', 'The number of weights does not match the population');
  const last = item(cumWeights === null ? { kind: 'list', items: cum } : sized(cumWeights), -1);
  const total = pyAdd(last, 0.0) as number; // a number plus 0.0 is a float, or TypeError
  if (total <= 0.0) throw new PyError('ValueError', 'Total of weights must be greater than zero');
  if (!Number.isFinite(total)) throw new PyError('ValueError', 'Total of weights must be finite');
  const k = repeatCount(kArg);
  const hi = n - 1;
  const out: PyObj[] = [];
  for (let i = 0; i < k; i++) out.push(pop.items[bisectRight(cum, r.random() * total, 0, hi)]);
  return out;
}

/** A guard of ours, not Python's: more values than any editor insert or CLI run can use. */
export const MAX_DRAWS = 10_000_000n;

/** `itertools.repeat(None, k)`'s count: an int (or bool), negative → 0. */
function repeatCount(k: PyObj): number {
  const n = pyIndex(k);
  if (n <= 0n) return 0;
  if (n > MAX_DRAWS) throw new PyError('ValueError', `k=${n} is more than the ${MAX_DRAWS} draws this tool makes in one call`);
  return Number(n);
}
