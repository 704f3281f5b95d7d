import * as vscode from 'vscode';
import { commandTable } from '../lazyCommands';
import { getConfig } from '../vscode/settings';
import type { InlineValueService } from './inlineValueService';

/** Python files and notebook code cells (a cell's document has language `python` too). */
const SELECTOR: vscode.DocumentSelector = [{ language: 'python' }];

/**
 * Registers the inline values of seeded random code: inlay hints after each evaluated call,
 * a hover with the full value and its stream, a CodeLens on each seeding line, and the
 * **Freeze to literal** code action. Registration only: the evaluator (the core) is loaded with
 * the commands on the first request (lazyCommands.ts). `seededRandom.inlineValues: false`
 * turns the hints and lenses off.
 */
export function registerInlineValues(context: vscode.ExtensionContext): void {
  const changed = new vscode.EventEmitter<void>();
  let loaded: InlineValueService | undefined;
  const service = (): InlineValueService => {
    if (!loaded) {
      loaded = commandTable().inlineValues();
      context.subscriptions.push(loaded.onDidChange(() => changed.fire()));
    }
    return loaded;
  };
  const enabled = (doc: vscode.TextDocument) => getConfig(doc.uri).inlineValues;
  context.subscriptions.push(
    changed,
    vscode.languages.registerInlayHintsProvider(SELECTOR, {
      onDidChangeInlayHints: changed.event,
      provideInlayHints: (doc, range) => (enabled(doc) ? quiet(() => service().inlayHints(doc, range), []) : []),
    }),
    vscode.languages.registerCodeLensProvider(SELECTOR, {
      onDidChangeCodeLenses: changed.event,
      provideCodeLenses: (doc) => (enabled(doc) ? quiet(() => service().codeLenses(doc), []) : []),
    }),
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (doc, pos) => quiet(() => service().hover(doc, pos), undefined) }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      { provideCodeActions: (doc, range) => quiet(() => service().codeActions(doc, range), []) },
      { providedCodeActionKinds: [vscode.CodeActionKind.RefactorRewrite] },
    ),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('seededRandom.inlineValues')) changed.fire();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => loaded?.forget(doc.uri.toString())),
    vscode.workspace.onDidCloseNotebookDocument((nb) => loaded?.forget(nb.uri.toString())),
  );
}

/** A provider never throws into VS Code: an unexpected error is logged and nothing is shown. */
function quiet<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (e) {
    console.error('Seeded Random: inline values failed', e);
    return fallback;
  }
}
