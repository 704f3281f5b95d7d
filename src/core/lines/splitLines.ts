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

/**
 * Cut `text` into lines and their terminators; `joinLines(splitLines(t))` is `t` again, always.
 * (Built on the native `split('\n')`, then a CR before each LF moves into the terminator.)
 */
export function splitLines(text: string): LineText {
  if (text === '') return { lines: [], eols: [] };
  const parts = text.split('\n');
  const last = parts.length - 1; // parts[last] is what follows the final LF: '' when the text ends with one
  const count = parts[last] === '' ? last : last + 1;
  const lines = new Array<string>(count);
  const eols = new Array<string>(count);
  for (let i = 0; i < last; i++) {
    const p = parts[i];
    const cr = p.length > 0 && p.charCodeAt(p.length - 1) === 13;
    lines[i] = cr ? p.slice(0, -1) : p;
    eols[i] = cr ? '\r\n' : '\n';
  }
  if (count > last) {
    lines[last] = parts[last];
    eols[last] = '';
  }
  return { lines, eols };
}

/** Put lines and terminators back together: line i, then eol i. */
export function joinLines({ lines, eols }: { readonly lines: readonly string[]; readonly eols: readonly string[] }): string {
  const n = lines.length;
  if (n === 0) return '';
  if (n === 1) return lines[0] + eols[0];
  // Usual case: one line ending throughout (the last line may lack it) — one native join.
  let uniform = true;
  for (let i = 1; i < n - 1 && uniform; i++) uniform = eols[i] === eols[0];
  if (uniform) return lines.join(eols[0]) + eols[n - 1];
  const parts = new Array<string>(2 * n);
  for (let i = 0; i < n; i++) {
    parts[2 * i] = lines[i];
    parts[2 * i + 1] = eols[i];
  }
  return parts.join('');
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
 * Who reads the text back, which decides whether an empty last line needs a terminator:
 * - `file` (the CLI's output and files): lines as Python's `splitlines()` and `wc -l` read them,
 *   where a final newline ends the last line — so `'a\n'` is one line and an empty last line
 *   exists only with its terminator (`'a\n\n'`);
 * - `editor` (text replacing a range of a VS Code document, where what follows the range goes on
 *   the same line): the text keeps the range's length, and a final newline starts one more line.
 * New documents (the editor's sample and split) are laid out as `file`s, so that reading them
 * back (as every line command reads its input) gives the same lines.
 */
export type ReadBack = 'file' | 'editor';

/**
 * Lay out a new list of lines in the style of `source`: every line ended by `source`'s line ending,
 * except the last, which has one only if `source` ended with a newline. Read back as a `file`,
 * the lines are always the given ones (see {@link fileEols}: an empty last line keeps a
 * terminator — `['', 'a']` split from `'\na'` gave a test file `''` of no lines — and a line
 * ending with a lone CR is ended by CRLF). No lines → `''`.
 * Used for results that are not a reordering of the source (a sample, a train or test set).
 */
export function layoutLike(source: LineText, lines: string[], readBack: ReadBack = 'file'): string {
  const n = lines.length;
  if (n === 0) return '';
  const eol = lineEnding(source);
  const eols = new Array<string>(n).fill(eol);
  if (!endsWithNewline(source)) eols[n - 1] = '';
  return joinLines({ lines, eols: readBack === 'file' ? fileEols(lines, eols, eol) : eols });
}

/**
 * Terminators that make `lines` read back from a file (by {@link splitLines}, as Python's
 * `splitlines()` for LF/CRLF text) as exactly those lines, changing `eols` only where it must:
 * - a line whose content ends with a lone CR is ended by CRLF, not LF (`'x\r' + '\n'` reads
 *   as `'x'` ended by CRLF: the CR would leave the line);
 * - an empty last line with no terminator gets `eol` (`'a\n' + ''` is one line for a file).
 * Returns `eols` itself when nothing changes.
 */
export function fileEols(lines: readonly string[], eols: readonly string[], eol: string): readonly string[] {
  let out: string[] | undefined;
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (eols[i] === '\n' && l.length > 0 && l.charCodeAt(l.length - 1) === 13) (out ??= eols.slice())[i] = '\r\n';
  }
  if (n > 0 && lines[n - 1] === '' && eols[n - 1] === '') (out ??= eols.slice())[n - 1] = eol;
  return out ?? eols;
}
