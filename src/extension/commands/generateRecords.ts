import * as vscode from 'vscode';
import { checkCount, type CountCheck } from '../../core/layout/checkCount';
import type { TemplateLayout } from '../../core/template/templateOutput';
import { countInput, type GenerateArgs } from '../plain/commandArgs';
import { describeError } from '../plain/describeError';
import { grouped } from '../plain/generatePlan';
import {
  callsPerRecord,
  MAX_RECORDS,
  RECORD_LAYOUT_LABELS,
  recordChunks,
  recordLanguage,
  TEMPLATE_LAYOUTS,
  templateCliCommand,
  type TemplateSource,
} from '../plain/templatePlan';
import { askValidated } from '../ui/askValidated';
import { generateIntoNewDocument } from '../vscode/generation';
import { generatedPaths } from '../vscode/untitledDocuments';
import { refuse, type CommandContext } from './commandContext';
import { generationOutcome, type GenerateOutcome } from './generationOutcome';
import type { Started } from './startCommand';

/** What the session last generated from a template, to prefill the prompts. */
let last: { count: string; layout: TemplateLayout } = { count: '1000', layout: 'csv' };

/**
 * Generate into a New Document… with a record template (typed, or saved in
 * `seededRandom.templates` and given by name): asks how many records (`args.count`) and the layout
 * (`args.layout`: JSON array, JSON lines, CSV with a header, a Python list of dicts, SQL INSERT
 * rows), then writes the document in chunks with a cancellable progress notification — the same
 * machinery as values (`generateIntoNewDocument`), fed by the core's `templateChunks`: exactly
 * what `seeded-random template` prints. Up to the core's `MAX_RECORDS` records; more than
 * `CONFIRM_ABOVE` values (records × calls per record) are confirmed first, as for calls.
 */
export async function generateRecords(ctx: CommandContext, start: Started<GenerateArgs>, template: TemplateSource): Promise<GenerateOutcome> {
  const { args, engine, seed } = start;
  const name = template.name !== undefined ? `template ${template.name}` : 'template';
  const title = `Generate into a New Document (${engine}, seed ${seed}): ${name}`;
  let perRecord: number;
  try {
    perRecord = callsPerRecord(engine, template.text);
  } catch (e) {
    return refuse('badInput', describeError(e), 'error');
  }
  const request = (n: number, layout: TemplateLayout) => ({ engine, seed, template: template.text, n, layout });
  const check = (n: number): CountCheck => {
    if (n < 1) return { kind: 'refuse', message: 'the number of records must be at least 1' };
    if (n > MAX_RECORDS) return { kind: 'refuse', message: `${grouped(n)} records is more than this tool generates at once (at most ${grouped(MAX_RECORDS)})` };
    return checkCount(n * perRecord, { cli: templateCliCommand(request(n, args.recordLayout ?? last.layout)) });
  };

  // 1. how many records
  let count = args.count;
  if (count === undefined) {
    const answer = await askValidated({
      title,
      value: last.count,
      placeholder: 'e.g. 1000 (1e6, 1_000_000 and 1,000,000 work too)',
      prompt: (_t, n) => `${grouped(n)} records of ${perRecord} call${perRecord === 1 ? '' : 's'} each; Enter picks the layout`,
      ...countInput(check, '1000'),
    });
    if (!answer) return { ok: false, reason: 'cancelled' };
    count = answer.result;
  }

  // 2. the layout
  let layout = args.recordLayout;
  if (layout === undefined) {
    const items = TEMPLATE_LAYOUTS.map((l) => ({ label: RECORD_LAYOUT_LABELS[l].label, description: l, detail: RECORD_LAYOUT_LABELS[l].detail, layout: l }));
    const picked = await vscode.window.showQuickPick([...items.filter((i) => i.layout === last.layout), ...items.filter((i) => i.layout !== last.layout)], {
      title: `${title} × ${grouped(count)}`,
      placeHolder: 'Layout of the new document',
    });
    if (!picked) return { ok: false, reason: 'cancelled' };
    layout = picked.layout;
  }

  // 3. the caps, then the document
  const verdict = check(count);
  if (verdict.kind === 'refuse') return refuse('tooMany', verdict.message, 'error');
  if (verdict.kind === 'confirm' && !args.confirm) {
    const go = await vscode.window.showWarningMessage(verdict.message, { modal: true }, 'Generate');
    if (go !== 'Generate') return { ok: false, reason: 'cancelled' };
  }
  last = { count: String(count), layout };
  const req = request(count, layout);
  const result = await generateIntoNewDocument(
    recordChunks(req),
    { paths: await generatedPaths(start.editor?.document, RECORD_LAYOUT_LABELS[layout].extension), language: recordLanguage(layout, await vscode.languages.getLanguages()) },
    count,
    `Generating ${grouped(count)} records: ${name} (${engine}, seed ${seed})`,
    'records',
  );
  return generationOutcome(result, count, 'records', () => {
    ctx.lastOperation = { kind: 'template', request: { ...req, mode: 'document' }, name: template.name };
  });
}
