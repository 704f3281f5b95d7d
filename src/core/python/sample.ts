import { pyTypeName } from '../call/bindArgs';
import { PyError } from '../errors';
import type { PyObj } from '../types';
import type { PythonRandom } from './PythonRandom';
import { bisectRight } from './bisect';
import { MAX_DRAWS } from './choices';
import { intValue, isPyInt, pyAdd, pyCompare } from './pyNum';
import { accumulate, asSequence, iterable } from './pySeq';
import { INT64_MAX as SSIZE_MAX } from '../int64'; // Py_ssize_t's maximum on 64-bit builds

/**
 * `sample(population, k, *, counts=None)` (CPython 3.11): k distinct positions in selection order.
 * With `counts`, population[i] is repeated counts[i] times: Python samples `range(total)` and
 * maps each pick back with `bisect(cum_counts, s)`. Errors in Python's order:
 * `Population must be a sequence.  For dicts or sets, use sorted(d).`,
 * `The number of counts does not match the population`, `Counts must be integers`,
 * `Total of counts must be greater than zero`, `Sample larger than population or is negative`,
 * and for a float k `can't multiply sequence by non-int of type 'float'`.
 */
export function sample(r: PythonRandom, population: PyObj, k: PyObj, counts: PyObj): PyObj[] {
  const plan = samplePlan(population, k, counts);
  if (plan.cum) {
    const cum = plan.cum;
    return sampleIndices(r, plan.n, k).map((s) => plan.items[bisectRight(cum, s)]);
  }
  return sampleIndices(r, plan.n, k).map((j) => plan.items[Number(j)]);
}

/**
 * Everything `sample` checks before it draws, in Python's order (see {@link sample}), k's range
 * included: the binder runs it, so `sample([1, 2, 3], 10**9)` says Python's `Sample larger than
 * population or is negative` rather than this tool's cap on values per call, which is checked after.
 * Returns the items, the size of the range sampled and (with `counts`) the cumulative counts.
 */
export function samplePlan(population: PyObj, k: PyObj, counts: PyObj): { items: PyObj[]; n: bigint; cum?: PyObj[] } {
  const pop = asSequence(population);
  if (!pop) throw new PyError('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = pop.items.length;
  if (counts !== null) {
    const cum = accumulate(iterable(counts), pyAdd);
    if (cum.length !== n) throw new PyError('ValueError', 'The number of counts does not match the population');
    const total = cum.pop();
    if (total === undefined) throw new PyError('IndexError', 'pop from empty list');
    if (!isPyInt(total)) throw new PyError('TypeError', 'Counts must be integers');
    const t = intValue(total);
    if (t <= 0n) throw new PyError('ValueError', 'Total of counts must be greater than zero');
    if (t > SSIZE_MAX) throw new PyError('OverflowError', 'Python int too large to convert to C ssize_t');
    checkK(t, k);
    return { items: pop.items, n: t, cum };
  }
  checkK(BigInt(n), k);
  return { items: pop.items, n: BigInt(n) };
}

/** `if not 0 <= k <= n: raise ValueError(...)`, then k must be an int (Python's `[None] * k`). */
function checkK(n: bigint, kArg: PyObj): void {
  if (!(pyCompare(0n, '<=', kArg) && pyCompare(kArg, '<=', n))) {
    throw new PyError('ValueError', 'Sample larger than population or is negative');
  }
  if (!isPyInt(kArg)) throw new PyError('TypeError', `can't multiply sequence by non-int of type '${pyTypeName(kArg)}'`);
}

/**
 * The selection core of `sample` on `range(n)`: validates k, then either the pool method
 * (n <= setsize: draw `_randbelow(n - i)` and move the last unselected item into the hole) or
 * the set method (draw `_randbelow(n)` until unseen). `setsize` is 21, plus for k > 5
 * `4 ** ceil(log(k * 3, 4))` — CPython's estimate of a set's table size, computed with the same
 * `log(x) / log(4.0)` so the method switches at the same n.
 */
function sampleIndices(r: PythonRandom, n: bigint, kArg: PyObj): bigint[] {
  if (!(pyCompare(0n, '<=', kArg) && pyCompare(kArg, '<=', n))) {
    throw new PyError('ValueError', 'Sample larger than population or is negative');
  }
  if (!isPyInt(kArg)) throw new PyError('TypeError', `can't multiply sequence by non-int of type '${pyTypeName(kArg)}'`);
  const kBig = intValue(kArg);
  if (kBig > MAX_DRAWS) throw new PyError('ValueError', `k=${kBig} is more than the ${MAX_DRAWS} draws this tool makes in one call`);
  const k = Number(kBig);
  let setsize = 21n;
  if (k > 5) setsize += 4n ** BigInt(Math.ceil(Math.log(k * 3) / Math.log(4)));
  const result: bigint[] = new Array(k);
  if (n <= setsize) {
    const m = Number(n);
    const pool = Array.from({ length: m }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = r.randbelowSmall(m - i);
      result[i] = BigInt(pool[j]);
      pool[j] = pool[m - i - 1];
    }
  } else {
    const selected = new Set<bigint>();
    for (let i = 0; i < k; i++) {
      let j = r.randbelow(n);
      while (selected.has(j)) j = r.randbelow(n);
      selected.add(j);
      result[i] = j;
    }
  }
  return result;
}
