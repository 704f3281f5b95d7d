import type { PyObj } from '../types';
import { pyCompare } from './pyNum';

/**
 * `bisect.bisect_right(a, x, lo, hi)` (Modules/_bisectmodule.c): the first index in [lo, hi] whose
 * item is greater than x, found by halving with the comparison `x < a[mid]` only — so it gives
 * Python's answer even for an unsorted list (negative weights or counts).
 */
export function bisectRight(a: readonly PyObj[], x: PyObj, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pyCompare(x, '<', a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
