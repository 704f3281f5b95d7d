import * as assert from 'assert';
import fc from 'fast-check';
import { documentOrder } from '../../src/extension/plain/planInsertion';
import type { OffsetRange } from '../../src/extension/plain/planInsertion';
import { planInsertion } from '../../src/extension/plain/planInsertion';

/** Non-overlapping ranges in a text of length `n`, shuffled (VS Code gives creation order). */
const rangesIn = (n: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: n }), { minLength: 1, maxLength: 24 })
    .chain((points) => {
      const sorted = [...points].sort((a, b) => a - b);
      // pair consecutive points into [start, end] ranges, some empty (cursors)
      return fc.tuple(fc.array(fc.boolean(), { minLength: sorted.length, maxLength: sorted.length }), fc.constant(sorted));
    })
    .map(([empty, sorted]) => {
      const out: OffsetRange[] = [];
      for (let i = 0; i < sorted.length; i++) {
        if (!empty[i] && i + 1 < sorted.length) {
          out.push({ start: sorted[i], end: sorted[i + 1] });
          i++;
        } else out.push({ start: sorted[i], end: sorted[i] });
      }
      return out;
    })
    .chain((rs) => fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }));

/** The obvious way: apply replacements from the end of the text backwards. */
function applyNaively(text: string, ranges: OffsetRange[], texts: string[]): string {
  const order = [...ranges.keys()].sort((a, b) => ranges[a].start - ranges[b].start || ranges[a].end - ranges[b].end);
  let out = text;
  for (let k = order.length - 1; k >= 0; k--) {
    const r = ranges[order[k]];
    out = out.slice(0, r.start) + texts[k] + out.slice(r.end);
  }
  return out;
}

suite('extension: filling selections', () => {
  test('document order: by start, then end, stable', () => {
    const rs = [{ start: 9, end: 9 }, { start: 0, end: 3 }, { start: 5, end: 5 }, { start: 0, end: 0 }];
    assert.deepStrictEqual(documentOrder(rs), [3, 1, 2, 0]);
  });

  test('property: the i-th text goes to the i-th selection in document order, and each inserted range is selected', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).chain((text) =>
          fc.tuple(fc.constant(text), rangesIn(text.length)).chain(([t, rs]) =>
            fc.tuple(fc.constant(t), fc.constant(rs), fc.array(fc.string({ maxLength: 8 }), { minLength: rs.length, maxLength: rs.length })),
          ),
        ),
        ([text, ranges, texts]) => {
          const plan = planInsertion(ranges, texts);
          const after = applyNaively(text, ranges, texts);
          // apply the plan's replacements the way an editor does (all against the old text)
          let built = '';
          let at = 0;
          for (const r of plan.replacements) {
            built += text.slice(at, r.range.start) + r.text;
            at = r.range.end;
          }
          built += text.slice(at);
          assert.strictEqual(built, after);
          assert.deepStrictEqual(plan.selectionsAfter.map((s) => after.slice(s.start, s.end)), texts);
          const starts = plan.replacements.map((r) => r.range.start);
          assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('several cursors on one line: positions shift by what was inserted before them', () => {
    // "a_b_c" with cursors after a, b, c made right to left
    const plan = planInsertion(
      [{ start: 5, end: 5 }, { start: 3, end: 3 }, { start: 1, end: 1 }],
      ['100', '2', '33'],
    );
    assert.deepStrictEqual(plan.selectionsAfter, [{ start: 1, end: 4 }, { start: 6, end: 7 }, { start: 9, end: 11 }]);
  });

  test('refuses mismatched counts and overlapping ranges', () => {
    assert.throws(() => planInsertion([{ start: 0, end: 0 }], []), RangeError);
    assert.throws(() => planInsertion([{ start: 0, end: 4 }, { start: 2, end: 6 }], ['a', 'b']), /overlap/);
  });
});
