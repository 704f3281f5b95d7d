/**
 * The seed as Python source for the status bar, without loading the call language or Python's
 * table of printable characters (the status bar is drawn at activation, which loads only a few
 * kilobytes): text that reads as plain words — starting with a letter, `_` or a non-ASCII
 * character, holding no bracket, quote, comma or `.`, and not `True`/`False`/`None` — is the
 * string seed and is shown quoted (`hello` → `'hello'`, a backslash doubled, control characters
 * and the non-printable Latin-1 ones as `\t`, `\xNN`); anything else is shown as written (`2**32`,
 * `3.14`, `[1, 2]`, `np.arange(4)`). `seedSource` in src/core/run.ts is the exact rule (it parses
 * and prints with `repr`); they agree on everything but dotted words (`a.b`, a string seed shown
 * unquoted here) and the rare non-printable characters past U+00FF (shown as they are here).
 */
export function seedShown(text: string): string {
  const t = text.trim();
  if (/^(True|False|None)$/.test(t) || !/^[A-Za-z_\u0080-\uffff]/.test(t) || /[()[\]{}'",.]/.test(t)) return t;
  return `'${text.replace(/[\\\u0000-\u001f\u007f-\u00a0\u00ad]/g, escapeChar)}'`;
}

function escapeChar(c: string): string {
  const named: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
  return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
