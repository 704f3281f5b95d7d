import type { LiteralStyle } from './literalStyles';

/** VS Code language ids whose array literal syntax we know. */
const BY_LANGUAGE: Readonly<Record<string, LiteralStyle>> = {
  python: 'python',
  jupyter: 'python',
  cython: 'python',
  json: 'json',
  jsonc: 'json',
  jsonl: 'json',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'javascript',
  typescriptreact: 'javascript',
  csv: 'csv',
  tsv: 'tsv',
};

/**
 * The literal style for a document's language id (`python` → python lists, `json`/`jsonc` → JSON,
 * `javascript`/`typescript`(+react) → JavaScript, `csv` → one CSV row, `tsv` → one TSV row); any other language
 * (plain text, Markdown, …) gets `fallback` — the user's setting.
 */
export function literalStyleFor(languageId: string, fallback: LiteralStyle = 'python'): LiteralStyle {
  return Object.prototype.hasOwnProperty.call(BY_LANGUAGE, languageId) ? BY_LANGUAGE[languageId] : fallback;
}
