import * as vscode from 'vscode';
import { runQuickInput } from './quickInput';

/** The answer to "is the first line a header?" and whom it applies to. */
export interface HeaderAnswer {
  header: boolean;
  /** `file`: this document only; `workspace`: every delimited file of the workspace. */
  scope: 'file' | 'workspace';
}

interface AnswerItem extends vscode.QuickPickItem {
  answer: HeaderAnswer;
}

/**
 * Ask whether the first line of a delimited document is a header (it looked like one), once:
 * the caller remembers the answer. Resolves to undefined when the user dismisses the question
 * (the command then does nothing).
 *
 * @param name the document's name, for the title
 * @param firstLine the line in question, shown in the title
 */
export async function askHeader(name: string, firstLine: string, command: string): Promise<HeaderAnswer | undefined> {
  const pick = vscode.window.createQuickPick<AnswerItem>();
  const shown = firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine;
  pick.title = `${command}: is the first line of ${name} a header? (${shown})`;
  pick.placeholder = 'A header stays on top, out of the draw; the answer is remembered (the seededRandom.lines.header setting, when set, wins)';
  pick.ignoreFocusOut = true;
  pick.items = [
    { label: 'Header: keep it on top', description: 'this file', answer: { header: true, scope: 'file' } },
    { label: 'Header: keep it on top', description: 'every CSV/TSV file in this workspace', answer: { header: true, scope: 'workspace' } },
    { label: 'Data: draw it with the other lines', description: 'this file', answer: { header: false, scope: 'file' } },
    { label: 'Data: draw it with the other lines', description: 'every CSV/TSV file in this workspace', answer: { header: false, scope: 'workspace' } },
  ];
  const step = await runQuickInput(pick as unknown as vscode.QuickPick<vscode.QuickPickItem>, () => {
    const item = pick.selectedItems[0] ?? pick.activeItems[0];
    return item && { value: item.answer };
  });
  return step.kind === 'ok' ? step.value : undefined;
}
