/**
 * Longest seed text accepted, in characters (UTF-16 code units), from any source: a setting, the
 * CLI's `--seed`, a prompt. Python seeds a 262,144-character string in milliseconds and so does
 * this tool (linear seeding); longer text is refused at once rather than hashed, parsed and shown.
 */
export const MAX_SEED_CHARS = 262_144;

/** Characters of a seed (or any user text) quoted in an error message before it is cut with `…`. */
export const MAX_QUOTED_CHARS = 60;

/**
 * The seed text of a `seededRandom.seed` setting: an integer (JSON number) or a string holding
 * the seed as typed (`"101"`, `"[1, 2, 3]"`, `"'abc'"`, `"hello"`). Anything else → undefined.
 * Text longer than {@link MAX_SEED_CHARS} → undefined as well ({@link seedTextProblem} says why).
 */
export function seedText(setting: unknown): string | undefined {
  if (typeof setting === 'number' && Number.isSafeInteger(setting)) return String(setting);
  if (typeof setting === 'string' && setting.trim() !== '' && setting.length <= MAX_SEED_CHARS) return setting;
  return undefined;
}

/**
 * Why a seed setting is not usable (`undefined` when it is), for a message such as
 * `seededRandom.seed is 1.5; expected …`: the value as JSON, cut to {@link MAX_QUOTED_CHARS}.
 */
export function seedTextProblem(setting: unknown): string | undefined {
  if (seedText(setting) !== undefined) return undefined;
  if (typeof setting === 'string' && setting.length > MAX_SEED_CHARS) {
    return `${clipText(JSON.stringify(setting))}, ${setting.length.toLocaleString('en-US')} characters long; a seed holds at most ${MAX_SEED_CHARS.toLocaleString('en-US')}`;
  }
  return `${clipText(JSON.stringify(setting) ?? String(setting))}; expected an integer or a non-empty string`;
}

/** `text` cut to `max` characters with `…` (for quoting user input in one-line messages). */
export function clipText(text: string, max = MAX_QUOTED_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
