import { PREVIEW_BUDGET } from '../../src/core/layout/previewBudget';
import { PREVIEW_TEXTS, previewDraw } from '../../src/extension/plain/preview';
import type { DrawRequest } from '../../src/extension/plain/drawTexts';
import { median, timeOurs } from './numpyTiming';

/**
 * The preview budget's worst cases (issue #14: previews run on the extension host on every
 * keystroke and should stay near 50 ms): calls whose estimated work is just under PREVIEW_BUDGET
 * for the 8 texts a preview computes, timed as the Insert prompt runs them. No NumPy column: this
 * is the editor's own cost. Calls beyond the budget are skipped without running (not timed here).
 */
const per = PREVIEW_BUDGET / PREVIEW_TEXTS;
const CASES: [DrawRequest['engine'], string][] = [
  ['numpy', `random(size=${per})`],
  ['numpy', `permutation(${per})`],
  ['numpy', `choice(${per}, 5, replace=False)`],
  ['numpy', `zipf(1.00002, size=${Math.floor(per / 1200)})`],
  ['numpy', `multinomial(100, [0.1, 0.2, 0.3, 0.4], size=${per / 4})`],
  ['numpy-generator', `standard_normal(size=${per})`],
  ['numpy-generator', `permutation(${per})`],
  ['python', `choices([1, 2, 3], k=${per - 3})`],
  ['python', 'getrandbits(50000)'],
  ['python', `string(${per - 52})`],
];
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
console.log(`\npreview budget: ${PREVIEW_BUDGET.toLocaleString('en-US')} draws for ${PREVIEW_TEXTS} texts; ms per preview (median of ${REPEAT})`);
for (const [engine, call] of CASES) {
  const req: DrawRequest = { engine, seed: '1', call, count: PREVIEW_TEXTS, fill: 'each', format: { style: 'repr' }, arrays: 'comma', eol: '\n' };
  let shown = '';
  const t = median([0, 1, 2].map(() => timeOurs(() => (shown = previewDraw(req, 60)), REPEAT)));
  console.log(`  ${engine.padEnd(16)} ${call.padEnd(48)} ${(t * 1000).toFixed(1).padStart(7)} ms  ${shown.slice(0, 40)}`);
}
