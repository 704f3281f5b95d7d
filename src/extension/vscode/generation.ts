import * as vscode from 'vscode';
import { generateChunks, type GenerateRequest } from '../../core/layout/generateChunks';
import type { TextChunk } from '../plain/generatePlan';
import { openFreshUntitled } from './untitledDocuments';

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

/** Values per chunk asked of the core: a few milliseconds of drawing each. */
const CHUNK_VALUES = 4096;

/**
 * Characters per edit adapt so that each edit's round trip to the workbench takes about
 * {@link EDIT_TARGET_MS}. Measured in code-server + chromium (docs/BENCHMARKS.md): an append
 * costs a fixed ~50 ms plus the transfer at ~6 MB/s, so edits of a few hundred kB waste half
 * their time in round trips while edits of several MB hold the window for a second. The document
 * must also keep changing more often than VS Code's 1 s hot-exit backup delay, or the workbench
 * starts copying the whole growing document into a backup between two edits (slow, and a
 * backup racing a cancel can outlive it).
 */
export const EDIT_CHARS = { start: 1 << 20, min: 1 << 17, max: 3 << 20 };
const EDIT_TARGET_MS = { low: 250, high: 550 };

/** Longest stretch of drawing before the extension host yields to its event loop. */
const SLICE_MS = 16;

/** Let the extension host run other work (other commands, VS Code's messages) before the next chunk. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type GenerationResult =
  | { kind: 'done'; doc: vscode.TextDocument; values: number; ms: number }
  | { kind: 'cancelled' | 'closed'; values: number }
  | { kind: 'busy' }
  | { kind: 'error'; error: unknown };

/** The chunks of a generation, for the document's line break. */
export type ChunkSource = (eol: string) => Iterator<TextChunk, void>;

/** The chunks of a call's values (the core's {@link generateChunks}), in edits' worth of {@link CHUNK_VALUES}. */
export const callChunks =
  (req: Omit<GenerateRequest, 'eol' | 'chunkValues'>): ChunkSource =>
  (eol) =>
    generateChunks({ ...req, eol, chunkValues: CHUNK_VALUES });

/**
 * Generate `source`'s chunks (the values of a call, see {@link callChunks}, or the records of a
 * template) into a new untitled document (`target.paths(0)`, as Save will propose it, in
 * `target.language`), chunk by chunk: chunks are gathered into
 * edits of adaptive size, and the extension host yields to its event loop (`setTimeout`, which the
 * web worker has too) between slices of drawing and after each edit, so the window stays
 * responsive and memory holds one edit's text at a time. A cancellable progress notification
 * shows the count.
 *
 * Bad input fails on the first chunk, before the document is shown (`error`). On Cancel — or when
 * the document is closed meanwhile — the partial text is removed and the document closed without
 * a save prompt: no half-written document is left behind. One generation runs at a time (`busy`).
 *
 * @param totalValues values (or records) expected in all (calls × values per call), for the progress bar
 * @param unit what the progress counts (`values`, `records`)
 */
export async function generateIntoNewDocument(
  source: ChunkSource,
  target: { paths: (attempt: number) => string; language: string },
  totalValues: number,
  title: string,
  unit = 'values',
): Promise<GenerationResult> {
  if (running) return { kind: 'busy' };
  const state: Running = { cts: new vscode.CancellationTokenSource(), values: 0, total: totalValues };
  running = state;
  try {
    const doc = await openFreshUntitled(target.paths, target.language);
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const chunks = source(eol);
    let first: IteratorResult<TextChunk, void>;
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
        let editChars = EDIT_CHARS.start;
        let next = first;
        /** The edit in flight (sent, not yet acknowledged) and the values written once it lands. */
        let inFlight: { applied: Thenable<boolean>; ms: () => number; values: number } | undefined;
        /** Wait for the edit in flight; adapt the edit size to its round trip and report progress. */
        const land = async (): Promise<'ok' | 'closed' | 'cancelled'> => {
          if (!inFlight) return 'ok';
          const { applied, ms: roundTrip, values } = inFlight;
          inFlight = undefined;
          if (!(await applied)) return doc.isClosed ? 'closed' : 'cancelled';
          const ms = roundTrip();
          if (ms > EDIT_TARGET_MS.high) editChars = Math.max(EDIT_CHARS.min, editChars / 2);
          else if (ms < EDIT_TARGET_MS.low) editChars = Math.min(EDIT_CHARS.max, editChars * 2);
          state.values = values;
          const percent = totalValues > 0 ? (100 * values) / totalValues : 100;
          progress.report({ increment: percent - reported, message: `${values.toLocaleString('en-US')} of ${totalValues.toLocaleString('en-US')} ${unit}` });
          reported = percent;
          return 'ok';
        };
        while (!next.done) {
          // draw the next edit's text while the previous edit travels to the workbench, yielding
          // to the event loop every SLICE_MS of drawing
          const parts: string[] = [];
          let chars = 0;
          let gathered = state.values;
          let slice = Date.now();
          while (!next.done) {
            parts.push(next.value.text);
            chars += next.value.text.length;
            gathered = next.value.values;
            if (chars >= editChars) break;
            if (Date.now() - slice > SLICE_MS) {
              await yieldToEventLoop();
              if (stop.isCancellationRequested) break;
              slice = Date.now();
            }
            next = chunks.next();
          }
          const landed = await land();
          if (landed !== 'ok') return landed;
          if (stop.isCancellationRequested) return 'cancelled';
          if (doc.isClosed) return 'closed';
          const edit = new vscode.WorkspaceEdit();
          edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, parts.join(''));
          const sent = Date.now();
          let landedAt = 0;
          const applied = vscode.workspace.applyEdit(edit).then((ok) => ((landedAt = Date.now()), ok));
          inFlight = { applied, ms: () => (landedAt || Date.now()) - sent, values: gathered };
          await yieldToEventLoop();
          if (!next.done) next = chunks.next();
        }
        const landed = await land();
        if (landed !== 'ok') return landed;
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
