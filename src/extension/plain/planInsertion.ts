// Selections as plain data and the one edit that replaces them: offsets, document order, line
// breaks, and where every inserted text lands. The vscode adapter (vscode/editorEdit.ts) converts
// `vscode.Selection`s to offsets and back; everything here is pure.

/**
 * A selection as plain data: UTF-16 offsets into the document text, `start <= end`.
 * The editor shell converts `vscode.Selection`s to these and back; everything in between is pure.
 */
export interface OffsetRange {
  start: number;
  end: number;
}

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

/**
 * Replace every line break in `text` with the document's (`\n` or `\r\n`). VS Code converts
 * inserted line breaks to the document's anyway; doing it first keeps the computed offsets of
 * the inserted ranges exact.
 */
export function normalizeEol(text: string, eol: string): string {
  return /[\r\n]/.test(text) ? text.replace(/\r\n|\r|\n/g, eol) : text;
}

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
