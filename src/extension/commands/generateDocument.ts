import * as vscode from 'vscode';
import { ENGINES } from '../../core/engines';
import { checkCount, type CountCheck } from '../../core/layout/checkCount';
import { LAYOUTS, type Layout } from '../../core/layout/layoutWriter';
import { describeError } from '../plain/describeError';
import { generateIntoNewDocument } from '../vscode/generation';
import { cliCommand, generatePreview, grouped, LAYOUT_EXTENSIONS, LAYOUT_LABELS, layoutLanguage, preparedCall } from '../plain/generatePlan';
import { untitledNames } from '../plain/untitledNames';
import { folderOf, takenPaths } from '../vscode/untitledDocuments';
import { parseCount, parseGenerateArgs } from '../plain/commandArgs';
import { refuse, type Outcome, type CommandContext } from './commandContext';
import { startCommand, type CommandCall } from './startCommand';
import { askValidated } from '../ui/askValidated';

export interface GenerateOutcome extends Outcome {
  /** The new document (untitled). */
  uri?: string;
  /** Values written (on cancel: how far it got before the partial document was discarded). */
  values?: number;
  /** Milliseconds spent generating and writing. */
  ms?: number;
}

/** What the session last generated, to prefill the prompts. */
let last: { call: string; count: string; layout: Layout } = { call: 'random()', count: '1000', layout: 'lines' };

/**
 * Generate into a New Document…: `count` calls of a seeded call (the CLI's `-n`; up to 10⁸
 * values, confirmed above 10⁷ — the core's `checkCount`) written into a new untitled document in
 * a layout: one value per line, a CSV column with a header, a JSON array, a Python list or a
 * NumPy array literal. Written in chunks with a cancellable progress notification; Cancel
 * discards the partial document. Always seeds afresh (a document is reproducible from the seed
 * alone, whatever `seededRandom.sequence` says). Prompts for the call, the count and the layout
 * unless `args` give them (see `GenerateArgs`).
 */
export async function generateDocument(ctx: CommandContext, invocation: CommandCall): Promise<GenerateOutcome> {
  const start = await startCommand(invocation, { title: 'Generate into a New Document', parseArgs: parseGenerateArgs, checkSeed: () => true });
  if ('refused' in start) return start.refused;
  const { args, engine, seed, format } = start;
  const title = `Generate into a New Document (${engine}, seed ${seed})`;

  // 1. the call, previewed with the values the document will start with
  let call = args.call;
  let perCall: number;
  if (call === undefined) {
    const answer = await askValidated({
      title,
      value: last.call,
      placeholder: ENGINES[engine].calls[0]?.example,
      prompt: (_t, r) => `Starts with: ${r.preview}`,
      compute: (t: string) => ({ ...preparedCall(engine, t), preview: generatePreview({ engine, seed, call: t, format }) }),
    });
    if (!answer) return { ok: false, reason: 'cancelled' };
    call = answer.text;
    perCall = answer.result.perCall;
  } else {
    try {
      perCall = preparedCall(engine, call).perCall;
      generatePreview({ engine, seed, call, format });
    } catch (e) {
      return refuse('badInput', describeError(e), 'error');
    }
  }

  // 2. how many calls, checked against the caps as typed
  const check = (count: number): CountCheck => checkCount(count * perCall, { cli: cliCommand(engine, seed, call!, count, args.layout ?? last.layout) });
  let count = args.count;
  if (count === undefined) {
    const answer = await askValidated({
      title: `${title}: ${call}`,
      value: last.count,
      placeholder: 'e.g. 1000000 (1e6, 1_000_000 and 1,000,000 work too)',
      prompt: (_t, n) => `${grouped(n)} calls of ${call}${perCall === 1 ? '' : ` (${grouped(n * perCall)} values)`}; Enter picks the layout`,
      compute: (t: string) => {
        const n = parseCount(t);
        if (n === undefined) throw new Error('Type a whole number, e.g. 1000000');
        const c = check(n);
        if (c.kind === 'refuse') throw new Error(c.message);
        return n;
      },
      warning: (_t, n) => {
        const c = check(n);
        return c.kind === 'confirm' ? c.message : undefined;
      },
    });
    if (!answer) return { ok: false, reason: 'cancelled' };
    count = answer.result;
  }
  const total = count * perCall;

  // 3. the layout
  let layout = args.layout;
  if (layout === undefined) {
    const items = LAYOUTS.map((l) => ({ label: LAYOUT_LABELS[l].label, description: l, detail: LAYOUT_LABELS[l].detail, layout: l }));
    const picked = await vscode.window.showQuickPick(
      [...items.filter((i) => i.layout === last.layout), ...items.filter((i) => i.layout !== last.layout)],
      { title: `${title}: ${grouped(count)} × ${call}`, placeHolder: 'Layout of the new document' },
    );
    if (!picked) return { ok: false, reason: 'cancelled' };
    layout = picked.layout;
  }

  // 4. the caps: refuse beyond what a document holds; confirm a very large count
  const verdict = check(count);
  if (verdict.kind === 'refuse') return refuse('tooMany', verdict.message, 'error');
  if (verdict.kind === 'confirm' && !args.confirm) {
    const go = await vscode.window.showWarningMessage(verdict.message, { modal: true }, 'Generate');
    if (go !== 'Generate') return { ok: false, reason: 'cancelled' };
  }
  last = { call, count: String(count), layout };

  const languages = await vscode.languages.getLanguages();
  const active = start.editor?.document;
  const dir = folderOf(active) ?? (active && vscode.workspace.getWorkspaceFolder(active.uri)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const dirPath = dir ? `${dir.path.replace(/\/$/, '')}/` : '';
  const taken = await takenPaths(dir);
  const tried = new Set<string>();
  const paths = () => {
    const [path] = untitledNames(dirPath, ['random'], LAYOUT_EXTENSIONS[layout!], (p) => taken(p) || tried.has(p));
    tried.add(path);
    return path;
  };
  const result = await generateIntoNewDocument(
    { engine, seed, call, n: count, layout, format, header: args.header },
    { paths, language: layoutLanguage(layout, languages) },
    total,
    `Generating ${grouped(total)} values: ${call} (${engine}, seed ${seed})`,
  );
  switch (result.kind) {
    case 'busy':
      return refuse('busy', 'a generation is already running; cancel it or wait for it to finish.', 'info');
    case 'error':
      return refuse('badInput', describeError(result.error), 'error');
    case 'cancelled':
    case 'closed': {
      const why = result.kind === 'closed' ? 'the document was closed' : 'cancelled';
      const message = `generation ${why} after ${grouped(result.values)} of ${grouped(total)} values; the partial document was discarded.`;
      void vscode.window.showInformationMessage(`Seeded Random: ${message}`);
      return { ok: false, reason: result.kind === 'closed' ? 'closed' : 'cancelled', message, values: result.values };
    }
    case 'done':
      ctx.lastOperation = { kind: 'generate', request: { engine, seed, call, n: count, format } };
      vscode.window.setStatusBarMessage(`Seeded Random: generated ${grouped(result.values)} values in ${(result.ms / 1000).toFixed(1)} s`, 8000);
      return { ok: true, uri: result.doc.uri.toString(), values: result.values, ms: result.ms };
  }
}
