/**
 * Text cut into lines, each line's terminator kept apart so that any reordering can put the
 * terminators back exactly where they were.
 *
 * - `lines[i]` is the i-th line's content, without its terminator.
 * - `eols[i]` is what ended it: `'\n'`, `'\r\n'`, or `''` for a last line with no final newline.
 *
 * Only `\n` and `\r\n` end a line; a lone `\r` is content (VS Code normalises documents to one of
 * LF/CRLF, and files with lone CRs are rare enough to keep byte-exact rather than guess).
 * A final newline ends the last line and does not start a new one, so `''` has no lines,
 * `'\n'` has one empty line, `'a\nb'` and `'a\nb\n'` both have two lines — exactly
 * `text.splitlines()` for LF/CRLF text.
 */
export interface LineText {
  lines: string[];
  eols: string[];
}

/** Cut `text` into lines and their terminators; `joinLines(splitLines(t))` is `t` again, always. */
export function splitLines(text: string): LineText {
  const lines: string[] = [];
  const eols: string[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    const cr = nl > start && text.charCodeAt(nl - 1) === 13;
    lines.push(text.slice(start, cr ? nl - 1 : nl));
    eols.push(cr ? '\r\n' : '\n');
    start = nl + 1;
  }
  if (start < text.length) {
    lines.push(text.slice(start));
    eols.push('');
  }
  return { lines, eols };
}

/** Put lines and terminators back together: line i, then eol i. */
export function joinLines({ lines, eols }: LineText): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) out += lines[i] + eols[i];
  return out;
}

/** The text's line ending for new lines: its first terminator, or `'\n'` when it has none. */
export function lineEnding(t: LineText): string {
  return t.eols.length > 0 && t.eols[0] !== '' ? t.eols[0] : '\n';
}

/** Whether the text ends with a newline (or is empty, which has nothing to terminate). */
export function endsWithNewline(t: LineText): boolean {
  return t.eols.length === 0 || t.eols[t.eols.length - 1] !== '';
}

/**
 * Lay out a new list of lines in the style of `source`: every line ended by `source`'s line ending,
 * except the last, which has one only if `source` ended with a newline. No lines → `''`.
 * Used for results that are not a reordering of the source (a sample, a train or test set).
 */
export function layoutLike(source: LineText, lines: string[]): string {
  if (lines.length === 0) return '';
  const eol = lineEnding(source);
  return lines.join(eol) + (endsWithNewline(source) ? eol : '');
}
