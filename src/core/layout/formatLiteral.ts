import { formatValueWith } from '../format/formatValueWith';
import { REPR_FORMAT, type NumberFormat } from '../format/numberFormat';
import type { PyObj } from '../types';
import { csvField, literalElement } from './literalElement';
import type { LiteralStyle } from './literalStyles';

/**
 * Several values as one literal on one line, for a single cursor receiving a whole array
 * (`randint(1, 10, size=5)` → `[4, 1, 2, 9, 3]`): `python`/`json`/`javascript` → `[a, b]`,
 * `numpy` → `np.array([a, b])`, `csv` → `a,b`, `tsv` → `a<tab>b` (see {@link LiteralStyle} for each value's form).
 * An empty result gives `[]` (`np.array([])`, and an empty string for csv).
 */
export function formatLiteral(values: readonly PyObj[], style: LiteralStyle, fmt: NumberFormat = REPR_FORMAT): string {
  if (style === 'csv' || style === 'tsv') {
    const delimiter = style === 'csv' ? ',' : '\t';
    return values.map((v) => csvField(formatValueWith(v, fmt), delimiter)).join(delimiter);
  }
  const inner = values.map((v) => literalElement(v, style, fmt)).join(', ');
  return style === 'numpy' ? `np.array([${inner}])` : `[${inner}]`;
}
