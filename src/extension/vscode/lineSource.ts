import * as vscode from 'vscode';
import type { LinesSource } from '../../core/code/linesCode';
import { splitLines, type BlankLines, type LineText } from '../../core/lines';
import type { LineArgs } from '../plain/commandArgs';
import type { Config } from '../plain/config';
import { lineBlock } from '../plain/lineBlock';
import type { OffsetRange } from '../plain/planInsertion';
import { snapshot, type EditorSnapshot } from './editorEdit';

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

/** The header and blank-line options of a line command. */
export interface LineOptions {
  header: boolean;
  blankLines: BlankLines;
}

/** The header and blank-line options: args over settings; a header only where the document's first line is among the lines. */
export function lineOptions(config: Config, args: LineArgs, source: LineSource): LineOptions {
  return { header: (args.header ?? config['lines.header']) && source.atTop, blankLines: args.blankLines ?? config['lines.blankLines'] };
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
