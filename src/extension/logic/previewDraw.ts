import { drawTexts, type DrawRequest } from './drawTexts';
import { previewText } from './preview';

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
 * @throws what {@link drawTexts} throws (bad input, too many values), before drawing anything
 */
export function previewDraw(req: DrawRequest, maxChars: number, limit = PREVIEW_TEXTS): string {
  const draw = drawTexts(req, limit);
  const text = previewText(draw.texts, req.count, maxChars);
  return draw.shape !== null && draw.shape.length >= 2 && req.count > 0 ? `${draw.shape.join('×')}: ${text}` : text;
}
