import { formatValue, repr } from '../../core/format/formatValue';
import type { PyObj } from '../../core/types';
import { formatFixed, type NumberFormat } from './numberFormat';

/**
 * How a call that returns several values (`size=3`, `sample(k=3)`, `shuffle`) fills one selection:
 * - `list`:  `[3, 7, 1]` — a Python list literal (strings quoted, as Python prints a list);
 * - `comma`: `3, 7, 1`;
 * - `lines`: one value per line.
 */
export type ArrayStyle = 'list' | 'comma' | 'lines';
export const ARRAY_STYLES: readonly ArrayStyle[] = ['list', 'comma', 'lines'];

/** One scalar as inserted on its own: strings raw, floats per `format`, everything else `repr`. */
export function formatScalar(v: PyObj, format: NumberFormat): string {
  if (typeof v === 'number' && format.kind === 'fixed') return formatFixed(v, format.digits);
  return formatValue(v);
}

/** One scalar as an element of a Python list literal: like {@link formatScalar} but strings quoted. */
function formatElement(v: PyObj, format: NumberFormat): string {
  if (typeof v === 'number' && format.kind === 'fixed') return formatFixed(v, format.digits);
  return repr(v);
}

/**
 * The text one selection receives for the values of one call.
 *
 * @param values the call's result, flattened (a scalar call gives one value)
 * @param eol the document's line break, used by the `lines` style so offsets stay exact
 */
export function formatCallResult(values: readonly PyObj[], format: NumberFormat, arrays: ArrayStyle, eol = '\n'): string {
  if (values.length === 1) return formatScalar(values[0], format);
  switch (arrays) {
    case 'list':
      return `[${values.map((v) => formatElement(v, format)).join(', ')}]`;
    case 'comma':
      return values.map((v) => formatScalar(v, format)).join(', ');
    case 'lines':
      return values.map((v) => formatScalar(v, format)).join(eol);
  }
}
