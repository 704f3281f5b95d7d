import { kValue } from '../plain/commandArgs';
import * as vscode from 'vscode';
import { parseSize, sampleLineList, samplePython } from '../../core/lines';
import { layoutLike } from '../../core/lines/splitLines';
import { describeError } from '../plain/describeError';
import { replaceRange } from '../vscode/editorEdit';
import { codeSource } from '../vscode/lineSource';
import { startLineCommand, type CommandCall } from './startCommand';
import { refuse, type Outcome, type CommandContext } from './commandContext';
import { askValidated } from '../ui/askValidated';

/**
 * Sample Lines…: k of the selected lines (or of the whole document), drawn without replacement
 * in the order the active engine draws them — `np.random.choice(lines, k, replace=False)`,
 * `random.sample(lines, k)` or `default_rng(s).choice(lines, k, replace=False)` — REPLACE those
 * lines in place (one undo step; Undo brings them back). With `seededRandom.lines.header` the
 * document's first line stays on top and k counts the lines below it; ignored blank lines are not
 * drawn. k is asked for (validated as typed with the engine's own messages) unless `args.k` gives it.
 */
export async function sampleLines(ctx: CommandContext, invocation: CommandCall): Promise<Outcome> {
  const start = await startLineCommand(ctx, 'sample', invocation);
  if ('refused' in start) return start.refused;
  const { args, engine, seed, source, options } = start;
  const sample = (k: bigint | number) => layoutLike(source.lines, sampleLineList(source.lines.lines, k, { engine, seed, ...options }));

  let k: bigint | number;
  let text: string;
  if (args.k !== undefined) {
    try {
      k = kValue(args.k);
      text = sample(k);
    } catch (e) {
      return refuse('badInput', describeError(e), 'error');
    }
  } else {
    const available = source.lines.lines.length - (options.header ? 1 : 0);
    const answer = await askValidated({
      title: `Sample Lines (${engine}, seed ${seed})`,
      value: String(Math.min(10, Math.max(0, available))),
      placeholder: 'k, e.g. 10',
      prompt: () => `k lines of ${available}${options.header ? ' below the header' : ''}, as ${samplePython(engine)}; Enter replaces the lines with them`,
      compute: (t: string) => {
        const kk = kValue(parseSize(t));
        return { k: kk, text: sample(kk) };
      },
    });
    if (!answer) return { ok: false, reason: 'cancelled' };
    ({ k, text } = answer.result);
  }
  const refusal = await replaceRange(source.snap, source.range, text, source.wholeDocument ? 'start' : 'text');
  if (refusal) return refuse(refusal.kind, refusal.message);
  ctx.lastOperation = { kind: 'lines', request: { op: 'sample', engine, seed, k, source: codeSource(source), ...options } };
  vscode.window.setStatusBarMessage(`Seeded Random: sampled ${k} of ${source.lines.lines.length - (options.header ? 1 : 0)} lines${options.header ? ' below the header' : ''} (${engine}, seed ${seed})`, 5000);
  return { ok: true };
}
