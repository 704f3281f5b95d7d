import * as vscode from 'vscode';
import { generateChunks, type Chunk, type GenerateRequest } from '../core/layout/generateChunks';

/** A generation in progress: how far it got, and how to stop it. */
interface Running {
  cts: vscode.CancellationTokenSource;
  uri?: string;
  values: number;
  total: number;
}

let running: Running | undefined;

/** The generation in progress, if any (for the internal status command the tests read). */
export function generationStatus(): { running: boolean; uri?: string; values?: number; total?: number } {
  return running ? { running: true, uri: running.uri, values: running.values, total: running.total } : { running: false };
}

/** Stop the generation in progress, as its notification's Cancel button does. */
export function cancelGeneration(): boolean {
  running?.cts.cancel();
  return running !== undefined;
}

/**
 * Values written per edit: each edit is a round trip to the workbench (and, in code-server, over
 * its websocket) whose cost barely depends on its size up to a megabyte or so, so several of the
 * core's chunks (16,384 values, drawn between event-loop turns) go into one edit.
 */
export const EDIT_VALUES = 65_536;

/** Let the extension host run other work (other commands, VS Code's messages) before the next chunk. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type GenerationResult =
  | { kind: 'done'; doc: vscode.TextDocument; values: number; ms: number }
  | { kind: 'cancelled' | 'closed'; values: number }
  | { kind: 'busy' }
  | { kind: 'error'; error: unknown };

/**
 * Generate `req` into a new untitled document of `language`, chunk by chunk (the core's
 * {@link generateChunks}): each chunk is appended with its own edit and the extension host yields
 * to its event loop (`setTimeout`, which the web worker has too) before drawing the next, so the
 * window stays responsive and memory holds one chunk of values at a time. A cancellable progress
 * notification shows the count.
 *
 * Bad input fails on the first chunk, before the document is shown (`error`). On Cancel — or when
 * the document is closed meanwhile — the partial text is removed and the document closed without
 * a save prompt: no half-written document is left behind. One generation runs at a time (`busy`).
 *
 * @param totalValues values expected in all (calls × values per call), for the progress bar
 */
export async function generateIntoNewDocument(req: Omit<GenerateRequest, 'eol'>, language: string, totalValues: number, title: string): Promise<GenerationResult> {
  if (running) return { kind: 'busy' };
  const state: Running = { cts: new vscode.CancellationTokenSource(), values: 0, total: totalValues };
  running = state;
  try {
    const doc = await vscode.workspace.openTextDocument({ language, content: '' });
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const chunks = generateChunks({ ...req, eol });
    let first: IteratorResult<Chunk, void>;
    try {
      first = chunks.next(); // seeding, parsing and the first call: bad input throws here, before any text
    } catch (error) {
      return { kind: 'error', error };
    }
    state.uri = doc.uri.toString();
    await vscode.window.showTextDocument(doc, { preview: false });
    const t0 = Date.now();
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => state.cts.cancel());
        const stop = state.cts.token;
        let reported = 0;
        let next = first;
        while (!next.done) {
          // Gather chunks into one edit of up to EDIT_VALUES values, yielding between them: each
          // round trip to the workbench costs far more than its size, while drawing stays in
          // slices of the core's chunk size (a few tens of ms) between event-loop turns.
          const parts: string[] = [];
          let gathered = state.values;
          while (!next.done) {
            parts.push(next.value.text);
            gathered = next.value.values;
            if (gathered - state.values >= EDIT_VALUES) break;
            await yieldToEventLoop();
            if (stop.isCancellationRequested) return 'cancelled';
            next = chunks.next();
          }
          if (stop.isCancellationRequested) return 'cancelled';
          if (doc.isClosed) return 'closed';
          const edit = new vscode.WorkspaceEdit();
          edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, parts.join(''));
          if (!(await vscode.workspace.applyEdit(edit))) return doc.isClosed ? 'closed' : 'cancelled';
          state.values = gathered;
          const percent = totalValues > 0 ? (100 * state.values) / totalValues : 100;
          progress.report({ increment: percent - reported, message: `${state.values.toLocaleString('en-US')} of ${totalValues.toLocaleString('en-US')} values` });
          reported = percent;
          await yieldToEventLoop();
          if (!next.done) next = chunks.next();
        }
        return stop.isCancellationRequested ? 'cancelled' : 'done';
      },
    );
    if (outcome === 'done') return { kind: 'done', doc, values: state.values, ms: Date.now() - t0 };
    await discard(doc);
    return { kind: outcome, values: state.values };
  } finally {
    state.cts.dispose();
    running = undefined;
  }
}

/** Remove a partial document: its text first (so nothing half-written survives), then the editor, without a save prompt. */
async function discard(doc: vscode.TextDocument): Promise<void> {
  if (doc.isClosed) return;
  const edit = new vscode.WorkspaceEdit();
  edit.delete(doc.uri, new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end));
  await vscode.workspace.applyEdit(edit);
  await vscode.window.showTextDocument(doc, { preview: false });
  if (vscode.window.activeTextEditor?.document === doc) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
