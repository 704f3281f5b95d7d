import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'seeded-random.seeded-random';

/** What our commands return (see src/extension/commands/commandContext.ts). */
export interface Outcome {
  ok: boolean;
  reason?: string;
  message?: string;
  texts?: string[];
  step?: number;
  seed?: string;
  target?: string;
  engine?: string;
  prompt?: string;
  code?: string;
  uri?: string;
  values?: number;
  ms?: number;
  train?: string;
  test?: string;
  running?: boolean;
}

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  await ext.activate();
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run one of our commands and return its outcome. */
export function run(id: string, arg?: unknown): Thenable<Outcome> {
  return vscode.commands.executeCommand<Outcome>(id, arg);
}

/** The workspace folder the runner opened. */
export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f;
}

/** Create (or overwrite) a file in the workspace and show it in an editor. */
export async function openFile(name: string, content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(folder().uri, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.getText() !== content) {
    // The document was open from an earlier test: reset its text.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), content);
    await vscode.workspace.applyEdit(edit);
  }
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** An untitled document with `content`, shown. */
export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ content, language });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Cursors (empty selections) at [line, character] positions, in the order given (creation order). */
export function cursors(editor: vscode.TextEditor, at: [number, number][]): void {
  editor.selections = at.map(([l, c]) => new vscode.Selection(l, c, l, c));
}

/** The texts of the editor's selections in document order. */
export function selectedTexts(editor: vscode.TextEditor): string[] {
  return [...editor.selections]
    .sort((a, b) => a.start.compareTo(b.start))
    .map((s) => editor.document.getText(s));
}

/** Wait until `check` returns true (polling), or fail with `what`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Reset every seededRandom.* workspace setting and the sequence position. */
export async function resetSettings(): Promise<void> {
  const c = vscode.workspace.getConfiguration('seededRandom');
  for (const key of ['seed', 'engine', 'sequence', 'fill', 'format', 'quoteStrings', 'arrays', 'literalStyle', 'lines.header', 'lines.blankLines', 'showStatusBar', 'inlineValues']) {
    if (c.inspect(key)?.workspaceValue !== undefined) await c.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
  await run('seededRandom.resetSequence');
}

/** The workspace's .vscode/settings.json, parsed (undefined when absent). */
export async function workspaceSettingsFile(): Promise<Record<string, unknown> | undefined> {
  const uri = vscode.Uri.joinPath(folder().uri, '.vscode', 'settings.json');
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch {
    return undefined;
  }
}

/** Wait until the Insert quick input shows `step` (1–3; 0: closed), via the extension's internal command. */
export async function waitForStep(step: number): Promise<void> {
  await until(`the quick input's step ${step}`, async () => (await run('_seededRandom.wizardStep')).step === step);
}

/** Accept the quick input that is showing (Enter), the way a keypress would. */
export const acceptQuickInput = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
export const quickInputBack = () => vscode.commands.executeCommand('workbench.action.quickInputBack');
export const closeQuickInput = () => vscode.commands.executeCommand('workbench.action.closeQuickOpen');

/** Wait until a line/generate command shows its InputBox (via the extension's internal command); its title. */
export async function waitForPrompt(): Promise<string> {
  let title: string | undefined;
  await until('a prompt', async () => (title = (await run('_seededRandom.promptShown')).prompt) !== undefined);
  return title!;
}

/** Set a seededRandom.* workspace setting (undone by resetSettings). */
export function setSetting(key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration('seededRandom').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Close every editor without save prompts (untitled documents made by a test are discarded). */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.isDirty && !d.isClosed)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
