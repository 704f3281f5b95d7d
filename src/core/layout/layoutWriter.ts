import { columnValue, type Column } from '../column';
import { reprFloat } from '../format/formatValue';
import { formatValueWith } from '../format/formatValueWith';
import { REPR_FORMAT, type NumberFormat } from '../format/numberFormat';
import { PyNdArray, type PyObj } from '../types';
import { CsvDimensionsError } from './csvDimensionsError';
import { csvField, literalElement } from './literalElement';

/**
 * How a generated document (or the CLI's `--layout`) lays out its values:
 * - `lines`: one value per line, as the CLI prints them (strings raw unless `quoteStrings`);
 * - `csv`: a one-column CSV with a header line (`value` unless given), fields quoted per RFC 4180;
 * - `json`: a JSON array, one element per line (2-space indent, as `JSON.stringify(a, null, 2)`);
 * - `python`: a Python list, one element per line with a trailing comma (4-space indent);
 * - `numpy`: `np.array([...])` laid out like `python`.
 * Every layout ends with a line break. Literal layouts write each value as {@link literalElement}.
 *
 * With an element `shape` (`LayoutOptions.shape`, e.g. `[3]` for `-n 2 'random(size=3)'` or
 * `rand(2, 3)`'s rows), the literal layouts write one element per line, nested inline
 * (`[0.1, 0.2, 0.3],`), and `csv` writes one row of fields per element (header fields
 * `value_0,value_1,…`); an element of 2 or more dimensions has no CSV form
 * ({@link CsvDimensionsError}). `lines` always writes one value per line, in C order.
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
  /**
   * The shape of each top-level element (default `[]`: the values themselves are the elements).
   * Values arrive flat, in C order; the writer nests them.
   */
  shape?: readonly number[];
  /** How many elements there are, needed only when an element has no values (a 0 in `shape`). */
  elements?: number;
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
  /**
   * The text of `col[from..to)`, continuing the layout: the same text as {@link items} of the
   * column's values, formatted straight from typed arrays (no `PyObj`, no BigInt per value).
   */
  column(col: Column, from?: number, to?: number): string;
  /**
   * {@link column} as ASCII bytes written into `out` from `at`: returns the offset after them, or
   * -1 (nothing written) when this column or format has no byte form (a `py` column, a format
   * other than plain repr) — then use {@link column}. `out` needs room for
   * {@link MAX_COLUMN_BYTES} per value.
   */
  columnBytes(col: Column, from: number, to: number, out: Uint8Array, at: number): number;
  end(): string;
}

/** Most bytes {@link LayoutWriter.columnBytes} writes per value (24 for `-1.2345678901234567e-308`, 7 around it). */
export const MAX_COLUMN_BYTES = 32;

/** Copy the ASCII text `t` into `out` at `at`; returns the offset after it. */
function putAscii(t: string, out: Uint8Array, at: number): number {
  for (let k = 0; k < t.length; k++) out[at++] = t.charCodeAt(k);
  return at;
}

/** Cached texts of small ints (-1024 <= v < 65536), which bulk integer columns repeat a lot. */
const SMALL_INT_OFFSET = 1024;
const SMALL_INT_END = 65536;
const smallInts: (string | undefined)[] = [];

/** `repr(int(v))` for an exact integer v (|v| <= 2**53): plain digits, cached for small v. */
function intText(v: number): string {
  if (v >= -SMALL_INT_OFFSET && v < SMALL_INT_END) {
    const k = v + SMALL_INT_OFFSET;
    const t = smallInts[k];
    return t === undefined ? (smallInts[k] = String(v)) : t;
  }
  return String(v);
}

