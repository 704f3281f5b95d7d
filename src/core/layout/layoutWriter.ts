import { formatValueWith } from '../format/formatValueWith';
import { REPR_FORMAT, type NumberFormat } from '../format/numberFormat';
import type { PyObj } from '../types';
import { csvField, literalElement } from './literalElement';

/**
 * How a generated document (or the CLI's `--layout`) lays out its values:
 * - `lines`: one value per line, as the CLI prints them (strings raw unless `quoteStrings`);
 * - `csv`: a one-column CSV with a header line (`value` unless given), fields quoted per RFC 4180;
 * - `json`: a JSON array, one element per line (2-space indent, as `JSON.stringify(a, null, 2)`);
 * - `python`: a Python list, one element per line with a trailing comma (4-space indent);
 * - `numpy`: `np.array([...])` laid out like `python`.
 * Every layout ends with a line break. Literal layouts write each value as {@link literalElement}.
 */
export type Layout = 'lines' | 'csv' | 'json' | 'python' | 'numpy';
export const LAYOUTS: readonly Layout[] = ['lines', 'csv', 'json', 'python', 'numpy'];

export function isLayout(text: unknown): text is Layout {
  return typeof text === 'string' && (LAYOUTS as readonly string[]).includes(text);
}

export interface LayoutOptions {
  layout: Layout;
  /** Default: {@link REPR_FORMAT}. */
  format?: NumberFormat;
  /** The CSV column's header (default `value`). */
  header?: string;
  /** Line break, `\n` (default) or the document's `\r\n`. */
  eol?: string;
}

/**
 * Writes a layout piece by piece, so that millions of values never exist as one string: `start`
 * once, `items` for each batch (any sizes), then `end()` once. The concatenation equals
 * {@link formatLayout} of all the values. The writer remembers only how many items it wrote.
 */
export interface LayoutWriter {
  readonly start: string;
  /** The text of `values[from..to)`, continuing the layout. */
  items(values: readonly PyObj[], from?: number, to?: number): string;
  end(): string;
}

/** A {@link LayoutWriter} for the options. */
export function layoutWriter(opts: LayoutOptions): LayoutWriter {
  const fmt = opts.format ?? REPR_FORMAT;
  const eol = opts.eol ?? '\n';
  const layout = opts.layout;
  let count = 0;
  let item: (v: PyObj) => string;
  let start = '';
  let close = '';
  switch (layout) {
    case 'lines':
      item = (v) => formatValueWith(v, fmt) + eol;
      break;
    case 'csv':
      start = csvField(opts.header ?? 'value') + eol;
      item = (v) => csvField(formatValueWith(v, fmt)) + eol;
      break;
    case 'json':
      start = '[';
      close = ']';
      item = (v) => (count === 0 ? '' : ',') + eol + '  ' + literalElement(v, 'json', fmt);
      break;
    case 'python':
    case 'numpy':
      start = layout === 'numpy' ? 'np.array([' : '[';
      close = layout === 'numpy' ? '])' : ']';
      item = (v) => eol + '    ' + literalElement(v, layout, fmt) + ',';
      break;
  }
  const literal = layout === 'json' || layout === 'python' || layout === 'numpy';
  return {
    start,
    items(values, from = 0, to = values.length) {
      const parts: string[] = [];
      for (let i = from; i < to; i++) {
        parts.push(item(values[i]));
        count++;
      }
      return parts.join('');
    },
    end() {
      if (!literal) return '';
      return (count > 0 ? eol : '') + close + eol;
    },
  };
}

/** All values in a layout at once (for small counts; {@link generateChunks} streams big ones). */
export function formatLayout(values: readonly PyObj[], opts: LayoutOptions): string {
  const w = layoutWriter(opts);
  return w.start + w.items(values) + w.end();
}
