import type { LineOptions } from './lineOptions';

/** Blank: empty, or only spaces and tabs (Python: `not line.strip(' \t')`). */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Which lines take part in a draw, by the options: the header and ignored blank lines do not. */
export interface DataLines {
  /** The header line when `options.header` and there is at least one line. */
  header?: string;
  /** Indices (into the whole list) of the lines that take part, in document order. */
  positions: number[];
  /** Those lines: `positions.map((i) => lines[i])`. */
  data: string[];
}

/** Pick the header and the lines that take part (see {@link LineOptions}). */
export function dataLines(lines: readonly string[], options: LineOptions): DataLines {
  const first = options.header && lines.length > 0 ? 1 : 0;
  const ignoreBlank = options.blankLines === 'ignore';
  const positions: number[] = [];
  const data: string[] = [];
  for (let i = first; i < lines.length; i++) {
    if (ignoreBlank && isBlank(lines[i])) continue;
    positions.push(i);
    data.push(lines[i]);
  }
  return { header: first ? lines[0] : undefined, positions, data };
}
