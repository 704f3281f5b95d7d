/** A selection as line/character positions (VS Code's `Selection`, as plain data). */
export interface LineSelection {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

/**
 * The lines a line command works on:
 * - `document`: the whole text (nothing selected, or every line selected);
 * - `lines`: lines `first..last` (inclusive), taken without the last one's line break;
 * - `refuse`: several separate blocks are selected; the message says what to do.
 */
export type LineBlock = { kind: 'document' } | { kind: 'lines'; first: number; last: number } | { kind: 'refuse'; message: string };

/**
 * Which lines Shuffle/Sample/Split work on, from the selections (any order) and the document's
 * VS Code line count (`'a\nb\n'` has 3: the empty line after the final newline counts there).
 *
 * - Only cursors (empty selections) → the whole document.
 * - One non-empty selection (cursors besides it are ignored) → the lines it touches; a selection
 *   ending at the start of a line does not include that line (as VS Code's Sort Lines). When
 *   those are all the document's lines, it is the whole document, so a final newline is kept
 *   as the document's own.
 * - Several non-empty selections → refused: each would be a separate draw, which no single
 *   Python call reproduces.
 */
export function lineBlock(selections: readonly LineSelection[], lineCount: number, lastLineEmpty: boolean): LineBlock {
  const ranges = selections.filter((s) => s.startLine !== s.endLine || s.startCharacter !== s.endCharacter);
  if (ranges.length === 0) return { kind: 'document' };
  if (ranges.length > 1) {
    return { kind: 'refuse', message: 'select one block of lines, or nothing for the whole document (several selections would be separate draws).' };
  }
  const s = ranges[0];
  const first = Math.min(s.startLine, s.endLine);
  let last = Math.max(s.startLine, s.endLine);
  const endCharacter = s.endLine >= s.startLine ? s.endCharacter : s.startCharacter;
  if (last > first && endCharacter === 0) last -= 1;
  // the document's last line that holds text: an empty line after a final newline is no line of its own
  const lastLine = lastLineEmpty && lineCount > 1 ? lineCount - 2 : lineCount - 1;
  if (first === 0 && last >= lastLine) return { kind: 'document' };
  return { kind: 'lines', first, last };
}
