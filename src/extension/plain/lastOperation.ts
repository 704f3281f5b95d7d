import { linesCode, type LinesCodeRequest } from '../../core/code/linesCode';
import { reproducingCode, type CallRun, type CodeRequest } from '../../core/code/reproducingCode';
import { templateCode } from '../../core/template/templateCode';
import type { TemplateRequest } from '../../core/template/templateOutput';

/**
 * The last operation that changed or made text, as Copy Reproducing Code needs it:
 * - `insert`: values inserted at the selections (`n` = calls made: the selections with fill
 *   `each`, 1 with `same`; `before` = calls made since seeding in `sequence: continue`);
 * - `generate`: a generated document (`n` calls in a layout);
 * - `shuffle`, `sample`, `split`: a line command, with the lines it drew from;
 * - `template`: records from a template, inserted one per selection (`records`) or generated
 *   into a document (`document`); `name` is the saved template's name, if any.
 * Kept in memory for the session (the lines of a big document do not belong in workspace state).
 */
export type LastOperation =
  | { kind: 'insert' | 'generate'; request: CodeRequest }
  | { kind: 'lines'; request: LinesCodeRequest }
  | { kind: 'template'; request: TemplateRequest & { mode: 'records' | 'document' }; name?: string };

/** The Python that reproduces the operation exactly (see the core's `reproducingCode` and `linesCode`). */
export function operationCode(op: LastOperation): string {
  if (op.kind === 'template') return templateCode(op.request);
  return op.kind === 'lines' ? linesCode(op.request) : reproducingCode(op.request);
}

/** A short description for messages: `randint(1, 10) × 5 (numpy, seed 101)`, `the shuffle (python, seed 7)`. */
export function operationLabel(op: LastOperation): string {
  if (op.kind === 'template') {
    const r = op.request;
    const what = op.name !== undefined ? `the template ${op.name}` : 'the template';
    return `${what} × ${r.n.toLocaleString('en-US')} (${r.engine}, seed ${String(r.seed)})`;
  }
  if (op.kind !== 'lines') {
    const r = op.request;
    const n = r.n ?? 1;
    return `${r.call}${n > 1 ? ` × ${n.toLocaleString('en-US')}` : ''} (${r.engine}, seed ${r.seed})`;
  }
  const r = op.request;
  if (r.op === 'split') return `the train/test split (scikit-learn, random_state ${r.seed})`;
  return `the ${r.op === 'shuffle' ? 'shuffle' : `sample of ${r.k}`} (${r.engine}, seed ${r.seed})`;
}

/**
 * The calls made since seeding after `run` is appended: a run of the same call as the last one
 * merges with it (`randint(1, 10)` × 3 then × 2 → × 5), so the history stays short when the
 * same insertion is repeated. `before` is not modified.
 */
export function appendRun(before: readonly CallRun[], run: CallRun): CallRun[] {
  if (run.n <= 0) return [...before];
  const last = before[before.length - 1];
  if (last && last.call === run.call) return [...before.slice(0, -1), { call: last.call, n: last.n + run.n }];
  return [...before, { call: run.call, n: run.n }];
}

