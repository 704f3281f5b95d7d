import * as fs from 'fs';
import * as path from 'path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ENGINE_NAMES, isEngineName } from '../core/engineNames';
import { checkSeedLength } from '../core/run';
import { clipText, seedText, seedTextProblem } from '../core/seedText';
import { UsageError } from './usageError';

/** The two settings the CLI shares with the editor, as written in `.vscode/settings.json`. */
export interface WorkspaceSeedSettings {
  seed?: unknown;
  engine?: unknown;
  /** `seededRandom.templates`: saved record templates by name. */
  templates?: unknown;
  file?: string;
}

/**
 * Largest settings file read, in bytes. VS Code's own settings files are kilobytes; a seed holds
 * at most 262,144 characters (`MAX_SEED_CHARS`), which fits with room to spare.
 */
export const MAX_SETTINGS_BYTES = 4 * 1024 * 1024;

/**
 * Read `seededRandom.seed` / `seededRandom.engine` from `<dir>/.vscode/settings.json`, which is
 * JSONC (comments, trailing commas, a leading BOM as VS Code allows) — parsed with `jsonc-parser`,
 * the parser VS Code itself uses. Missing file → `{}`.
 *
 * A cloned repository may hold anything at that path, so the file is opened without blocking
 * (`O_NONBLOCK`: a FIFO does not wait for a writer), checked on the open descriptor to be a regular
 * file (a symlink to `/dev/zero` or `/dev/urandom` is a device: refused) of at most
 * {@link MAX_SETTINGS_BYTES}, and read only that far. Anything else, or text that does not parse, is a
 * UsageError naming the file and the reason.
 */
export function readWorkspaceSettings(dir: string): WorkspaceSeedSettings {
  const file = path.join(dir, '.vscode', 'settings.json');
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {};
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  let text: string;
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new UsageError(`${file} is not a regular file (a device, FIFO or socket is not read)`);
    if (st.size > MAX_SETTINGS_BYTES) {
      throw new UsageError(`${file} is ${st.size.toLocaleString('en-US')} bytes; settings files of at most ${MAX_SETTINGS_BYTES.toLocaleString('en-US')} bytes are read`);
    }
    const buf = Buffer.alloc(MAX_SETTINGS_BYTES + 1);
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = fs.readSync(fd, buf, n, buf.length - n, null);
    if (n > MAX_SETTINGS_BYTES) throw new UsageError(`${file} is larger than ${MAX_SETTINGS_BYTES.toLocaleString('en-US')} bytes; not read`);
    text = buf.toString('utf8', 0, n);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  } finally {
    fs.closeSync(fd);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 BOM, which VS Code accepts
  const errors: ParseError[] = [];
  const data = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const at = lineColumn(text, errors[0].offset);
    throw new UsageError(`${file} is not a valid settings file: ${printParseErrorCode(errors[0].error)} at line ${at.line}, column ${at.column}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`${file} is not a valid settings file: it holds ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}, not an object`);
  }
  return { seed: data['seededRandom.seed'], engine: data['seededRandom.engine'], templates: data['seededRandom.templates'], file };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * The seed to use: `--seed` when given, else the settings file's `seededRandom.seed`. A setting
 * that is present but unusable (a float, a list, an empty or over-long string) is refused with
 * what it holds; none at all is "no seed".
 */
export function resolveSeed(flag: string | undefined, settings: WorkspaceSeedSettings): string {
  if (flag !== undefined) return checkSeedLength(flag);
  if (settings.seed !== undefined) {
    const problem = seedTextProblem(settings.seed);
    if (problem !== undefined) throw new UsageError(`seededRandom.seed in ${settings.file} is ${problem}`);
    return seedText(settings.seed)!;
  }
  throw new UsageError('no seed: pass --seed SEED, or set "seededRandom.seed" in .vscode/settings.json');
}

/**
 * The engine to use: `--engine` when given, else the settings file's `seededRandom.engine`
 * (refused when it is not one of the engine names), else `numpy`.
 */
export function resolveEngine(flag: string | undefined, settings: WorkspaceSeedSettings): string {
  if (flag !== undefined) return flag;
  if (settings.engine === undefined) return 'numpy';
  if (typeof settings.engine !== 'string' || !isEngineName(settings.engine)) {
    throw new UsageError(
      `seededRandom.engine in ${settings.file} is ${clipText(JSON.stringify(settings.engine) ?? String(settings.engine))}; expected one of ${ENGINE_NAMES.map((e) => `"${e}"`).join(', ')}`,
    );
  }
  return settings.engine;
}
