// Delimited text (CSV, TSV) as plain data. Stock VS Code has no CSV language: a `.csv` file opens
// as Plain Text, so a document is delimited by its language id (a CSV extension's `csv`/`tsv`) or,
// failing that, by its file extension.

/** The field separator of a delimited document. */
export type Delimiter = ',' | '\t';

const BY_LANGUAGE: Readonly<Record<string, Delimiter>> = { csv: ',', tsv: '\t' };
const BY_EXTENSION: Readonly<Record<string, Delimiter>> = { csv: ',', tsv: '\t', tab: '\t' };

/**
 * The separator of a document that holds delimited rows: by its language id (`csv`, `tsv`), else
 * by its file name's extension (`.csv`; `.tsv`, `.tab` with tabs); undefined for anything else.
 *
 * @param path the document's path (an untitled document's proposed name counts too)
 */
export function delimiterOf(languageId: string, path: string): Delimiter | undefined {
  if (Object.prototype.hasOwnProperty.call(BY_LANGUAGE, languageId)) return BY_LANGUAGE[languageId];
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return Object.prototype.hasOwnProperty.call(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
}

/**
 * The fields of one line, RFC 4180 style: a field that starts with `"` runs to the matching
 * closing quote (`""` inside is one quote), so `"a,b"` is one field. A line is read on its own:
 * a quoted field spanning lines ends at the end of the line.
 */
export function splitFields(line: string, delimiter: Delimiter): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += line[i++];
      }
      const end = line.indexOf(delimiter, i);
      field += end < 0 ? line.slice(i) : line.slice(i, end);
      i = end < 0 ? line.length : end;
    } else {
      const end = line.indexOf(delimiter, i);
      field = end < 0 ? line.slice(i) : line.slice(i, end);
      i = end < 0 ? line.length : end;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i += 1; // the delimiter
  }
}

/** A field that reads as a number: an int or float literal as CSV readers take them (`-3`, `2.5e-3`, `nan`, `inf`). */
export function isNumericField(field: string): boolean {
  return /^\s*[+-]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$|^\s*[+-]?(nan|inf|infinity)\s*$/i.test(field);
}

/** Data lines looked at below the first line (enough to tell, bounded for large documents). */
export const HEADER_SAMPLE_LINES = 50;

/**
 * Whether the first line looks like a header: none of its fields is a number or empty, and at
 * least one column holds a number in every non-blank line below it (of the first
 * {@link HEADER_SAMPLE_LINES}) — non-numeric names over numeric columns, the evidence Python's
 * `csv.Sniffer.has_header` weighs first. Text over text columns (`name` over `Ann`) says nothing,
 * so it is not taken for a header.
 *
 * @param lines the document's lines, without terminators
 */
export function looksLikeHeader(lines: readonly string[], delimiter: Delimiter): boolean {
  if (lines.length < 2) return false;
  const header = splitFields(lines[0], delimiter);
  if (header.some((f) => f.trim() === '' || isNumericField(f))) return false;
  const rows = lines
    .slice(1, 1 + HEADER_SAMPLE_LINES)
    .filter((l) => l.trim() !== '')
    .map((l) => splitFields(l, delimiter));
  if (rows.length === 0) return false;
  return header.some((_, column) => rows.every((r) => column < r.length && isNumericField(r[column])));
}
