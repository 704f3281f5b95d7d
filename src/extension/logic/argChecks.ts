import type { EngineName } from '../../core/callSpec';
import { ENGINE_NAMES, isEngineName } from '../../core/engineNames';
import { NUMBER_FORMAT_HELP, toNumberFormat, type NumberFormat } from '../../core/format/numberFormat';

// The checks the commands' JSON arguments (keybindings, `executeCommand`) share. Each throws
// ArgsError with a message for the user; the command says which command's arguments were bad.

/** Thrown for malformed args; the message says what is wrong, for the user. */
export class ArgsError extends Error {}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * The arguments as an object whose keys are all in `keys` (`undefined` when there are none, as
 * from the palette). Unknown keys are errors, so a typo such as `"seeds"` is reported instead of
 * silently ignored; `why` may add a reason for a key.
 *
 * @param example an object for the message, such as `{"seed": 101}`
 */
export function argsObject(raw: unknown, keys: readonly string[], example: string, why: (key: string) => string = () => ''): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ArgsError(`arguments must be an object such as ${example}`);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!keys.includes(key)) throw new ArgsError(`unknown argument "${key}"${why(key)}; expected ${quoted(keys)}`);
  }
  return obj;
}

/** `"engine"`: one of the engines' names. */
export function engineArg(v: unknown): EngineName {
  if (typeof v !== 'string' || !isEngineName(v)) throw new ArgsError(`"engine" must be one of ${quoted(ENGINE_NAMES)}`);
  return v;
}

/**
 * `"seed"`: a JSON integer (`101`) or text (`"101"`, `"[1, 2]"`, `"'abc'"`) for the engine's own
 * seeding to judge. `maxLength` bounds the text; `examples` ends the message.
 */
export function seedArg(v: unknown, maxLength = Infinity, examples = '"101"'): string {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'string' && v.trim() !== '' && v.length <= maxLength) return v;
  throw new ArgsError(`"seed" must be an integer or a non-empty string such as ${examples}`);
}

/** `"format"`: a number format as text (`".2f"`) or as an object. */
export function formatArg(v: unknown): NumberFormat {
  const format = toNumberFormat(v);
  if (!format) throw new ArgsError(`"format" must be ${NUMBER_FORMAT_HELP}`);
  return format;
}
