import { PyError } from '../errors';
import { reprString } from '../format/formatValue';

/**
 * `s.encode()` (UTF-8, strict) without `TextEncoder`, which the core's ES2022-only type
 * environment does not declare. Surrogate pairs combine into one 4-byte sequence; a lone
 * surrogate is CPython's `UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in
 * position 0: surrogates not allowed` (position counted in code points, as Python counts).
 */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  let pos = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c >= 0xd800 && c <= 0xdfff) {
      throw new PyError(
        'UnicodeEncodeError',
        `'utf-8' codec can't encode character ${reprString(ch)} in position ${pos}: surrogates not allowed`,
      );
    } else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    pos++;
  }
  return Uint8Array.from(out);
}
