// What VS Code passes to a command depends on where the user ran it. A keybinding's `args` (or
// `executeCommand(id, args)`) arrive as the only argument. A menu passes its own context instead:
// the editor context menu and the editor title menu pass the document's `Uri`, the editor tab
// (title context) menu passes the `Uri` and `{ groupId, editorIndex }`, the explorer passes the
// clicked `Uri` and the list of selected Uris. Those are never keybinding args.

/**
 * The keybinding/`executeCommand` arguments among everything a command was called with, or
 * `undefined` when the call came from a menu (or the palette, which passes nothing).
 *
 * @param args every argument VS Code passed, in order
 * @param isUri tells a `vscode.Uri` (the wiring passes `a instanceof vscode.Uri`)
 */
export function keybindingArgs(args: readonly unknown[], isUri: (a: unknown) => boolean): unknown {
  const first = args[0];
  return isMenuArg(first, isUri) ? undefined : first;
}

/** A `Uri`, a non-empty list of Uris, or the editor group context `{ groupId, editorIndex? }`. */
export function isMenuArg(a: unknown, isUri: (a: unknown) => boolean): boolean {
  if (isUri(a)) return true;
  if (Array.isArray(a)) return a.length > 0 && a.every(isUri);
  if (typeof a !== 'object' || a === null) return false;
  const keys = Object.keys(a);
  const numbers = (k: string) => typeof (a as Record<string, unknown>)[k] === 'number';
  return keys.includes('groupId') && keys.every((k) => (k === 'groupId' || k === 'editorIndex') && numbers(k));
}
