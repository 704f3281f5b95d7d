import * as fs from 'fs';
import * as path from 'path';
import { parse, type ParseError } from 'jsonc-parser';

/** The two settings the CLI shares with the editor, as written in `.vscode/settings.json`. */
export interface WorkspaceSeedSettings {
  seed?: unknown;
  engine?: unknown;
  /** `seededRandom.templates`: saved record templates by name. */
  templates?: unknown;
  file?: string;
}

/**
 * Read `seededRandom.seed` / `seededRandom.engine` from `<dir>/.vscode/settings.json`, which is
 * JSONC (comments, trailing commas) — parsed with `jsonc-parser`, the parser VS Code itself uses.
 * Missing file → `{}`; a file that does not parse → an Error naming it.
 */
export function readWorkspaceSettings(dir: string): WorkspaceSeedSettings {
  const file = path.join(dir, '.vscode', 'settings.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const errors: ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${file} is not a valid settings file`);
  }
  return { seed: data['seededRandom.seed'], engine: data['seededRandom.engine'], templates: data['seededRandom.templates'], file };
}
