import * as vscode from 'vscode';
import type { EngineName } from '../../core/callSpec';
import type { NumberFormat } from '../../core/format/numberFormat';
import { createEngine } from '../../core/run';
import { ArgsError, parseLineArgs, type LineArgs, type LineCommand } from '../plain/commandArgs';
import type { Config } from '../plain/config';
import { describeError } from '../plain/describeError';
import type { Invocation } from '../plain/menuArgs';
import { readOnlyReason } from '../vscode/editorEdit';
import { lineOptions, lineSource, type LineOptions, type LineSource } from '../vscode/lineSource';
import { getConfig, isSettingSet } from '../vscode/settings';
import { delimiterOf, HEADER_SAMPLE_LINES, looksLikeHeader } from '../plain/delimited';
import { askHeader } from '../ui/askHeader';
import { refuse, type CommandContext, type Outcome } from './commandContext';

/** How a command was called: its keybinding/`executeCommand` args and the document a menu named. */
export type CommandCall = Invocation<vscode.Uri>;

/** The arguments every command may give: each overrides its setting. */
interface CommonArgs {
  engine?: EngineName;
  seed?: string;
  format?: NumberFormat;
}

/** What a command needs before it can start; {@link startCommand} checks it in order. */
export interface CommandNeeds<A extends CommonArgs> {
  /** The command's title, in the message for bad arguments. */
  title: string;
  /** The args as the command takes them; throws `ArgsError` for bad ones. */
  parseArgs: (raw: unknown) => A;
  /** The message for bad args (default: `bad arguments for <title>: <what is wrong>`). */
  badArgs?: (message: string) => string;
  /** Set when the command needs a text editor: the message when there is none. */
  noEditor?: string;
  /** Set when the command changes the document: the end of the read-only refusal (`inserted`). */
  writes?: string;
  /** Whether the seed must be valid for the engine before going on (no prompt will check it). */
  checkSeed?: (args: A) => boolean;
}

/** What a command works with once the checks passed. */
export interface Started<A> {
  args: A;
  /** The target text editor: the menu's document's, else the active one (none when not needed and not open). */
  editor?: vscode.TextEditor;
  config: Config;
  /** Args over settings. */
  engine: EngineName;
  seed: string;
  /** Args over settings; `seededRandom.quoteStrings` applies unless the args give a format. */
  format: NumberFormat;
}

/**
 * The one preamble of every command, in this order: 1. the keybinding args (menu arguments were
 * set aside by the wiring, see `invocationOf`), 2. the target editor — the editor of the
 * document a menu was opened on, else the active one (a notebook cell's editor is a text editor),
 * 3. a writable document for the commands that change it, 4. the settings for that document
 * (a cell's are its notebook's), 5. engine, seed and number format (args over settings), the seed
 * checked for the engine when no prompt will. A failed check is shown and returned as `refused`.
 */
export async function startCommand<A extends CommonArgs>(call: CommandCall, needs: CommandNeeds<A>): Promise<Started<A> | { refused: Outcome }> {
  let args: A;
  try {
    args = needs.parseArgs(call.args);
  } catch (e) {
    if (!(e instanceof ArgsError)) throw e;
    return { refused: refuse('badArgs', needs.badArgs ? needs.badArgs(e.message) : `bad arguments for ${needs.title}: ${e.message}`, 'error') };
  }
  const editor = targetEditor(call.menuUri);
  if (!editor && needs.noEditor !== undefined) return { refused: refuse('noEditor', needs.noEditor, 'info') };
  if (editor && needs.writes !== undefined) {
    const readOnly = await readOnlyReason(editor.document);
    if (readOnly) return { refused: refuse('readonly', `${readOnly}; nothing was ${needs.writes}.`) };
  }
  const config = getConfig(editor?.document ?? null);
  const engine = args.engine ?? config.engine;
  const seed = args.seed ?? config.seed;
  const format = { ...(args.format ?? config.format) };
  if (config.quoteStrings && args.format === undefined) format.quoteStrings = true;
  if (needs.checkSeed?.(args)) {
    try {
      createEngine(engine, seed);
    } catch (e) {
      return { refused: refuse('badInput', `the seed ${seed} is not valid for ${engine} (set another with Set Workspace Seed…): ${describeError(e)}`, 'error') };
    }
  }
  return { args, editor, config, engine, seed, format };
}

/**
 * The editor a command acts on: the active text editor, unless a menu named another document
 * that is visible (the editor title menu of a side-by-side editor), whose editor is then used.
 */
function targetEditor(menuUri: vscode.Uri | undefined): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (!menuUri || active?.document.uri.toString() === menuUri.toString()) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === menuUri.toString()) ?? active;
}

/** What a line command starts from once its arguments, editor and lines have passed the checks. */
export interface LineCommandStart extends Started<LineArgs> {
  editor: vscode.TextEditor;
  source: LineSource;
  options: LineOptions;
}

const LINE_TITLES: Record<LineCommand, string> = { shuffle: 'Shuffle Lines', sample: 'Sample Lines', split: 'Split Lines into Train/Test' };

/**
 * {@link startCommand} for Shuffle, Sample and Split: a text editor, a writable document for the
 * commands that change it (shuffle and sample), then lines that make one block, then whether the
 * first line is a header (see {@link headerOf}); dismissing that question cancels the command.
 */
export async function startLineCommand(ctx: CommandContext, command: LineCommand, call: CommandCall): Promise<LineCommandStart | { refused: Outcome }> {
  const start = await startCommand(call, {
    title: LINE_TITLES[command],
    parseArgs: (raw) => parseLineArgs(command, raw),
    noEditor: `open a text editor to ${command} its lines.`,
    writes: command === 'split' ? undefined : 'changed',
  });
  if ('refused' in start) return start;
  const editor = start.editor!;
  const source = lineSource(editor);
  if (typeof source === 'string') return { refused: refuse('badSelection', source) };
  const options = lineOptions(start.config, start.args, source);
  const header = await headerOf(ctx, { ...start, editor }, source, LINE_TITLES[command]);
  if (header === undefined) return { refused: { ok: false, reason: 'cancelled' } };
  return { ...start, editor, source, options: { ...options, header } };
}

/**
 * Whether the first of the lines is a header that stays out of the draw: never when the lines do
 * not start at the document's top; else the args' `header`, else the `seededRandom.lines.header`
 * setting when the user set it anywhere (it wins). Otherwise, in a CSV/TSV document (by language
 * or file name) whose first line looks like a header — non-numeric names over numeric columns —
 * the user is asked once; the answer is remembered for the file or for every delimited file of
 * the workspace. Undefined when the user dismissed the question.
 */
async function headerOf(ctx: CommandContext, start: Started<LineArgs> & { editor: vscode.TextEditor }, source: LineSource, title: string): Promise<boolean | undefined> {
  if (!source.atTop) return false;
  if (start.args.header !== undefined) return start.args.header;
  const doc = start.editor.document;
  if (isSettingSet('lines.header', doc)) return start.config['lines.header'];
  const delimiter = delimiterOf(doc.languageId, doc.uri.path);
  if (!delimiter || !looksLikeHeader(source.lines.lines.slice(0, HEADER_SAMPLE_LINES + 1), delimiter)) return start.config['lines.header'];
  const remembered = ctx.memory.headerAnswer(doc.uri.toString());
  if (remembered !== undefined) return remembered;
  const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
  const answer = await askHeader(name, source.lines.lines[0], title);
  if (!answer) return undefined;
  await ctx.memory.setHeaderAnswer(answer.scope === 'file' ? doc.uri.toString() : undefined, answer.header);
  return answer.header;
}
