import { createEngine, prepareCall, type PreparedCall } from '../run';
import { checkCallSize, valuesPerCall } from './checkCount';

/**
 * Most work (in draws, see {@link callWork}) a preview may cost: previews run on the editor's
 * extension host on every keystroke, so a call estimated beyond this is not run for them. The
 * slowest previews just under it are float arrays, where printing each float costs more than
 * drawing it: `npm run bench preview` measured about 100 ms at 100,000 (8 × `random(size=12500)`,
 * 8 × `multinomial(…, size=3125)`, 2-core machine under load), so the budget is half that. The
 * insertion itself still runs the call.
 */
export const PREVIEW_BUDGET = 50_000;

/** How a preview beyond {@link PREVIEW_BUDGET} starts (the rest says how large the call is). */
export const PREVIEW_SKIPPED = 'preview skipped (large call)';

/** Thrown by {@link checkPreviewBudget}; its message is what the preview shows instead of values. */
export class PreviewSkipped extends Error {
  constructor(readonly work: number) {
    super(
      `${PREVIEW_SKIPPED}: about ${Math.round(work).toLocaleString('en-US')} draws, more than a preview makes ` +
        `(${PREVIEW_BUDGET.toLocaleString('en-US')}); the insertion still makes them`,
    );
  }
}

/**
 * The work of one call of `call`, in draws, estimated from its arguments before it runs: the
 * larger of its value count ({@link valuesPerCall}) and the work its table row declares
 * (`CallSpec.work`: legacy `choice(10**8, 5, replace=False)` shuffles 10**8 indices to return 5,
 * `multinomial(1, pvals, size)` draws a binomial per category per row, `getrandbits(k)` k/32
 * words), and at least 1.
 */
export function callWork(call: PreparedCall): number {
  return Math.max(1, valuesPerCall(call), call.spec.work?.(call.args) ?? 0);
}

/** Throw {@link PreviewSkipped} when `calls` calls of `call` would cost more than {@link PREVIEW_BUDGET}. */
export function checkPreviewBudget(call: PreparedCall, calls: number): void {
  const work = callWork(call) * calls;
  if (work > PREVIEW_BUDGET) throw new PreviewSkipped(work);
}

/**
 * Check seed and call as a preview of `calls` calls would (their errors are thrown with the
 * library's wording, seeding first, then the per-call cap), then its budget
 * ({@link checkPreviewBudget}). Costs a parse, a seeding and a bind — linear in the seed and call
 * text, both capped.
 */
export function checkPreview(engine: string, seed: string, callText: string, calls: number): void {
  createEngine(engine, seed);
  const call = prepareCall(engine, callText);
  checkCallSize(call);
  checkPreviewBudget(call, calls);
}
