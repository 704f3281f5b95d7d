import { formatValueWith } from '../../core/format/formatValueWith';
import type { NumberFormat } from '../../core/format/numberFormat';
import { formatLiteral } from '../../core/layout/formatLiteral';
import type { LiteralStyle } from '../../core/layout/literalStyles';
import { literalStyleFor } from '../../core/layout/literalStyleFor';
import type { PyObj } from '../../core/types';
import type { ArrayStyle, LiteralSetting } from './config';
import { delimiterOf } from './delimited';

/**
 * The literal syntax for a document: the setting when it names a style; else one CSV (TSV) row
 * for a delimited document — by its language or, since stock VS Code opens `.csv` as Plain Text,
 * by its file name (see {@link delimiterOf}); else the style of the document's language
 * (`python` → Python list, `json`/`jsonc` → JSON, `javascript`/`typescript` → JavaScript),
 * Python's for any other language.
 *
 * @param path the document's path (`/ws/data.csv`; an untitled document's name counts too)
 */
export function literalStyleOf(setting: LiteralSetting, languageId: string, path = ''): LiteralStyle {
  if (setting !== 'auto') return setting;
  const delimiter = delimiterOf(languageId, path);
  if (delimiter) return delimiter === ',' ? 'csv' : 'tsv';
  return literalStyleFor(languageId, 'python');
}

/**
 * The text one selection receives for the values of one call. A single value prints as the
 * core's {@link formatValueWith} (floats per `format`, integers exact, strings raw unless quoted).
 *
 * @param values the call's result, flattened (a scalar call gives one value)
 * @param literal the literal syntax for the `literal` style (see {@link literalStyleOf})
 * @param eol the document's line break, used by the `lines` style so offsets stay exact
 */
export function formatCallResult(
  values: readonly PyObj[],
  format: NumberFormat,
  arrays: ArrayStyle,
  eol = '\n',
  literal: LiteralStyle = 'python',
): string {
  if (values.length === 1) return formatValueWith(values[0], format);
  switch (arrays) {
    case 'literal':
      return formatLiteral(values, literal, format);
    case 'comma':
      return values.map((v) => formatValueWith(v, format)).join(', ');
    case 'lines':
      return values.map((v) => formatValueWith(v, format)).join(eol);
  }
}
