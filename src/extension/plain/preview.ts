import { PreviewSkipped } from '../../core/layout/previewBudget';
import { drawTexts, type DrawRequest } from './drawTexts';

/**
 * A one-line preview of the texts an insertion will make: `3, 7, 1` — or, when they do not fit,
 * the first ones and a count: `3, 7, 1, … (100 values)`. Line breaks inside a text show as `⏎`.
 *
 * @param texts the texts in document order (possibly only a prefix of them, see `total`)
 * @param total how many texts the full insertion makes (≥ texts.length); `Infinity` when unknown
 *   (an open-ended stream): then the preview ends with `, …` and no count
 * @param maxChars soft width of the preview (≥ 10)
 */
export function previewText(texts: readonly string[], total = texts.length, maxChars = 80): string {
  if (total === 0) return '(no selection)';
  const shown: string[] = [];
  let width = 0;
  for (const t of texts) {
    const one = t.replace(/\r?\n/g, '⏎');
    const piece = one.length > maxChars ? `${one.slice(0, maxChars - 1)}…` : one;
    if (shown.length > 0 && width + 2 + piece.length > maxChars) break;
    shown.push(piece);
    width += (shown.length > 1 ? 2 : 0) + piece.length;
  }
  if (shown.length === total) return shown.join(', ');
  if (total === Infinity) return `${shown.join(', ')}, …`;
  return `${shown.join(', ')}, … (${total} values)`;
}

/** Texts computed for a preview: the first ones of the draw (the rest are summarised by a count). */
export const PREVIEW_TEXTS = 8;

/**
 * The one-line preview of what an insertion would make, shown in the Insert quick input (each
 * call's item, and the parameters step): the first {@link PREVIEW_TEXTS} texts of the very draw
 * the insertion makes — the same {@link drawTexts}, cut short by its `limit`, so the preview is a
 * prefix of the inserted texts, never a second draw that could differ.
 *
 * A result of 2 or more dimensions is prefixed with its shape: `2×3: [[0.1, 0.2, 0.3], [0.4, …`.
 *
 * @param maxChars soft width of the line (see {@link previewText})
 * @throws what {@link drawTexts} throws (bad input, too many values), before drawing anything.
 * A call estimated beyond the core's `PREVIEW_BUDGET` is not run: the preview then says
 * `preview skipped (large call): about N draws…` (the insertion still runs it).
 */
export function previewDraw(req: DrawRequest, maxChars: number, limit = PREVIEW_TEXTS): string {
  try {
    const draw = drawTexts(req, limit, 'preview');
    const text = previewText(draw.texts, req.count, maxChars);
    return draw.shape !== null && draw.shape.length >= 2 && req.count > 0 ? `${draw.shape.join('×')}: ${text}` : text;
  } catch (e) {
    if (e instanceof PreviewSkipped) return e.message;
    throw e;
  }
}
