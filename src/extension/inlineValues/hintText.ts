import { repr } from '../../core/format/formatValue';
import { PyNdArray, type PyObj } from '../../core/types';

/** Longest inlay hint label (characters after the arrow); the hover shows the whole value. */
export const HINT_MAX = 48;
/** Longest value a hover shows. */
export const HOVER_MAX = 10_000;

/** `2×3` for an array's shape; '' for anything else. */
export function shapeText(v: PyObj): string {
  return v instanceof PyNdArray && v.ndim > 0 ? v.shape.join('×') : '';
}

/** `text` cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, Math.max(1, max - 1)) + '…';
}

/**
 * An inlay hint's label for a call's values (one per run): `→ [2, 7, 8, 9, 5]`, `→ 2×3 [[0.5, …`
 * (the shape shown for arrays of two or more dimensions, or when the value is cut), and
 * `→ 0.52, 0.31, 0.77 (3 runs)` for a call in a loop.
 */
export function hintLabel(values: readonly PyObj[]): string {
  if (values.length === 1) {
    const v = values[0];
    const text = repr(v);
    const shape = shapeText(v);
    const showShape = shape !== '' && ((v as PyNdArray).ndim > 1 || text.length > HINT_MAX);
    return `→ ${showShape ? `${shape} ` : ''}${truncate(text, HINT_MAX)}`;
  }
  const runs = ` (${values.length} runs)`;
  return `→ ${truncate(values.map(repr).join(', '), HINT_MAX)}${runs}`;
}
