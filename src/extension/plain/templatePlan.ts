import { shellQuote } from '../../core/code/shellQuote';
import type { EngineName } from '../../core/callSpec';
import { compileTemplate } from '../../core/template/compileTemplate';
import { MAX_RECORDS, templateChunks, templateRecords, TEMPLATE_LAYOUTS, type TemplateLayout, type TemplateRequest } from '../../core/template/templateOutput';
import type { TextChunk } from './generatePlan';
import { delimiterOf } from './delimited';
import { previewText } from './preview';

// Record templates in the editor (docs/RECIPES.md): which text is a template, the layout a
// document's records take, the texts inserted at the cursors, the chunks of a generated document
// and the Python that prints the same — the core's templateRecords/templateChunks/templateCode.

/** A template as the user gave it: its text, and the name it is saved under in `seededRandom.templates`. */
export interface TemplateSource {
  text: string;
  name?: string;
}

/**
 * The template meant by what the user typed or passed: the name of a template saved in
 * `seededRandom.templates` (exactly), else the text itself when it is a dict or list literal
 * (`{…}`, `[…]`), else undefined — a call (`randint(1, 10)`) or a name that is not saved.
 */
export function templateOf(typed: string, saved: Readonly<Record<string, string>>): TemplateSource | undefined {
  const t = typed.trim();
  if (Object.prototype.hasOwnProperty.call(saved, t)) return { name: t, text: saved[t] };
  if (t.startsWith('{') || t.startsWith('[')) return { text: t };
  return undefined;
}

/** Why a typed name is not a template: the names that are saved, for the message. */
export function unknownTemplateMessage(name: string, saved: Readonly<Record<string, string>>): string {
  const names = Object.keys(saved);
  return (
    `'${name}' is neither a template (a dict or list literal such as {"id": uuid4()}) nor the name of one saved in seededRandom.templates` +
    (names.length > 0 ? ` (saved: ${names.join(', ')})` : ' (none saved)')
  );
}

const BY_LANGUAGE: Readonly<Record<string, TemplateLayout>> = { json: 'json', jsonc: 'json', jsonl: 'jsonl', python: 'python', sql: 'sql' };
const BY_EXTENSION: Readonly<Record<string, TemplateLayout>> = { json: 'json', jsonc: 'json', jsonl: 'jsonl', ndjson: 'jsonl', py: 'python', pyi: 'python', ipynb: 'python', sql: 'sql' };

/**
 * How one record is written at a cursor of a document (records mode of the core's
 * `recordWriter`): a Python dict in Python, a CSV row in CSV/TSV documents, an `INSERT` in SQL,
 * else a JSON object (`json.dumps`) — by the language id, then the file name's extension.
 */
export function recordLayoutFor(languageId: string, path: string): TemplateLayout {
  if (Object.prototype.hasOwnProperty.call(BY_LANGUAGE, languageId)) return BY_LANGUAGE[languageId];
  if (delimiterOf(languageId, path)) return 'csv';
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return Object.prototype.hasOwnProperty.call(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : 'json';
}

/** The layouts of a generated records document, for the layout QuickPick. */
export const RECORD_LAYOUT_LABELS: Record<TemplateLayout, { label: string; detail: string; extension: string; language: string }> = {
  json: { label: 'JSON array', detail: '[ one record per line ] (json.dumps)', extension: '.json', language: 'json' },
  jsonl: { label: 'JSON lines', detail: 'one JSON object per line', extension: '.jsonl', language: 'json' },
  csv: { label: 'CSV', detail: 'a header from the keys, then one row per record (csv.writer)', extension: '.csv', language: 'csv' },
  python: { label: 'Python list of dicts', detail: '[ one repr(record) per line, each with a trailing comma ]', extension: '.py', language: 'python' },
  sql: { label: 'SQL INSERT rows', detail: 'INSERT INTO records (…) VALUES (…); one per record', extension: '.sql', language: 'sql' },
};

export { MAX_RECORDS, TEMPLATE_LAYOUTS };

/** Calls per record of a template (values a record draws: the size checks count them); throws the core's error for a bad template. */
export const callsPerRecord = (engine: EngineName, template: string): number => Math.max(1, compileTemplate(engine, template).calls);

/** The language of a generated records document (`csv` only where a CSV language is installed, else plain text). */
export function recordLanguage(layout: TemplateLayout, languages: readonly string[]): string {
  const want = RECORD_LAYOUT_LABELS[layout].language;
  return languages.includes(want) ? want : 'plaintext';
}

/** What decides the records inserted at the cursors. */
export interface RecordsRequest {
  engine: EngineName;
  seed: string;
  template: string;
  /** Selections to fill, one record each (≥ 1). */
  count: number;
  layout: TemplateLayout;
}

/** One record per selection, in document order, from one stream seeded afresh (`templateRecords`). */
export function recordTexts(req: RecordsRequest, limit = Infinity): string[] {
  return templateRecords({ engine: req.engine, seed: req.seed, template: req.template, n: Math.max(1, Math.min(req.count, limit)), layout: req.layout });
}

/** Records shown in a preview. */
export const PREVIEW_RECORDS = 3;

/** A one-line preview of the first records an insertion (or a document) starts with; throws the core's error for bad input. */
export function recordsPreview(req: RecordsRequest, maxChars = 160): string {
  return previewText(recordTexts(req, PREVIEW_RECORDS), req.count, maxChars).replace(/ values\)$/, ' records)');
}

/**
 * Records per chunk of a generated document: a few milliseconds of drawing (a 6-field record takes
 * 5–40 µs), so the extension host yields to its event loop often; the generation loop gathers
 * chunks into edits of its own adaptive size. 2,048 (the CLI's size) held the host up to 0.7 s
 * per chunk on this loaded 2-core machine.
 */
export const RECORDS_PER_CHUNK = 256;

/** The chunks of a generated records document, counted in records, with the document's line break. */
export function recordChunks(req: TemplateRequest): (eol: string) => Iterator<TextChunk, void> {
  return function* (eol: string) {
    for (const c of templateChunks(req, RECORDS_PER_CHUNK, eol)) yield { text: c.text, values: c.records };
  };
}

/** The CLI command that writes the same document (suggested when a count is too large for an editor). */
export const templateCliCommand = (req: TemplateRequest): string =>
  `seeded-random template --engine ${req.engine} --seed ${shellQuote(String(req.seed))} -n ${req.n} --layout ${req.layout} ${shellQuote(req.template)}`;
