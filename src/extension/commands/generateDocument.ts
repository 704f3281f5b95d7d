import * as vscode from 'vscode';
import { ENGINES } from '../../core/engines';
import { checkCount, type CountCheck } from '../../core/layout/checkCount';
import { LAYOUTS, type Layout } from '../../core/layout/layoutWriter';
import { describeError } from '../plain/describeError';
import { callChunks, generateIntoNewDocument } from '../vscode/generation';
import { generationOutcome, type GenerateOutcome } from './generationOutcome';
import { cliCommand, generatePreview, grouped, LAYOUT_EXTENSIONS, LAYOUT_LABELS, layoutLanguage, preparedCall } from '../plain/generatePlan';
import { generatedPaths } from '../vscode/untitledDocuments';
import { countInput, parseGenerateArgs } from '../plain/commandArgs';
import { refuse, type CommandContext } from './commandContext';
import { startCommand, type CommandCall } from './startCommand';
import { askValidated } from '../ui/askValidated';
import { recordsPreview, templateOf, unknownTemplateMessage, type TemplateSource } from '../plain/templatePlan';
import { generateRecords } from './generateRecords';

export type { GenerateOutcome };


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

  // 1. the call (or a record template), previewed with the values the document will start with
  const saved = start.config.templates;
  if (args.template !== undefined) {
    const template = templateOf(args.template, saved);
    if (!template) return refuse('badInput', unknownTemplateMessage(args.template.trim(), saved), 'error');
    return generateRecords(ctx, start, template);
  }
  let call = args.call;
  let perCall: number;
  if (call === undefined) {
    const names = Object.keys(saved);
    const answer = await askValidated<{ perCall: number; preview: string; template?: TemplateSource }>({
      title,
      value: last.call,
      placeholder: `${ENGINES[engine].calls[0]?.example ?? 'random()'} — or a record template {"id": uuid4(), …}${names.length > 0 ? ` or a saved template: ${names.join(', ')}` : ''}`,
      prompt: (_t, r) => `Starts with: ${r.preview}${r.template ? ' (records)' : ''}`,
      compute: (t: string) => {
        const template = templateOf(t, saved);
        if (template) return { perCall: 1, template, preview: recordsPreview({ engine, seed, template: template.text, count: Infinity, layout: 'json' }) };
        return { ...preparedCall(engine, t), preview: generatePreview({ engine, seed, call: t, format }) };
      },
    });
    if (!answer) return { ok: false, reason: 'cancelled' };
    last.call = answer.text;
    if (answer.result.template) return generateRecords(ctx, start, answer.result.template);
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
      ...countInput(check, '1000000'),
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
  const result = await generateIntoNewDocument(
    callChunks({ engine, seed, call, n: count, layout, format, header: args.header }),
    { paths: await generatedPaths(start.editor?.document, LAYOUT_EXTENSIONS[layout]), language: layoutLanguage(layout, languages) },
    total,
    `Generating ${grouped(total)} values: ${call} (${engine}, seed ${seed})`,
  );
  const request = { engine, seed, call, n: count, format };
  return generationOutcome(result, total, 'values', () => (ctx.lastOperation = { kind: 'generate', request }));
}
