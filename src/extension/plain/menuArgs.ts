// What VS Code passes to a command depends on where the user ran it. A keybinding's `args` (or
// `executeCommand(id, args)`) arrive as the only argument. A menu passes its own context instead:
// the editor context menu and the editor title menu pass the document's `Uri`, the editor tab
// (title context) menu passes the `Uri` and `{ groupId, editorIndex }`, the explorer passes the
// clicked `Uri` and the list of selected Uris. Those are never keybinding args.

/** A `Uri`, a non-empty list of Uris, or the editor group context `{ groupId, editorIndex? }`. */
export function isMenuArg(a: unknown, isUri: (a: unknown) => boolean): boolean {
  if (isUri(a)) return true;
  if (Array.isArray(a)) return a.length > 0 && a.every(isUri);
  if (typeof a !== 'object' || a === null) return false;
  const keys = Object.keys(a);
  const numbers = (k: string) => typeof (a as Record<string, unknown>)[k] === 'number';
  return keys.includes('groupId') && keys.every((k) => (k === 'groupId' || k === 'editorIndex') && numbers(k));
}

/** What a command was called with, sorted out: its keybinding args and the document a menu named. */
export interface Invocation<U> {
  /** Keybinding / `executeCommand` args; `undefined` from a menu or the palette. */
  args: unknown;
  /** The document the menu was opened on (a menu's first `Uri`), to act on that editor. */
  menuUri?: U;
}

/**
 * Sort the arguments VS Code passed into an {@link Invocation}: menu arguments never become
 * keybinding args; a menu's `Uri` (or the first of a list of them) names the target document.
 */
export function invocationOf<U>(args: readonly unknown[], isUri: (a: unknown) => a is U): Invocation<U> {
  const first = args[0];
  if (!isMenuArg(first, isUri)) return { args: first };
  const uri = isUri(first) ? first : Array.isArray(first) ? (first[0] as U) : args.find(isUri);
  return uri === undefined ? { args: undefined } : { args: undefined, menuUri: uri };
}
