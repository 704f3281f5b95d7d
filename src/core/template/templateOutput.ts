import { PyError } from '../errors';
import type { PyObj } from '../types';
import { compileTemplate, PyDict, RecordStream, type CompiledTemplate, type RecordValue } from './compileTemplate';
import { csvRow, jsonDumps, pyRepr, sqlIdentifier, sqlInsert } from './recordFormats';

/** How records are written (the CLI's `--layout`, the editor's pick). */
export type TemplateLayout = 'json' | 'jsonl' | 'csv' | 'python' | 'sql';
export const TEMPLATE_LAYOUTS: readonly TemplateLayout[] = ['json', 'jsonl', 'csv', 'python', 'sql'];

/** The most records one generation makes (the CLI streams them; the editor asks above CONFIRM_ABOVE values). */
export const MAX_RECORDS = 10_000_000;
/** The SQL table name when none is given. */
export const DEFAULT_TABLE = 'records';

export interface TemplateRequest {
  engine: string;
  /** The seed as typed (read as the CLI reads it). */
  seed: string | PyObj;
  template: string;
  /** Records to draw (1..MAX_RECORDS). */
  n: number;
  layout: TemplateLayout;
  /** SQL: the table name (default `records`). */
  table?: string;
}

/** Check the layout and the record count; the template and seed are checked when compiled/seeded. */
export function checkTemplateRequest(req: TemplateRequest, compiled: CompiledTemplate): void {
  if (!TEMPLATE_LAYOUTS.includes(req.layout)) throw new PyError('ValueError', `unknown layout '${String(req.layout)}': use one of ${TEMPLATE_LAYOUTS.join(', ')}`);
  if (!Number.isSafeInteger(req.n) || req.n < 1) throw new PyError('ValueError', `the number of records must be a positive integer, not ${req.n}`);
  if (req.n > MAX_RECORDS) throw new PyError('ValueError', `${req.n} records is more than this tool generates at once (at most ${MAX_RECORDS})`);
  if (req.layout === 'sql' && !compiled.keys) throw new PyError('ValueError', 'the sql layout needs a dict template: its keys are the column names');
  if (req.layout === 'sql' && compiled.keys?.length === 0) throw new PyError('ValueError', 'the sql layout needs at least one key');
}

/** The values a CSV row or SQL row takes from a record: a dict's values, a list's items. */
const rowValues = (rec: RecordValue): readonly RecordValue[] => (rec instanceof PyDict ? rec.values : Array.isArray(rec) ? rec : [rec]);

/**
 * One record as inserted at a cursor (records mode): `json.dumps(record)` (json, jsonl),
 * `repr(record)`, a CSV row, an SQL INSERT — what the copied code prints on one line.
 */
export function recordWriter(compiled: CompiledTemplate, layout: TemplateLayout, table = DEFAULT_TABLE): (rec: RecordValue) => string {
  switch (layout) {
    case 'json':
    case 'jsonl':
      return jsonDumps;
    case 'python':
      return pyRepr;
    case 'csv':
      return (rec) => csvRow(rowValues(rec));
    case 'sql': {
      const t = sqlIdentifier(table);
      const cols = (compiled.keys ?? []).map(sqlIdentifier).join(', ');
      return (rec) => sqlInsert(t, cols, rec as PyDict);
    }
  }
}

/** One piece of a records document; concatenating every chunk's `text` gives the whole document. */
export interface RecordChunk {
  text: string;
  /** Records written so far, this chunk's included. */
  records: number;
}

/**
 * The whole document, chunk by chunk (each a few thousand records), drawn field by field, row
 * by row from one stream seeded once: JSON array (one record per line), JSON lines, CSV with
 * the keys as header, a Python list of dicts, or SQL INSERT rows. The template, seed, layout and
 * count are checked, and the first record drawn, before the first chunk is yielded. Each chunk
 * says how many records are written so far (the editor's progress); lines end with `eol`.
 */
export function* templateChunks(req: TemplateRequest, chunkRecords = 2048, eol = '\n'): Generator<RecordChunk, void, void> {
  const compiled = compileTemplate(req.engine, req.template);
  checkTemplateRequest(req, compiled);
  const stream = new RecordStream(compiled, req.seed);
  const write = recordWriter(compiled, req.layout, req.table);
  const n = req.n;
  let out: string[] = [];
  if (req.layout === 'json' || req.layout === 'python') out.push('[');
  if (req.layout === 'csv' && compiled.keys) out.push(csvRow(compiled.keys));
  const first = stream.next(); // errors of the first draw before any output
  for (let i = 0; i < n; i++) {
    const rec = i === 0 ? first : stream.next();
    switch (req.layout) {
      case 'json':
        out.push(i < n - 1 ? `  ${write(rec)},` : `  ${write(rec)}`);
        break;
      case 'python':
        out.push(`    ${write(rec)},`);
        break;
      default:
        out.push(write(rec));
    }
    if (out.length >= chunkRecords) {
      yield { text: out.join(eol) + eol, records: i + 1 };
      out = [];
    }
  }
  if (req.layout === 'json' || req.layout === 'python') out.push(']');
  if (out.length > 0) yield { text: out.join(eol) + eol, records: n };
}

/** {@link templateChunks}' texts: the document the CLI writes, chunk by chunk. */
export function* templateDocument(req: TemplateRequest, chunkRecords = 2048): Generator<string> {
  for (const chunk of templateChunks(req, chunkRecords)) yield chunk.text;
}

/** {@link templateDocument} in one string (small counts). */
export function templateText(req: TemplateRequest): string {
  return [...templateDocument(req)].join('');
}

/** `n` records as the texts inserted at `n` cursors, one record each (records mode). */
export function templateRecords(req: Omit<TemplateRequest, 'layout'> & { layout: TemplateLayout }): string[] {
  const compiled = compileTemplate(req.engine, req.template);
  checkTemplateRequest(req, compiled);
  const stream = new RecordStream(compiled, req.seed);
  const write = recordWriter(compiled, req.layout, req.table);
  return Array.from({ length: req.n }, () => write(stream.next()));
}
