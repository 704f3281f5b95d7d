import { documentOrder } from './documentOrder';
import type { OffsetRange } from './offsetRange';

/** One replacement, in offsets of the document *before* the edit. */
export interface Replacement {
  range: OffsetRange;
  text: string;
}

/** What the shell applies in one `editor.edit`, and what it selects afterwards. */
export interface InsertionPlan {
  /** Replacements in document order; `texts[i]` goes to the i-th selection in document order. */
  replacements: Replacement[];
  /** The inserted text's ranges in offsets of the document *after* the edit, in document order. */
  selectionsAfter: OffsetRange[];
}

/**
 * Pair the i-th text with the i-th selection in document order and compute where each inserted
 * text lands once every replacement is applied.
 *
 * @param ranges the selections in any order (VS Code's order); they must not overlap, which
 *   VS Code guarantees by merging overlapping selections. Empty ranges are cursors.
 * @param texts one text per range, in document order (`texts.length === ranges.length`).
 *
 * The new start of replacement i is its old start shifted by the length change of every
 * replacement before it — so two cursors on one line, or a text with line breaks, land exactly
 * (never `start + text.length` from the old position, a bug other tools shipped).
 */
export function planInsertion(ranges: readonly OffsetRange[], texts: readonly string[]): InsertionPlan {
  if (texts.length !== ranges.length) {
    throw new RangeError(`planInsertion: ${texts.length} texts for ${ranges.length} selections`);
  }
  const order = documentOrder(ranges);
  const replacements: Replacement[] = [];
  const selectionsAfter: OffsetRange[] = [];
  let shift = 0;
  let previousEnd = -1;
  order.forEach((index, k) => {
    const { start, end } = ranges[index];
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
      throw new RangeError(`planInsertion: bad range [${start}, ${end}]`);
    }
    if (start < previousEnd) throw new RangeError('planInsertion: selections overlap');
    previousEnd = end;
    const text = texts[k];
    replacements.push({ range: { start, end }, text });
    selectionsAfter.push({ start: start + shift, end: start + shift + text.length });
    shift += text.length - (end - start);
  });
  return { replacements, selectionsAfter };
}
