import { formatValueWith } from '../format/formatValueWith';
import { REPR_FORMAT, type NumberFormat } from '../format/numberFormat';
import { PyNdArray, type PyObj } from '../types';
import { csvField, literalElement } from './literalElement';
import { CsvDimensionsError } from './csvDimensionsError';
import type { LiteralStyle } from './literalStyles';

/**
 * Several values as one literal, for a single cursor receiving a whole array: nested as the
 * result's `shape` says (`rand(2, 2)` → `[[a, b], [c, d]]`; a flat list without a shape).
 * `python`/`json`/`javascript` → `[a, b]`, `[[a, b], [c, d]]`; `numpy` → `np.array([a, b])`,
 * `np.array([[a, b], [c, d]])`; `csv` → a row `a,b` (`tsv` → `a<tab>b`), or for a 2-D result one row per line
 * (joined by `eol`) — a result of 3 or more dimensions has no CSV form and throws
 * {@link CsvDimensionsError}. See {@link LiteralStyle} for each value's form. An empty result
 * gives `[]` (`np.array([])`, and an empty string for csv).
 */
export function formatLiteral(
  values: readonly PyObj[],
  style: LiteralStyle,
  fmt: NumberFormat = REPR_FORMAT,
  shape: readonly number[] | null = null,
  eol = '\n',
): string {
  const dims = shape === null || shape.length <= 1 ? [values.length] : shape;
  if (style === 'csv' || style === 'tsv') {
    if (dims.length > 2) throw new CsvDimensionsError(dims);
    const delimiter = style === 'csv' ? ',' : '\t';
    const row = (from: number, to: number) => values.slice(from, to).map((v) => csvField(formatValueWith(v, fmt), delimiter)).join(delimiter);
    if (dims.length === 1) return row(0, values.length);
    const rows: string[] = [];
    for (let r = 0; r < dims[0]; r++) rows.push(row(r * dims[1], (r + 1) * dims[1]));
    return rows.join(eol);
  }
  const inner =
    dims.length === 1
      ? `[${values.map((v) => literalElement(v, style, fmt)).join(', ')}]`
      : literalElement(new PyNdArray([...dims], 'object', values as PyObj[]), style, fmt);
  return style === 'numpy' ? `np.array(${inner})` : inner;
}
