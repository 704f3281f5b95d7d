import { PyError } from '../errors';

/** One code cell of a notebook: its index in the notebook's `cells` and its Python source. */
export interface NotebookCell {
  index: number;
  source: string;
}

/** Largest notebook read (characters of JSON); the evaluator's own budgets bound the rest. */
export const MAX_NOTEBOOK_LENGTH = 20_000_000;

/**
 * The code cells of a Jupyter notebook (nbformat 4 JSON), in document order, with IPython's line
 * magics and shell escapes (`%matplotlib inline`, `!pip install …`) blanked to spaces — same
 * offsets, no Python meaning — and cells that start with a cell magic other than `%%time` /
 * `%%capture` (`%%bash`, `%%writefile`) left out: they are not Python run by the kernel.
 */
export function notebookCells(json: string): NotebookCell[] {
  if (json.length > MAX_NOTEBOOK_LENGTH) throw new PyError('ValueError', `notebook larger than ${MAX_NOTEBOOK_LENGTH} characters`);
  let nb: unknown;
  try {
    nb = JSON.parse(json);
  } catch (e) {
    throw new PyError('ValueError', `not a notebook: ${(e as Error).message}`);
  }
  const cells = (nb as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) throw new PyError('ValueError', 'not a notebook: no "cells" list');
  const out: NotebookCell[] = [];
  cells.forEach((cell: unknown, index) => {
    const c = cell as { cell_type?: unknown; source?: unknown };
    if (c.cell_type !== 'code') return;
    const source = Array.isArray(c.source) ? c.source.filter((s) => typeof s === 'string').join('') : typeof c.source === 'string' ? c.source : '';
    const cleaned = ipythonToPython(source);
    if (cleaned !== undefined) out.push({ index, source: cleaned });
  });
  return out;
}

/** A cell's source with IPython-only lines blanked (offsets kept), or undefined for a non-Python cell magic. */
export function ipythonToPython(source: string): string | undefined {
  const first = source.trimStart();
  if (first.startsWith('%%') && !/^%%(time|capture)\b/.test(first)) return undefined;
  return source.replace(/^([ \t]*)([%!].*)$/gm, (_m, indent: string, rest: string) => indent + ' '.repeat(rest.length));
}
