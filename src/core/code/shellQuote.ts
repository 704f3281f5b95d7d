/**
 * One argument quoted for a POSIX shell (sh, bash, zsh), so that pasting the command runs nothing
 * the argument holds: text of only safe characters as is (`101`, `numpy`), anything else in single
 * quotes, inside which no character is special — `$(…)`, backticks, `\`, `!`, newlines stay text —
 * with each `'` written `'\''` (close the quotes, an escaped quote, reopen). An empty string is `''`.
 */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, "'\\''")}'`;
}
