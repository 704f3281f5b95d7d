import * as vscode from 'vscode';
import type { EngineName } from '../core/callSpec';
import type { LinesSource } from '../core/code/linesCode';
import { splitLines, type BlankLines, type LineText } from '../core/lines';
import { readOnlyReason, snapshot, type EditorSnapshot } from './editorEdit';
import type { Config } from './logic/config';
import { ArgsError } from './logic/argChecks';
import { lineBlock } from './logic/lineBlock';
import { parseLineArgs, type LineArgs, type LineCommand } from './logic/lineArgs';
import type { OffsetRange } from './logic/offsetRange';
import { getConfig } from './settings';
import { refuse, type Outcome } from './shell';

/** The lines a line command works on, taken when the command starts. */
export interface LineSource {
  snap: EditorSnapshot;
  /** True when the whole document is used (nothing, or every line, selected). */
  wholeDocument: boolean;
  /** Where the lines are, as offsets of the snapshot's text. */
  range: OffsetRange;
  /** The text of those lines (a block of selected lines without its last line break). */
  text: string;
  /** `text` cut into lines and their terminators. */
  lines: LineText;
  /** The lines start at the document's first line, so a header setting applies to them. */
  atTop: boolean;
}

/**
 * The selected lines, or the whole document when nothing is selected (see `lineBlock`);
 * a string when the selections do not make one block (the reason, for the user).
 */
export function lineSource(editor: vscode.TextEditor): LineSource | string {
  const doc = editor.document;
  const last = doc.lineAt(doc.lineCount - 1);
  const block = lineBlock(
    editor.selections.map((s) => ({ startLine: s.start.line, startCharacter: s.start.character, endLine: s.end.line, endCharacter: s.end.character })),
    doc.lineCount,
    last.text === '',
  );
  if (block.kind === 'refuse') return block.message;
  const snap = snapshot(editor);
  const text = block.kind === 'document' ? doc.getText() : doc.getText(new vscode.Range(block.first, 0, block.last, doc.lineAt(block.last).text.length));
  const range =
    block.kind === 'document'
      ? { start: 0, end: text.length }
      : { start: doc.offsetAt(new vscode.Position(block.first, 0)), end: doc.offsetAt(doc.lineAt(block.last).range.end) };
  return { snap, wholeDocument: block.kind === 'document', range, text, lines: splitLines(text), atTop: block.kind === 'document' || block.first === 0 };
}

/** The header and blank-line options: args over settings; a header only where the document's first line is among the lines. */
export function lineOptions(config: Config, args: LineArgs, source: LineSource): { header: boolean; blankLines: BlankLines } {
  return { header: (args.header ?? config['lines.header']) && source.atTop, blankLines: args.blankLines ?? config['lines.blankLines'] };
}

/** Engine and seed: args over settings. */
export function engineAndSeed(config: Config, args: LineArgs): { engine: EngineName; seed: string } {
  return { engine: args.engine ?? config.engine, seed: args.seed ?? config.seed };
}

/**
 * Where the reproducing code reads the lines: the saved file itself when the command left it
 * unchanged (a split of a whole, saved file on disk), else the lines as a list literal — a
 * shuffled or sampled file no longer holds the lines that were drawn from.
 */
export function codeSource(source: LineSource, unchanged: boolean): LinesSource {
  const doc = source.snap.editor.document;
  if (unchanged && source.wholeDocument && doc.uri.scheme === 'file' && !doc.isDirty) return { path: doc.uri.fsPath };
  return { lines: source.lines.lines };
}

/** What a line command starts from once its arguments, editor and lines have passed the checks. */
export interface LineCommandStart {
  args: LineArgs;
  source: LineSource;
  config: Config;
  options: { header: boolean; blankLines: BlankLines };
}

const TITLES: Record<LineCommand, string> = { shuffle: 'Shuffle Lines', sample: 'Sample Lines', split: 'Split Lines into Train/Test' };

/**
 * The checks every line command makes first, in this order: its arguments, an active editor, a
 * writable document (only for the commands that change it: shuffle and sample), lines that make
 * one block. Returns the refusal to give the user, or what the command works on.
 */
export async function startLineCommand(command: LineCommand, rawArgs: unknown): Promise<LineCommandStart | { refused: Outcome }> {
  let args: LineArgs;
  try {
    args = parseLineArgs(command, rawArgs);
  } catch (e) {
    if (e instanceof ArgsError) return { refused: refuse('badArgs', `bad arguments for ${TITLES[command]}: ${e.message}`, 'error') };
    throw e;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return { refused: refuse('noEditor', `open a text editor to ${command} its lines.`, 'info') };
  if (command !== 'split') {
    const readOnly = await readOnlyReason(editor.document);
    if (readOnly) return { refused: refuse('readonly', `${readOnly}; nothing was changed.`) };
  }
  const source = lineSource(editor);
  if (typeof source === 'string') return { refused: refuse('badSelection', source) };
  const config = getConfig(editor.document);
  return { args, source, config, options: lineOptions(config, args, source) };
}
