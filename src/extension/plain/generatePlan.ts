import { shellQuote } from '../../core/code/shellQuote';
import type { EngineName } from '../../core/callSpec';
import { valuesPerCall } from '../../core/layout/checkCount';
import { checkPreview, PreviewSkipped } from '../../core/layout/previewBudget';
import { generateChunks, type GenerateRequest } from '../../core/layout/generateChunks';
import { prepareCall } from '../../core/run';
import type { Layout } from '../../core/layout/layoutWriter';
import { previewText } from './preview';

/** A piece of a generated document and the count written so far (values, or records of a template). */
export interface TextChunk {
  text: string;
  values: number;
}

/** The language of a generated document, per layout (`csv` only where a CSV language is installed). */
export function layoutLanguage(layout: Layout, languages: readonly string[]): string {
  switch (layout) {
    case 'lines':
      return 'plaintext';
    case 'csv':
      return languages.includes('csv') ? 'csv' : 'plaintext';
    case 'json':
      return 'json';
    case 'python':
    case 'numpy':
      return 'python';
  }
}

/** The file extension a generated document's name gets (`random.json`), so Save proposes a fitting file. */
export const LAYOUT_EXTENSIONS: Record<Layout, string> = { lines: '.txt', csv: '.csv', json: '.json', python: '.py', numpy: '.py' };

/** How each layout looks, for the layout QuickPick. */
export const LAYOUT_LABELS: Record<Layout, { label: string; detail: string }> = {
  lines: { label: 'One value per line', detail: 'as the CLI prints them' },
  csv: { label: 'CSV column', detail: 'a header line, then one field per line (RFC 4180 quoting)' },
  json: { label: 'JSON array', detail: '[ one element per line ]; NaN and ±Infinity become the strings "NaN", "Infinity", "-Infinity"' },
  python: { label: 'Python list', detail: '[ one element per line, each with a trailing comma ]' },
  numpy: { label: 'NumPy array literal', detail: 'np.array([ … ]) (needs import numpy as np)' },
};

/** Calls made for a preview of a generation. */
export const PREVIEW_CALLS = 8;

/**
 * The first values a generation would write, on one line (`0.5488135039273248, 0.7151893663724195, …`):
 * the same {@link generateChunks} as the document, asked for its first {@link PREVIEW_CALLS}
 * calls — a prefix of the document's values, since each call depends only on those before it.
 * Throws what the generation would throw on its first chunk (bad seed, call or parameters). A
 * call beyond the core's `PREVIEW_BUDGET` is not run: the preview says `preview skipped (large call)…`.
 */
export function generatePreview(req: Omit<GenerateRequest, 'n' | 'layout' | 'eol'>, maxChars = 120): string {
  try {
    checkPreview(req.engine, req.seed, req.call, PREVIEW_CALLS);
  } catch (e) {
    if (e instanceof PreviewSkipped) return e.message;
    throw e;
  }
  return previewText(previewValues(req), Infinity, maxChars);
}

/** The values of the first {@link PREVIEW_CALLS} calls of a generation, as its `lines` layout writes them. */
export function previewValues(req: Omit<GenerateRequest, 'n' | 'layout' | 'eol'>): string[] {
  let text = '';
  for (const chunk of generateChunks({ ...req, n: PREVIEW_CALLS, layout: 'lines', eol: '\n' })) text += chunk.text;
  return text.split('\n').slice(0, -1);
}

/** A count with thousands separators, as messages show it: `1,000,000`. */
export const grouped = (n: number): string => n.toLocaleString('en-US');

/** The call prepared for an engine and checked for size (values per call), or the library's error. */
export function preparedCall(engine: EngineName, call: string) {
  const p = prepareCall(engine, call);
  return { prepared: p, perCall: valuesPerCall(p) };
}

/** The equivalent CLI command, suggested when a document would be too big. */
export const cliCommand = (engine: EngineName, seed: string, call: string, count: number, layout: Layout): string =>
  `seeded-random --engine ${engine} --seed ${shellQuote(seed)} -n ${count}${layout === 'lines' ? '' : ` --layout ${layout}`} ${shellQuote(call)}`;
