import { reprString } from '../../core/format/formatValue';
import { formatValueWith } from '../../core/format/formatValueWith';
import type { NumberFormat } from '../../core/format/numberFormat';
import type { PyObj } from '../../core/types';

/**
 * How a call that returns several values (`size=3`, `sample(k=3)`, `shuffle`) fills one selection:
 * - `list`:  `[3, 7, 1]` — a Python list literal (strings quoted, as Python prints a list);
 * - `comma`: `3, 7, 1`;
 * - `lines`: one value per line.
 */
export type ArrayStyle = 'list' | 'comma' | 'lines';
export const ARRAY_STYLES: readonly ArrayStyle[] = ['list', 'comma', 'lines'];

/** One value as an element of a Python list literal: as {@link formatValueWith}, strings always quoted. */
function formatElement(v: PyObj, format: NumberFormat): string {
  return typeof v === 'string' ? reprString(v) : formatValueWith(v, format);
}

/**
 * The text one selection receives for the values of one call. A single value prints as the
 * core's {@link formatValueWith} (floats per `format`, integers exact, strings raw unless quoted).
 *
 * @param values the call's result, flattened (a scalar call gives one value)
 * @param eol the document's line break, used by the `lines` style so offsets stay exact
 */
export function formatCallResult(values: readonly PyObj[], format: NumberFormat, arrays: ArrayStyle, eol = '\n'): string {
  if (values.length === 1) return formatValueWith(values[0], format);
  switch (arrays) {
    case 'list':
      return `[${values.map((v) => formatElement(v, format)).join(', ')}]`;
    case 'comma':
      return values.map((v) => formatValueWith(v, format)).join(', ');
    case 'lines':
      return values.map((v) => formatValueWith(v, format)).join(eol);
  }
}
