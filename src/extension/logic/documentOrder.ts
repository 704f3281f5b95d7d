import type { OffsetRange } from './offsetRange';

/**
 * The indices of `ranges` sorted into document order: by start offset, then by end offset, then by
 * their original index (so equal ranges keep a stable order).
 *
 * VS Code lists selections in the order the cursors were made (the primary one first); users expect
 * the first value at the top of the file (USERS.md #2), so every command fills in this order.
 */
export function documentOrder(ranges: readonly OffsetRange[]): number[] {
  return ranges
    .map((_, i) => i)
    .sort((a, b) => ranges[a].start - ranges[b].start || ranges[a].end - ranges[b].end || a - b);
}
