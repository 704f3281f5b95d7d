import { repr } from '../format/formatValue';
import { evaluateProgram, type CallSite, type EvaluateOptions, type ProgramResult, type SourceChunk } from './evaluateProgram';
import { notebookCells } from './notebookCells';
import { parsePython } from './pythonTree';

export type { CallSite, EvaluateOptions, ProgramResult, StreamInfo } from './evaluateProgram';

/** Evaluate a Python file's seeded random calls (see {@link evaluateProgram}). */
export function annotatePython(source: string, options?: EvaluateOptions): ProgramResult {
  return evaluateProgram([{ source, tree: parsePython(source) }], options);
}

/** Evaluate a notebook's code cells in document order, as one kernel runs them top to bottom. */
export function annotateNotebook(json: string, options?: EvaluateOptions): ProgramResult {
  const chunks: SourceChunk[] = notebookCells(json).map((c) => ({ source: c.source, tree: parsePython(c.source), cell: c.index }));
  return evaluateProgram(chunks, options);
}

/**
 * One call as `seeded-random annotate --json` prints it: 1-based line, 0-based column (within the
 * cell for notebooks, whose `cell` is the index in the notebook's `cells`), the call's text, the
 * value as Python's `repr` (arrays as `repr(a.tolist())`, NumPy scalars as `repr(x.item())`,
 * `shuffle(x)` as `x` afterwards) and why it is unknown, or null. A call run more than once (in a
 * loop) also has `values`, one per run.
 */
export interface AnnotationRecord {
  cell?: number;
  line: number;
  col: number;
  call: string;
  value: string | null;
  values?: string[];
  unknown: string | null;
}

export function annotationRecord(site: CallSite): AnnotationRecord {
  const known = site.unknown === null && site.runs.length > 0;
  const values = known ? site.runs.map((r) => repr(r.value)) : [];
  return {
    ...(site.cell === undefined ? {} : { cell: site.cell }),
    line: site.line,
    col: site.col,
    call: site.call,
    value: known ? values[0] : null,
    ...(known && values.length > 1 ? { values } : {}),
    unknown: known ? null : (site.unknown ?? 'never runs'),
  };
}
