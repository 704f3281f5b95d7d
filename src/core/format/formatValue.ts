import { PyNdArray, PyTuple, type PyObj } from '../types';

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

/** Python's `repr(str)`: single quotes unless the text has a `'` and no `"`; escapes as CPython. */
export function reprString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + quote;
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
  return `[${v.map(repr).join(', ')}]`;
}

/**
 * One value as we insert and print it: strings raw (`str(v)`), everything else `repr(v)` —
 * `print(v)` of the Python scalar, which is also what `scripts/fixtures/reference.py` emits.
 */
export function formatValue(v: PyObj): string {
  return typeof v === 'string' ? v : repr(v);
}
