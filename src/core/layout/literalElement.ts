import { formatFloat } from '../format/formatValueWith';
import { reprBytes, reprString } from '../format/formatValue';
import { groupDigits } from '../format/groupDigits';
import { REPR_FORMAT, type NumberFormat } from '../format/numberFormat';
import { PyBytes, PyDtype, PyNdArray, PyTuple, type PyObj } from '../types';
import type { LiteralStyle } from './literalStyles';

/**
 * One value as an element of a literal in `style`, under `fmt` (fixed/significant floats,
 * thousands). Digit grouping uses `_` in Python and JavaScript (`1_234_567`, which still reads back
 * as the number) and is dropped in JSON, whose numbers cannot hold separators. Strings are always
 * quoted (Python `repr`, JSON `JSON.stringify`); `quoteStrings` does not matter here. Integers are
 * written exactly, even beyond 2^53 where JavaScript's `JSON.parse` would round them.
 * For `csv`, use {@link csvField} on the line text instead.
 */
export function literalElement(v: PyObj, style: Exclude<LiteralStyle, 'csv' | 'tsv'>, fmt: NumberFormat): string {
  const group = fmt.thousands && style !== 'json';
  switch (typeof v) {
    case 'number': {
      if (v !== v || v === Infinity || v === -Infinity) return nonFinite(v, style);
      const s = formatFloat(v, fmt);
      return group ? groupDigits(s, '_') : s;
    }
    case 'bigint':
      return group ? groupDigits(v.toString(), '_') : v.toString();
    case 'string':
      return style === 'python' || style === 'numpy' ? reprString(v) : JSON.stringify(v);
    case 'boolean':
      return style === 'python' || style === 'numpy' ? (v ? 'True' : 'False') : String(v);
  }
  if (v === null) return style === 'python' || style === 'numpy' ? 'None' : 'null';
  if (v instanceof PyNdArray) return literalElement(v.toList(), style, fmt); // printed as `a.tolist()`
  if (v instanceof PyBytes) {
    // Python/NumPy literals hold the bytes literal; JSON and JavaScript have no bytes: its repr as a string
    const text = reprBytes(v.bytes);
    return style === 'python' || style === 'numpy' ? text : JSON.stringify(text);
  }
  if (v instanceof PyDtype) return style === 'python' || style === 'numpy' ? v.written : JSON.stringify(v.name);
  const items = v instanceof PyTuple ? v.items : v;
  const inner = items.map((x) => literalElement(x, style, fmt)).join(', ');
  if (v instanceof PyTuple && (style === 'python' || style === 'numpy')) return items.length === 1 ? `(${inner},)` : `(${inner})`;
  return `[${inner}]`;
}

function nonFinite(v: number, style: Exclude<LiteralStyle, 'csv' | 'tsv'>): string {
  const text = v !== v ? 'nan' : v > 0 ? 'inf' : '-inf';
  switch (style) {
    case 'python':
      return `float('${text}')`;
    case 'numpy':
      return text === 'nan' ? 'np.nan' : text === 'inf' ? 'np.inf' : '-np.inf';
    case 'json':
      // JSON has no NaN or infinities: strings that Python's float() and JavaScript's Number() read back.
      return text === 'nan' ? '"NaN"' : text === 'inf' ? '"Infinity"' : '"-Infinity"';
    case 'javascript':
      return text === 'nan' ? 'NaN' : text === 'inf' ? 'Infinity' : '-Infinity';
  }
}

/**
 * A CSV field (RFC 4180): quoted, with `"` doubled, when it holds the delimiter (`,`; a tab in
 * TSV), `"`, CR or LF.
 */
/** `v` as Python source prints it (repr of every number): the copied code's literals. */
export const pythonLiteral = (v: PyObj): string => literalElement(v, 'python', REPR_FORMAT);

export function csvField(text: string, delimiter: ',' | '\t' = ','): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}
