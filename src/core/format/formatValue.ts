import { PyError } from '../errors';
import { NON_PRINTABLE_RANGES } from './nonPrintableRanges';
import { PyBytes, PyNdArray, PyTuple, type PyObj } from '../types';

/**
 * Python's `repr(float)` (CPython `float_repr` → `PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)`):
 * the shortest digits that round-trip — which JavaScript's number-to-string also produces — laid
 * out by Python's rule: positional when the decimal exponent is in [-4, 16), else `d.ddde±XX` with
 * at least two exponent digits; integral values keep `.0`; `inf`, `-inf`, `nan`, `-0.0`.
 */
export function reprFloat(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    // JavaScript prints these positionally with the same shortest digits.
    const s = String(x);
    return s.includes('.') ? s : s + '.0';
  }
  const s = x.toExponential(); // shortest round-trip digits, e.g. "1.5e-7", "1e+16"
  const e = s.indexOf('e');
  const sign = s[e + 1];
  const digits = s.slice(e + 2);
  return s.slice(0, e) + 'e' + sign + (digits.length < 2 ? '0' + digits : digits);
}

/**
 * Python's `repr(str)` (CPython's `unicode_repr`): single quotes unless the text has a `'` and no
 * `"`; `\\`, the quote, `\t`, `\n`, `\r` escaped; other ASCII controls and DEL as `\xhh`; a
 * non-ASCII character that `str.isprintable()` calls not printable ({@link NON_PRINTABLE_RANGES},
 * generated from Python's own unicodedata) as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`; the rest as is.
 */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f || isPrintable(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/**
 * Python's `repr(bytes)` (CPython `PyBytes_Repr`): single quotes unless the bytes hold a `'` and
 * no `"`; `\t`, `\n`, `\r`, `\\` and the quote escaped; printable ASCII as is; any other byte `\xhh`.
 */
export function reprBytes(b: Uint8Array): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = 'b' + quote;
  for (const c of b) {
    if (c === q || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** CPython's `Py_UNICODE_ISPRINTABLE(c)` for a code point: not in {@link NON_PRINTABLE_RANGES} (binary search). */
export function isPrintable(c: number): boolean {
  const r = NON_PRINTABLE_RANGES;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]) hi = mid - 1;
    else if (c > r[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}

/** `repr(v)` for any value, as Python prints it inside a list. */
export function repr(v: PyObj): string {
  switch (typeof v) {
    case 'number':
      return reprFloat(v);
    case 'bigint':
      return v.toString();
    case 'string':
      return reprString(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyTuple) {
    return v.items.length === 1 ? `(${repr(v.items[0])},)` : `(${v.items.map(repr).join(', ')})`;
  }
  if (v instanceof PyNdArray) return repr(v.toList()); // the product prints arrays as `a.tolist()`
  if (v instanceof PyBytes) return reprBytes(v.bytes);
  return `[${v.map(repr).join(', ')}]`;
}

/**
 * One value as we insert and print it: strings raw (`str(v)`), everything else `repr(v)` —
 * `print(v)` of the Python scalar, which is also what `scripts/fixtures/reference.py` emits.
 */
export function formatValue(v: PyObj): string {
  return typeof v === 'string' ? strForPrint(v) : repr(v);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A string as `print(s)` writes it to a UTF-8 stream: itself, unless it holds a lone surrogate
 * (`'\ud800'`), which Python cannot encode: `UnicodeEncodeError: 'utf-8' codec can't encode
 * character '\ud800' in position N: surrogates not allowed` (N counted in code points).
 */
export function strForPrint(s: string): string {
  const m = LONE_SURROGATE.exec(s);
  if (m) {
    const pos = [...s.slice(0, m.index)].length;
    throw new PyError('UnicodeEncodeError', `'utf-8' codec can't encode character ${reprString(m[0])} in position ${pos}: surrogates not allowed`);
  }
  return s;
}
