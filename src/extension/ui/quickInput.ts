import * as vscode from 'vscode';

/** How a quick input ended: accepted with a value, Back pressed, or hidden (Escape, focus lost, disposed). */
export type Step<T> = { kind: 'ok'; value: T } | { kind: 'back' } | { kind: 'cancel' };

/** The quick input on screen, if one of ours: its title and step (the Insert wizard's steps have one). */
let shown: { title?: string; step?: number } | undefined;

/** The title and step of the quick input on screen (undefined when none); read by the internal state commands, for tests. */
export const shownQuickInput = (): { title?: string; step?: number } | undefined => shown;

/**
 * Show `input` and settle once: `accept` runs on Enter and returns `{ value }` to close with it,
 * or undefined to keep the input open (an invalid text: its validation message says why); the
 * Back button settles `back`; hiding it settles `cancel`. The input and its listeners are
 * disposed when it settles, so it can be awaited as one step of a multi-step prompt.
 */
export function runQuickInput<T>(input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox, accept: () => { value: T } | undefined): Promise<Step<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const disposables: vscode.Disposable[] = [];
    const settle = (r: Step<T>) => {
      if (settled) return;
      settled = true;
      shown = undefined;
      disposables.forEach((d) => d.dispose());
      input.dispose();
      resolve(r);
    };
    disposables.push(
      input.onDidAccept(() => {
        const v = accept();
        if (v !== undefined) settle({ kind: 'ok', value: v.value });
      }),
      input.onDidTriggerButton((b) => {
        if (b === vscode.QuickInputButtons.Back) settle({ kind: 'back' });
      }),
      input.onDidHide(() => settle({ kind: 'cancel' })),
    );
    input.show();
    shown = { title: input.title, step: input.step };
  });
}
