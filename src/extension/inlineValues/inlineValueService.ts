import * as vscode from 'vscode';
import type { CallSite, ProgramResult, StreamInfo } from '../../core/annotate/annotate';
import { ipythonToPython } from '../../core/annotate/notebookCells';
import { ProgramAnnotator } from '../../core/annotate/programAnnotator';
import { repr } from '../../core/format/formatValue';
import { freezeComment, freezeLiteral } from './freezeLiteral';
import { hintLabel, HOVER_MAX, truncate } from './hintText';

/** Time one provider call may spend evaluating; a larger file completes over later calls. */
export const EDIT_BUDGET_MS = 40;

/** The program a document belongs to: the file itself, or its notebook's code cells in order. */
interface Program {
  key: string;
  /** The documents evaluated, in order (one for a file; the code cells for a notebook). */
  documents: vscode.TextDocument[];
  /** Notebook cell indexes (undefined for a file). */
  cells?: number[];
  notebook?: vscode.NotebookDocument;
}

/** Where a call or a stream is: the document it is in and its range there. */
interface Located<T> {
  item: T;
  document: vscode.TextDocument;
  range: vscode.Range;
}

/**
 * The editor's view of the static evaluator (src/core/annotate): one {@link ProgramAnnotator}
 * per file or notebook, re-run incrementally on each request within {@link EDIT_BUDGET_MS}; when
 * a run is cut short it continues on a timer and `onDidChange` asks VS Code for fresh hints.
 */
export class InlineValueService {
  private readonly annotators = new Map<string, ProgramAnnotator>();
  private readonly results = new Map<string, { result: ProgramResult; versions: string }>();
  private readonly pending = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** The file, or the notebook whose code cell this is (cells in document order). */
  program(document: vscode.TextDocument): Program {
    if (document.uri.scheme === 'vscode-notebook-cell') {
      const notebook = vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document === document));
      if (notebook) {
        const cells = notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code && c.document.languageId === 'python');
        return { key: notebook.uri.toString(), documents: cells.map((c) => c.document), cells: cells.map((c) => c.index), notebook };
      }
    }
    return { key: document.uri.toString(), documents: [document] };
  }

  /** The evaluation of the program `document` belongs to (cached per document versions). */
  evaluate(document: vscode.TextDocument): { program: Program; result: ProgramResult } {
    const program = this.program(document);
    const versions = program.documents.map((d) => `${d.uri.toString()}@${d.version}`).join('|');
    const cached = this.results.get(program.key);
    if (cached && cached.versions === versions && !cached.result.budgetExceeded) return { program, result: cached.result };
    let annotator = this.annotators.get(program.key);
    if (!annotator) {
      annotator = new ProgramAnnotator();
      this.annotators.set(program.key, annotator);
    }
    const sources = program.documents.map((d) => (program.cells ? (ipythonToPython(d.getText()) ?? '') : d.getText()));
    const result = annotator.update(sources, { timeBudgetMs: EDIT_BUDGET_MS }, program.cells);
    this.results.set(program.key, { result, versions });
    if (result.budgetExceeded) this.continueLater(program.key);
    return { program, result };
  }

  /** A run cut short by the budget: continue after the editor has had its turn, then refresh the hints. */
  private continueLater(key: string): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    setTimeout(() => {
      this.pending.delete(key);
      this.changed.fire();
    }, 10);
  }

  /** The calls in `document`, with their ranges. */
  calls(document: vscode.TextDocument): Located<CallSite>[] {
    return this.located(document, (result) => result.calls);
  }

  /** The streams seeded in `document`, with the seeding's range. */
  streams(document: vscode.TextDocument): Located<StreamInfo>[] {
    return this.located(document, (result) => result.streams);
  }

  /** The items of `document`'s evaluation that lie in `document` (a notebook evaluates all its cells), with their ranges. */
  private located<T extends { chunk: number; from: number; to: number }>(
    document: vscode.TextDocument,
    items: (result: ProgramResult) => readonly T[],
  ): Located<T>[] {
    const { program, result } = this.evaluate(document);
    const chunk = program.documents.indexOf(document);
    return items(result)
      .filter((x) => x.chunk === chunk)
      .map((item) => ({ item, document, range: new vscode.Range(document.positionAt(item.from), document.positionAt(item.to)) }));
  }

  inlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const inNotebook = document.uri.scheme === 'vscode-notebook-cell';
    return this.calls(document)
      .filter((c) => c.item.unknown === null && c.item.runs.length > 0 && range.contains(c.range.end))
      .map((c) => {
        const hint = new vscode.InlayHint(c.range.end, hintLabel(c.item.runs.map((r) => r.value)));
        hint.paddingLeft = true;
        hint.tooltip = inNotebook
          ? 'Seeded Random: the value when the notebook’s code cells run in document order, top to bottom'
          : 'Seeded Random: the value this call gives when the file runs';
        return hint;
      });
  }

  hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const hit = this.calls(document).find((c) => c.range.contains(position));
    if (!hit) return undefined;
    const { result, program } = this.evaluate(document);
    const site = hit.item;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**Seeded Random** · \`${truncate(site.call, 200)}\`\n\n`);
    if (site.unknown !== null || site.runs.length === 0) {
      md.appendMarkdown(`Value not known: ${escape(site.unknown ?? 'never runs')}\n\n`);
    } else {
      const values = site.runs.map((r) => repr(r.value));
      md.appendCodeblock(truncate(values.length === 1 ? values[0] : values.map((v, i) => `# run ${i + 1}\n${v}`).join('\n'), HOVER_MAX), 'python');
    }
    const stream = site.stream === null ? undefined : result.streams[site.stream];
    if (stream) {
      const where = stream.chunk < 0 ? 'not seeded' : `seeded at ${placeOf(program, stream)}`;
      const seed = stream.seed === null ? 'seed not known' : `seed ${stream.seed}`;
      const pos = site.runs.length > 0 ? `; call #${site.runs[0].position + 1} on it since seeding` : '';
      md.appendMarkdown(`Stream \`${stream.label}\` (${stream.engine}, ${seed}), ${where}${pos}.`);
      if (program.cells) md.appendMarkdown('\n\nNotebook: code cells run in document order, top to bottom.');
    }
    return new vscode.Hover(md, hit.range);
  }

  codeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    return this.streams(document).map((s) => {
      const info = s.item;
      const tail = info.unknownReason && info.unknown > 0 ? ` — unknown from ${info.unknownReason}` : '';
      return new vscode.CodeLens(s.range, { title: `${info.label}: ${info.evaluated} calls evaluated, ${info.unknown} unknown${truncate(tail, 80)}`, command: '' });
    });
  }

  codeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const hit = this.calls(document).find((c) => c.range.contains(range.start) && c.item.unknown === null && c.item.runs.length === 1);
    if (!hit) return [];
    const { result } = this.evaluate(document);
    const literal = freezeLiteral(hit.item.runs[0].value, result.numpyName);
    const action = new vscode.CodeAction('Freeze to literal', vscode.CodeActionKind.RefactorRewrite);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, hit.range, literal);
    const line = document.lineAt(hit.range.end.line);
    edit.insert(document.uri, line.range.end, freezeComment(hit.item.call));
    action.edit = edit;
    return [action];
  }

  forget(key: string): void {
    this.annotators.delete(key);
    this.results.delete(key);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function placeOf(program: Program, stream: StreamInfo): string {
  const doc = program.documents[stream.chunk];
  if (!doc) return 'an earlier cell';
  const line = doc.positionAt(stream.from).line + 1;
  return program.cells ? `cell ${program.cells[stream.chunk] + 1}, line ${line}` : `line ${line}`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
