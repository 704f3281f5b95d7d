import * as vscode from 'vscode';
import type { OffsetRange } from '../plain/planInsertion';
import { normalizeEol } from '../plain/planInsertion';
import { planInsertion } from '../plain/planInsertion';

/** The editor's document and selections when a command started; edits are checked against it. */
export interface EditorSnapshot {
  editor: vscode.TextEditor;
  version: number;
  /** The selections in VS Code's order, as offsets. */
  ranges: OffsetRange[];
  eol: string;
}

export function snapshot(editor: vscode.TextEditor): EditorSnapshot {
  const doc = editor.document;
  return {
    editor,
    version: doc.version,
    ranges: editor.selections.map((s) => ({ start: doc.offsetAt(s.start), end: doc.offsetAt(s.end) })),
    eol: doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
  };
}

/** Why nothing was edited; shown to the user as is. */
export type Refusal = { kind: 'readonly' | 'stale' | 'closed' | 'rejected'; message: string };

/**
 * Whether the document cannot be edited: a read-only file system (e.g. a `readonly` provider, a
 * git revision), a file whose stat says read-only, or a path matched by `files.readonlyInclude`
 * (and not `files.readonlyExclude`). Checked before prompting and again before editing.
 */
export async function readOnlyReason(doc: vscode.TextDocument): Promise<string | undefined> {
  const uri = doc.uri;
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) {
    return `${label(doc)} is on a read-only file system`;
  }
  if (uri.scheme !== 'untitled') {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.permissions !== undefined && (stat.permissions & vscode.FilePermission.Readonly) !== 0) {
        return `${label(doc)} is read-only`;
      }
    } catch {
      // Not on any file system (e.g. a virtual document): the edit itself will tell.
    }
    if (matchesSetting(doc, 'readonlyInclude') && !matchesSetting(doc, 'readonlyExclude')) {
      return `${label(doc)} is read-only (files.readonlyInclude)`;
    }
  }
  return undefined;
}

/** Whether `files.<key>` (an object of glob → boolean) matches the document, relative to its folder. */
function matchesSetting(doc: vscode.TextDocument, key: 'readonlyInclude' | 'readonlyExclude'): boolean {
  const globs = vscode.workspace.getConfiguration('files', doc).get<Record<string, boolean>>(key);
  if (!globs || typeof globs !== 'object') return false;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return Object.entries(globs).some(([glob, on]) => {
    if (on !== true) return false;
    const pattern = folder && !glob.startsWith('/') ? new vscode.RelativePattern(folder, glob) : glob;
    return vscode.languages.match({ pattern }, doc) > 0;
  });
}

const label = (doc: vscode.TextDocument) => (doc.isUntitled ? 'This document' : `"${doc.uri.path.split('/').pop()}"`);

/**
 * Replace the snapshot's selections with `texts` (one per selection, in document order) as ONE
 * edit — one undo step — then select the inserted texts. Nothing is edited when the document
 * changed since the snapshot (the values were chosen for the old text), was closed, or is
 * read-only; the refusal says why.
 */
export async function replaceSelections(snap: EditorSnapshot, texts: readonly string[]): Promise<Refusal | undefined> {
  const refusal = await checkEditable(snap, 'inserted');
  if (refusal) return refusal;
  const { editor } = snap;
  const doc = editor.document;
  const plan = planInsertion(snap.ranges, texts.map((t) => normalizeEol(t, snap.eol)));
  const ok = await editor.edit(
    (b) => {
      for (const r of plan.replacements) b.replace(new vscode.Range(doc.positionAt(r.range.start), doc.positionAt(r.range.end)), r.text);
    },
    { undoStopBefore: true, undoStopAfter: true },
  );
  if (!ok) {
    return { kind: 'rejected', message: 'VS Code did not apply the edit (the document may be read-only or have changed); nothing was inserted.' };
  }
  editor.selections = plan.selectionsAfter.map((r) => new vscode.Selection(doc.positionAt(r.start), doc.positionAt(r.end)));
  return undefined;
}

/**
 * Replace one range of the snapshot's document (offsets at the snapshot) with `text` as ONE edit
 * — one undo step — with the same refusals as {@link replaceSelections}. `select` says what is
 * selected afterwards: the new text, or a cursor at its start.
 */
export async function replaceRange(snap: EditorSnapshot, range: OffsetRange, text: string, select: 'text' | 'start'): Promise<Refusal | undefined> {
  const refusal = await checkEditable(snap, 'changed');
  if (refusal) return refusal;
  const { editor } = snap;
  const doc = editor.document;
  const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(range.start), doc.positionAt(range.end)), text), {
    undoStopBefore: true,
    undoStopAfter: true,
  });
  if (!ok) {
    return { kind: 'rejected', message: 'VS Code did not apply the edit (the document may be read-only or have changed); nothing was changed.' };
  }
  const start = doc.positionAt(range.start);
  const end = select === 'text' ? doc.positionAt(range.start + text.length) : start;
  editor.selection = new vscode.Selection(start, end);
  return undefined;
}

/**
 * Why the snapshot's document cannot take the edit now: closed, changed since the snapshot (the
 * result was computed from the old text), or read-only. `what` ends the message (`nothing was …`).
 */
export async function checkEditable(snap: EditorSnapshot, what: string): Promise<Refusal | undefined> {
  const doc = snap.editor.document;
  if (doc.isClosed) return { kind: 'closed', message: `The document was closed; nothing was ${what}.` };
  const stale: Refusal = {
    kind: 'stale',
    message: `The document changed while the command was running; nothing was ${what}. Run the command again.`,
  };
  if (doc.version !== snap.version) return stale;
  const ro = await readOnlyReason(doc);
  if (ro) return { kind: 'readonly', message: `${ro}; nothing was ${what}.` };
  if (doc.version !== snap.version) return stale;
  return undefined;
}
