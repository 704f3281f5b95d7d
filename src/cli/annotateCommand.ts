import * as fs from 'fs';
import * as path from 'path';
import { annotateNotebook, annotatePython, annotationRecord, type AnnotationRecord, type ProgramResult } from '../core/annotate/annotate';
import { UsageError } from './usageError';

export const ANNOTATE_USAGE = `usage: seeded-random annotate FILE.py|FILE.ipynb [--json]

Shows, without running Python, the value of each seeded NumPy / Python random call in the file
(a notebook's code cells in order). A call whose value cannot be known says why.
  --json   a JSON array, one object per call in source order:
           {"line", "col", "call", "value" (Python repr), "unknown" (reason or null)}
           (+ "cell" for notebooks, "values" for a call run more than once)`;

/** Largest file read (bytes): the evaluator's budgets bound the work; this bounds the read. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** `seeded-random annotate FILE [--json]`: returns the exit code (0, or 2 for bad input). */
export function runAnnotateCommand(argv: readonly string[], cwd: string, out: (s: string) => void): number {
  let json = false;
  const files: string[] = [];
  for (const a of argv) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      out(ANNOTATE_USAGE + '\n');
      return 0;
    } else if (a.startsWith('-') && a.length > 1) throw new UsageError(`annotate: unknown option '${a}' (see seeded-random annotate --help)`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(`annotate: expected one FILE.py or FILE.ipynb, got ${files.length}`);
  const file = path.resolve(cwd, files[0]);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`annotate: cannot read '${files[0]}': no such file`);
  }
  if (!stat.isFile()) throw new UsageError(`annotate: '${files[0]}' is not a file`);
  if (stat.size > MAX_FILE_BYTES) throw new UsageError(`annotate: '${files[0]}' is larger than ${MAX_FILE_BYTES} bytes`);
  const text = fs.readFileSync(file, 'utf8');
  const result = file.endsWith('.ipynb') ? annotateNotebook(text, { timeBudgetMs: 10_000 }) : annotatePython(text, { timeBudgetMs: 10_000 });
  const records = result.calls.map(annotationRecord);
  out(json ? JSON.stringify(records, null, 1) + '\n' : listing(records, result));
  return 0;
}

/** The readable listing: `line:col  call  → value` (or `? reason`), then one line per stream. */
function listing(records: AnnotationRecord[], result: ProgramResult): string {
  const lines = records.map((r) => {
    const where = `${r.cell === undefined ? '' : `cell ${r.cell}, `}${r.line}:${r.col}`;
    const what = r.unknown === null ? `→ ${r.values ? `${r.values.length} runs: ${r.values.join(', ')}` : r.value}` : `? ${r.unknown}`;
    return `${where}  ${r.call}  ${what}`;
  });
  for (const s of result.streams) {
    if (s.evaluated === 0 && s.unknown === 0) continue;
    const seed = s.seed === null ? 'seed not known' : `seed ${s.seed}`;
    lines.push(`stream ${s.label} (${s.engine}, ${seed}): ${s.evaluated} calls evaluated, ${s.unknown} unknown${s.unknownReason ? ` — unknown from ${s.unknownReason}` : ''}`);
  }
  if (records.length === 0) lines.push('no seeded random calls found');
  return lines.join('\n') + '\n';
}
