/**
 * The seed text of a `seededRandom.seed` setting: an integer (JSON number) or a string holding
 * the seed as typed (`"101"`, `"[1, 2, 3]"`, `"'abc'"`, `"hello"`). Anything else → undefined.
 */
export function seedText(setting: unknown): string | undefined {
  if (typeof setting === 'number' && Number.isSafeInteger(setting)) return String(setting);
  if (typeof setting === 'string' && setting.trim() !== '') return setting;
  return undefined;
}
