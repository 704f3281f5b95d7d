import * as vscode from 'vscode';
import { describeError } from '../plain/describeError';
import { runQuickInput, shownQuickInput } from './quickInput';

/** What {@link askValidated} shows and computes. */
export interface AskOptions<T> {
  title: string;
  /** Shown under the box while the text is valid; may describe the result (a preview). */
  prompt: (text: string, result: NoInfer<T>) => string;
  value: string;
  placeholder?: string;
  /**
   * The result for a text; throws to refuse it (the message, e.g. the core's `PyError`, is shown
   * as the box's validation message). A warning keeps Enter working but says something first.
   */
  compute: (text: string) => T;
  warning?: (text: string, result: NoInfer<T>) => string | undefined;
}

/**
 * An InputBox validated as the user types by computing the very result Enter accepts: the value
 * returned is the one computed for the accepted text (never computed a second time). Resolves to
 * undefined on Escape.
 */
export async function askValidated<T>(o: AskOptions<T>): Promise<{ text: string; result: T } | undefined> {
  const box = vscode.window.createInputBox();
  box.title = o.title;
  box.value = o.value;
  box.placeholder = o.placeholder;
  box.ignoreFocusOut = true;
  let current: { text: string; result?: T } = { text: '\u0000' };
  const update = (text: string) => {
    if (current.text === text) return;
    current = { text };
    try {
      const result = o.compute(text);
      current.result = result;
      const warning = o.warning?.(text, result);
      box.validationMessage = warning ? { message: warning, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
      box.prompt = o.prompt(text, result);
    } catch (e) {
      box.validationMessage = describeError(e);
    }
  };
  update(box.value);
  box.onDidChangeValue(update);
  const step = await runQuickInput(box, () => {
    update(box.value);
    return 'result' in current ? { value: { text: current.text, result: current.result as T } } : undefined;
  });
  return step.kind === 'ok' ? step.value : undefined;
}

/** The title of the prompt on screen (undefined when none); read by the internal state command, for tests. */
export const promptShown = (): string | undefined => {
  const shown = shownQuickInput();
  return shown && shown.step === undefined ? shown.title : undefined;
};
