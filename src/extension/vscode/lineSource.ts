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
  /** Where the lines are in the saved file, when the document was a saved file with no unsaved changes. */
  inFile?: { path: string; first: number; count: number };
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
  const lines = splitLines(text);
  const first = block.kind === 'document' ? 0 : block.first;
  // VS Code also ends a line at a lone CR, Python's reading (and the core) only at LF: the line
  // numbers agree only when none comes before the block
  const saved = doc.uri.scheme === 'file' && !doc.isDirty && !/\r(?!\n)/.test(doc.getText(new vscode.Range(0, 0, first, 0)));
  return {
    snap,
    wholeDocument: block.kind === 'document',
    range,
    text,
    lines,
    atTop: first === 0,
    inFile: saved ? { path: doc.uri.fsPath, first, count: lines.lines.length } : undefined,
  };
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
 * Where the reproducing code reads the lines: the saved file itself when the document had no
 * unsaved changes when the command started (the lines drawn from are then the file's; a block of
 * selected lines is sliced out of it), else the lines as a list literal.
 */
export function codeSource(source: LineSource): LinesSource {
  const f = source.inFile;
  if (!f) return { lines: source.lines.lines };
  return source.wholeDocument ? { path: f.path } : { path: f.path, from: { first: f.first, count: f.count } };
}
