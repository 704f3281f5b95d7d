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
 * The text one selection receives for the values of one call. A single value (a scalar call, or
 * a one-element 1-D result) prints as the core's {@link formatValueWith} (floats per `format`,
 * integers exact, strings raw unless quoted). Several values follow `arrays`:
 * - `literal`: one literal in the document's syntax, nested by the result's shape
 *   (`[[a, b], [c, d]]`; a CSV row per line for 2-D; 3-D and more refused in CSV);
 * - `comma`: the values joined by `, `; a result of 2 or more dimensions writes one line per
 *   row of its last axis (`a, b⏎c, d` for 2×2);
 * - `lines`: one value per line, in C order, whatever the shape.
 *
 * @param values the call's result, flattened in C order (a scalar call gives one value)
 * @param shape the result's shape (the prepared call's `shape`; null for a scalar)
 * @param literal the literal syntax for the `literal` style (see {@link literalStyleOf})
 * @param eol the document's line break, used by the `lines` style so offsets stay exact
 */
export function formatCallResult(
  values: readonly PyObj[],
  format: NumberFormat,
  arrays: ArrayStyle,
  eol = '\n',
  literal: LiteralStyle = 'python',
  shape: readonly number[] | null = null,
): string {
  const nested = shape !== null && shape.length >= 2;
  if (values.length === 1 && !nested) return formatValueWith(values[0], format);
  switch (arrays) {
    case 'literal':
      return formatLiteral(values, literal, format, shape, eol);
    case 'comma': {
      const texts = values.map((v) => formatValueWith(v, format));
      if (!nested) return texts.join(', ');
      const row = shape[shape.length - 1];
      const rows: string[] = [];
      for (let at = 0; at < texts.length; at += row) rows.push(texts.slice(at, at + row).join(', '));
      return rows.join(eol);
    }
    case 'lines':
      return values.map((v) => formatValueWith(v, format)).join(eol);
  }
}
