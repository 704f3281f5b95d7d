import { createEngine, prepareCall, type PreparedCall } from '../run';
import { valuesPerCall } from './checkCount';

/**
 * Most draws a preview may cost: previews run on the editor's extension host on every keystroke,
 * so a call estimated beyond this is not run for them (about 50 ms at the slowest measured draw
 * and format rate; `npm run bench` times the budget's worst case). The insertion itself still runs.
 */
export const PREVIEW_BUDGET = 100_000;

/** What a preview shows instead of values when the call is beyond {@link PREVIEW_BUDGET}. */
export const PREVIEW_SKIPPED = 'preview skipped (large call)';

/**
 * The estimated draws of `calls` calls of `call`, before running it: per call the larger of its
 * value count ({@link valuesPerCall}) and its table's `work` (legacy `choice(10**8, 5,
 * replace=False)` shuffles 10**8 indices to return 5).
 */
export function previewCost(call: PreparedCall, calls: number): number {
  const perCall = Math.max(1, valuesPerCall(call), call.spec.work?.(call.args) ?? 0);
  return perCall * calls;
}

/**
 * Check seed and call as the preview would (their errors are thrown, with the library's wording,
 * seeding first) and say whether running `calls` calls fits {@link PREVIEW_BUDGET}. Costs a parse,
 * a seeding and a bind — linear in the seed and call text, both capped.
 */
export function fitsPreviewBudget(engine: string, seed: string, callText: string, calls: number): boolean {
  createEngine(engine, seed);
  return previewCost(prepareCall(engine, callText), calls) <= PREVIEW_BUDGET;
}
