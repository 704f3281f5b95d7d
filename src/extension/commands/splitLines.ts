import { sizeArgOrDefault } from '../plain/commandArgs';
import * as vscode from 'vscode';
import { parseSize, splitLineList, SPLIT_PYTHON, type TrainTest } from '../../core/lines';
import { layoutLike, lineEnding } from '../../core/lines/splitLines';
import type { PyObj } from '../../core/types';
import { describeError } from '../plain/describeError';
import { checkEditable } from '../vscode/editorEdit';
import { codeSource, type LineSource } from '../vscode/lineSource';
import { startLineCommand, type CommandCall } from './startCommand';
import { cellPath, splitNames } from '../plain/untitledNames';
import { fileOf, folderOf, openFreshUntitled, takenPaths } from '../vscode/untitledDocuments';
import { refuse, type Outcome, type CommandContext } from './commandContext';
import { askValidated } from '../ui/askValidated';

export interface SplitOutcome extends Outcome {
  /** The two new untitled documents. */
  train?: string;
  test?: string;
}

/**
 * Split Lines into Train/Test…: scikit-learn's
 * `train, test = train_test_split(lines, test_size=t, random_state=seed)` on the selected lines
 * (or the whole document) — always NumPy's RandomState, whatever the engine setting. The result
 * opens as two new untitled documents named `train` and `test` (with the source's extension, in
 * its folder, so Save proposes `train.csv` beside `data.csv`), in the source's language and line
 * endings. The source is not changed. `test_size` is asked for (a fraction such as 0.25 or a
 * count such as 100, validated as typed with scikit-learn's messages) unless `args.testSize` or
 * `args.trainSize` gives it. With `seededRandom.lines.header`, the first line tops both documents.
 */
export async function splitLines(ctx: CommandContext, invocation: CommandCall): Promise<SplitOutcome> {
  const start = await startLineCommand(ctx, 'split', invocation);
  if ('refused' in start) return start.refused;
  const { args, seed, source, options } = start;
  const split = (testSize: PyObj | undefined, trainSize: PyObj | undefined) => {
    const parts = splitLineList(source.lines.lines, { seed, testSize, trainSize, ...options });
    return { testSize, trainSize, train: layoutLike(source.lines, parts.train), test: layoutLike(source.lines, parts.test), counts: [parts.train.length, parts.test.length] };
  };

  let result: ReturnType<typeof split>;
  if (args.testSize !== undefined || args.trainSize !== undefined) {
    try {
      result = split(sizeArgOrDefault(args.testSize), sizeArgOrDefault(args.trainSize));
    } catch (e) {
      return refuse('badInput', describeError(e), 'error');
    }
  } else {
    const data = source.lines.lines.length - (options.header ? 1 : 0);
    const answer = await askValidated({
      title: `Split Lines into Train/Test (scikit-learn train_test_split, NumPy RandomState, random_state=${seed})`,
      value: '0.25',
      placeholder: 'test_size: a fraction such as 0.25, or a number of lines such as 100',
      prompt: (_t, r) =>
        `test_size for ${SPLIT_PYTHON.replace('random_state=s', `random_state=${seed}`)}: ${r.counts[0] - (options.header ? 1 : 0)} train and ` +
        `${r.counts[1] - (options.header ? 1 : 0)} test lines of ${data}${options.header ? ', each under the header' : ''}`,
      compute: (t: string) => split(parseSize(t), undefined),
    });
    if (!answer) return { ok: false, reason: 'cancelled' };
    result = answer.result;
  }
  const stale = await checkEditable(source.snap, 'split');
  if (stale && stale.kind !== 'readonly') return refuse(stale.kind, stale.message);

  const docs = await openSplit(source, { train: result.train, test: result.test });
  ctx.lastOperation = {
    kind: 'lines',
    request: { op: 'split', seed, testSize: result.testSize, trainSize: result.trainSize, source: codeSource(source), ...options },
  };
  return { ok: true, train: docs.train.uri.toString(), test: docs.test.uri.toString() };
}

/**
 * Open the two untitled documents and fill them (one edit each, the source's line ending set
 * first so CRLF survives), in the source's language; show train, then test beside it.
 */
async function openSplit(source: LineSource, texts: TrainTest<string>): Promise<TrainTest<vscode.TextDocument>> {
  const doc = source.snap.editor.document;
  const file = fileOf(doc);
  const named = file && (doc.uri.scheme === 'vscode-notebook-cell' ? cellPath(file.path, doc.languageId) : file.path);
  const chosen = splitNames(named, await takenPaths(folderOf(doc)));
  const eol = lineEnding(source.lines) === '\r\n' ? vscode.EndOfLine.CRLF : vscode.EndOfLine.LF;
  const make = (path: string, text: string) => openFreshUntitled((i) => (i === 0 ? path : path.replace(/(\.[^./]*)?$/, `-${i + 1}$1`)), doc.languageId, eol, text);
  const train = await make(chosen.train, texts.train);
  const test = await make(chosen.test, texts.test);
  await vscode.window.showTextDocument(train, { preview: false });
  await vscode.window.showTextDocument(test, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  return { train, test };
}
