import * as vscode from 'vscode';
import { untitledNames } from '../plain/untitledNames';
import { notebookOf } from './settings';

/**
 * Which untitled paths are in use: open documents' paths, and — when `dir` is given — the files in
 * that folder (VS Code refuses an untitled document named after an existing file).
 */
export async function takenPaths(dir: vscode.Uri | undefined): Promise<(path: string) => boolean> {
  const taken = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  if (dir) {
    try {
      for (const [name] of await vscode.workspace.fs.readDirectory(dir)) taken.add(vscode.Uri.joinPath(dir, name).path);
    } catch {
      // not a listable folder (a virtual document): open documents are all we can avoid
    }
  }
  return (p) => taken.has(p);
}

/**
 * A new untitled document came up with text: VS Code restored it from a hot-exit backup of an
 * earlier document of the same name whose discard had not finished. It is not ours to fill.
 */
export class StaleBackup extends Error {
  constructor(readonly doc: vscode.TextDocument) {
    super(`${doc.uri.toString()} was restored from a backup`);
  }
}

/**
 * Open a new untitled document at the first of `paths(i)` (i = 0, 1, …) that comes up empty: a
 * document restored from a stale backup is discarded (reverted and closed, which also deletes that
 * backup) and the next name is tried.
 */
export async function openFreshUntitled(paths: (attempt: number) => string, language: string, eol?: vscode.EndOfLine, text = ''): Promise<vscode.TextDocument> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await openUntitledAt(paths(attempt), language, eol, text);
    } catch (e) {
      if (!(e instanceof StaleBackup) || attempt >= 8) throw e;
      await vscode.window.showTextDocument(e.doc, { preview: true, preserveFocus: false });
      if (vscode.window.activeTextEditor?.document === e.doc) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
}

/**
 * Fresh untitled paths for a generated document (`random.csv`, `random-2.csv`, …) in the folder of
 * the active document, else its workspace folder, else the first workspace folder: each call gives
 * a path that is neither open nor a file there, nor tried before.
 */
export async function generatedPaths(active: vscode.TextDocument | undefined, ext: string): Promise<(attempt: number) => string> {
  const dir = folderOf(active) ?? (active && vscode.workspace.getWorkspaceFolder(active.uri)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const dirPath = dir ? `${dir.path.replace(/\/$/, '')}/` : '';
  const taken = await takenPaths(dir);
  const tried = new Set<string>();
  return () => {
    const [path] = untitledNames(dirPath, ['random'], ext, (p) => taken(p) || tried.has(p));
    tried.add(path);
    return path;
  };
}

/** The folder of a document that lives in one (not untitled; a notebook cell's is its notebook's), as a URI. */
export function folderOf(doc: vscode.TextDocument | undefined): vscode.Uri | undefined {
  const file = doc && fileOf(doc);
  if (!file) return undefined;
  return file.with({ path: file.path.slice(0, file.path.lastIndexOf('/') + 1) || '/' });
}

/**
 * The file a document is saved in: its own URI, a notebook cell's notebook (the cell's
 * `vscode-notebook-cell:` URI names no file); undefined when untitled or not an open notebook's cell.
 */
export function fileOf(doc: vscode.TextDocument): vscode.Uri | undefined {
  if (doc.isUntitled) return undefined;
  return doc.uri.scheme === 'vscode-notebook-cell' ? notebookOf(doc.uri) : doc.uri;
}

/**
 * Open a new untitled document whose Save proposes `path` (`untitled:/ws/train.csv`), in
 * `language`, with `eol` set; `text` fills it in one edit (after the line ending is set, so CRLF
 * survives).
 */
export async function openUntitledAt(path: string, language: string, eol?: vscode.EndOfLine, text = ''): Promise<vscode.TextDocument> {
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path }));
  if (doc.getText() !== '') throw new StaleBackup(doc);
  const edits: vscode.TextEdit[] = [];
  if (eol !== undefined && doc.eol !== eol) edits.push(vscode.TextEdit.setEndOfLine(eol));
  if (text !== '') edits.push(vscode.TextEdit.replace(new vscode.Range(0, 0, doc.lineCount, 0), text));
  if (edits.length > 0) {
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    await vscode.workspace.applyEdit(edit);
  }
  if (doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  return doc;
}
