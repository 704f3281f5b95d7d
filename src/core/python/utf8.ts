import { PyError } from '../errors';
import { reprString } from '../format/formatValue';

/**
 * `s.encode()` (UTF-8, strict) without `TextEncoder`, which the core's ES2022-only type
 * environment does not declare. Surrogate pairs combine into one 4-byte sequence; a lone
 * surrogate is CPython's `UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in
 * position 0: surrogates not allowed` (position counted in code points, as Python counts).
 */
export function utf8Encode(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3); // at most 3 bytes per UTF-16 code unit
  let n = 0;
  let pos = 0;
  for (let i = 0; i < s.length; i++, pos++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const lo = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(lo >= 0xdc00 && lo <= 0xdfff)) {
        throw new PyError(
          'UnicodeEncodeError',
          `'utf-8' codec can't encode character ${reprString(s[i])} in position ${pos}: surrogates not allowed`,
        );
      }
      c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
      i++;
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
      continue;
    }
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 63);
    out[n++] = 0x80 | (c & 63);
  }
  return out.slice(0, n);
}
