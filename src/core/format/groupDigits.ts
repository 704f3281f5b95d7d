/**
 * Python's `,`/`_` grouping option (PEP 378, PEP 515): a separator between every three digits of
 * the integer part, counted from the decimal point. Only the leading run of digits is grouped
 * (after an optional `-`), so `-1234567.891` → `-1,234,567.891`, while text without a leading
 * digit run (`nan`, `inf`) or in exponent form whose mantissa is one digit (`1.5e+20`) is unchanged.
 *
 * @param text a number as Python prints it
 * @param separator `,` (display) or `_` (still a valid Python/JavaScript literal)
 */
export function groupDigits(text: string, separator: ',' | '_'): string {
  const start = text.startsWith('-') ? 1 : 0;
  let end = start;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  if (end - start <= 3) return text;
  let out = '';
  for (let i = start; i < end; i++) {
    if (i > start && (end - i) % 3 === 0) out += separator;
    out += text[i];
  }
  return text.slice(0, start) + out + text.slice(end);
}
