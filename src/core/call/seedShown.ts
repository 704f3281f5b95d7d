import { reprString } from '../format/formatValue';

/**
 * The seed as Python source for the status bar, without loading the call language (the status
 * bar is drawn at activation, which loads only a few kilobytes): text that reads as plain words
 * — starting with a letter, `_` or a non-ASCII character, holding no bracket, quote, comma or
 * `.`, and not `True`/`False`/`None` — is the string seed and is shown quoted (`hello` →
 * `'hello'`); anything else is shown as written (`2**32`, `3.14`, `[1, 2]`, `np.arange(4)`).
 * `seedSource` in src/core/run.ts is the exact rule (it parses); they agree on everything but
 * dotted words (`a.b`, a string seed shown unquoted here).
 */
export function seedShown(text: string): string {
  const t = text.trim();
  if (/^(True|False|None)$/.test(t) || !/^[A-Za-z_\u0080-\uffff]/.test(t) || /[()[\]{}'",.]/.test(t)) return t;
  return reprString(text);
}
