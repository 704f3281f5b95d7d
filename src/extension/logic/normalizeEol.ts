/**
 * Replace every line break in `text` with the document's (`\n` or `\r\n`). VS Code converts
 * inserted line breaks to the document's anyway; doing it first keeps the computed offsets of
 * the inserted ranges exact.
 */
export function normalizeEol(text: string, eol: string): string {
  return /[\r\n]/.test(text) ? text.replace(/\r\n|\r|\n/g, eol) : text;
}