/** A {@link LayoutWriter} for the options. */
export function layoutWriter(opts: LayoutOptions): LayoutWriter {
  const fmt = opts.format ?? REPR_FORMAT;
  const eol = opts.eol ?? '\n';
  const layout = opts.layout;
  const shape = opts.shape ?? [];
  if (layout === 'csv' && shape.length >= 2) throw new CsvDimensionsError([opts.elements ?? 1, ...shape]);
  // strides[j]: values per sub-array at depth j (strides[0] = one whole element)
  const strides = shape.map((_, j) => shape.slice(j).reduce((p, d) => p * d, 1));
  const nested = shape.length > 0 && strides[0] > 0;
  let count = 0;
  let item: (v: PyObj) => string;
  let start = '';
  let close = '';
  switch (layout) {
    case 'lines':
      item = (v) => formatValueWith(v, fmt) + eol;
      break;
    case 'csv':
      if (nested) {
        const fields = Array.from({ length: shape[0] }, (_, j) => csvField(`${opts.header ?? 'value'}_${j}`));
        start = fields.join(',') + eol;
        item = (v) => (count % shape[0] === 0 ? '' : ',') + csvField(formatValueWith(v, fmt)) + ((count + 1) % shape[0] === 0 ? eol : '');
      } else {
        start = csvField(opts.header ?? 'value') + eol;
        item = (v) => csvField(formatValueWith(v, fmt)) + eol;
      }
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
  if (literal && nested) {
    const style = layout as 'json' | 'python' | 'numpy';
    const elementStart = (first: boolean) => (style === 'json' ? (first ? '' : ',') + eol + '  ' : eol + '    ');
    item = (v) => {
      let open = 0;
      while (open < strides.length && count % strides[strides.length - 1 - open] === 0) open++;
      let text = open === strides.length ? elementStart(count === 0) + '['.repeat(open) : ', ' + '['.repeat(open);
      text += literalElement(v, style, fmt);
      let close = 0;
      while (close < strides.length && (count + 1) % strides[strides.length - 1 - close] === 0) close++;
      text += ']'.repeat(close);
      if (close === strides.length && style !== 'json') text += ',';
      return text;
    };
  }
  // Bulk columns: each value's text sits between `pre` and `post` (JSON's first value has no comma).
  // With the default format a float's text is repr(x) and an int's its digits, which no layout
  // quotes or escapes; a literal layout's nan/inf go through literalElement.
  const plain = fmt.style === 'repr' && !fmt.thousands;
  const pre = layout === 'json' ? ',' + eol + '  ' : literal ? eol + '    ' : '';
  const post = literal ? (layout === 'json' ? '' : ',') : eol;
  const nonFinite = (x: number) => (literal ? literalElement(x, layout as 'json' | 'python' | 'numpy', fmt) : reprFloat(x));
  const writer: LayoutWriter = {
    start,
    items(values, from = 0, to = values.length) {
      const parts: string[] = [];
      for (let i = from; i < to; i++) {
        parts.push(item(values[i]));
        count++;
      }
      return parts.join('');
    },
    column(col, from = 0, to = col.values.length) {
      if (col.kind === 'py') return writer.items(col.values, from, to);
      if (!plain || nested) {
        let text = '';
        for (let i = from; i < to; i++) {
          text += item(columnValue(col, i));
          count++;
        }
        return text;
      }
      let text = '';
      let i = from;
      if (layout === 'json' && count === 0 && i < to) {
        // the first element: no comma before it
        text = eol + '  ' + (col.kind === 'int' ? intText(col.values[i]) : literalElement(col.values[i], 'json', fmt));
        i++;
        count++;
      }
      const v = col.values;
      count += to - i;
      if (col.kind === 'int') {
        for (; i < to; i++) text += pre + intText(v[i]) + post;
      } else {
        for (; i < to; i++) {
          const x = v[i];
          const a = x < 0 ? -x : x;
          // repr(float): shortest round-trip digits (JavaScript's too), positional in [1e-4, 1e16)
          const t = a >= 1e-4 && a < 1e16 ? (x === Math.floor(x) ? x + '.0' : '' + x) : x === x && a !== Infinity ? reprFloat(x) : nonFinite(x);
          text += pre + t + post;
        }
      }
      return text;
    },
    columnBytes(col, from, to, out, at) {
      if (col.kind === 'py' || !plain || nested) return -1;
      let i = from;
      if (layout === 'json' && count === 0 && i < to) {
        at = putAscii(eol + '  ' + (col.kind === 'int' ? intText(col.values[i]) : literalElement(col.values[i], 'json', fmt)), out, at);
        i++;
        count++;
      }
      count += to - i;
      const v = col.values;
      for (; i < to; i++) {
        at = putAscii(pre, out, at);
        if (col.kind === 'int') {
          at = putAscii(intText(v[i]), out, at);
        } else {
          const x = v[i];
          const a = x < 0 ? -x : x;
          const t = a >= 1e-4 && a < 1e16 ? (x === Math.floor(x) ? x + '.0' : '' + x) : x === x && a !== Infinity ? reprFloat(x) : nonFinite(x);
          at = putAscii(t, out, at);
        }
        at = putAscii(post, out, at);
      }
      return at;
    },
    end() {
      if (!literal) return '';
      if (shape.length > 0 && !nested && (opts.elements ?? 0) > 0) {
        // elements without values (a 0 in their shape): each is written whole here
        const empty = literalElement(new PyNdArray([...shape], 'object', []), layout as 'json' | 'python' | 'numpy', fmt);
        let text = '';
        for (let k = 0; k < (opts.elements ?? 0); k++) text += layout === 'json' ? (k ? ',' : '') + eol + '  ' + empty : eol + '    ' + empty + ',';
        return text + eol + close + eol;
      }
      return (count > 0 ? eol : '') + close + eol;
    },
  };
  return writer;
}

/** All values in a layout at once (for small counts; {@link generateChunks} streams big ones). */
export function formatLayout(values: readonly PyObj[], opts: LayoutOptions): string {
  const w = layoutWriter(opts);
  return w.start + w.items(values) + w.end();
}
