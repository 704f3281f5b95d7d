import * as vscode from 'vscode';
import { CONFIG_SECTION, readConfig, seedSettingValue, seedTarget, type Config, type ConfigKey, type SettingsTarget } from '../plain/config';

/** Problems already reported, so a bad setting warns once per session, not on every command. */
let reported = new Set<string>();

/** The set of problems already reported, to hand to another copy of this module (see commandTable.ts). */
export function reportedSettings(): Set<string> {
  return reported;
}

/** Use `set` (the activation bundle's) as this copy's record of problems already reported. */
export function shareReportedSettings(set: Set<string>): void {
  reported = set;
}

/**
 * The settings that apply to `scope` (a document: its folder's and its language's values), each
 * validated; an invalid value is replaced by its default and reported once.
 */
export function getConfig(scope?: vscode.ConfigurationScope | null): Config {
  const section = vscode.workspace.getConfiguration(CONFIG_SECTION, cellScope(scope));
  const { config, problems } = readConfig((key: ConfigKey) => section.get(key));
  for (const p of problems) {
    if (reported.has(p.message)) continue;
    reported.add(p.message);
    void vscode.window.showWarningMessage(p.message);
  }
  return config;
}

/**
 * A notebook cell's document (`vscode-notebook-cell:` URI) belongs to no workspace folder as far
 * as settings go: its settings are its notebook's (the folder's seed applies to the notebook's
 * cells), in the cell's language.
 */
function cellScope(scope: vscode.ConfigurationScope | null | undefined): vscode.ConfigurationScope | null | undefined {
  const uri = scope instanceof vscode.Uri ? scope : scope && 'uri' in scope ? scope.uri : undefined;
  if (!uri || uri.scheme !== 'vscode-notebook-cell') return scope;
  const notebook = notebookOf(uri);
  if (!notebook) return scope;
  return scope && 'languageId' in scope ? { uri: notebook, languageId: scope.languageId } : notebook;
}

/** The URI of the notebook a cell URI belongs to (undefined when it is not a cell of an open notebook). */
export function notebookOf(cell: vscode.Uri): vscode.Uri | undefined {
  const key = cell.toString();
  return vscode.workspace.notebookDocuments.find((nb) => nb.getCells().some((c) => c.document.uri.toString() === key))?.uri;
}

/** Whether `seededRandom.<key>` is set anywhere for `scope` (user, workspace, folder, or a language's section): then it wins over any question. */
export function isSettingSet(key: ConfigKey, scope: vscode.ConfigurationScope | null): boolean {
  const i = vscode.workspace.getConfiguration(CONFIG_SECTION, cellScope(scope)).inspect(key);
  if (!i) return false;
  const values = [i.globalValue, i.workspaceValue, i.workspaceFolderValue, i.globalLanguageValue, i.workspaceLanguageValue, i.workspaceFolderLanguageValue];
  return values.some((v) => v !== undefined);
}

const TARGETS: Record<SettingsTarget, vscode.ConfigurationTarget> = {
  user: vscode.ConfigurationTarget.Global,
  workspace: vscode.ConfigurationTarget.Workspace,
  folder: vscode.ConfigurationTarget.WorkspaceFolder,
};

/** Where a resource-scoped setting for `uri` is saved: see {@link seedTarget}. */
function targetFor(key: ConfigKey, uri: vscode.Uri | undefined): SettingsTarget {
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  const inspected = vscode.workspace.getConfiguration(CONFIG_SECTION, folder?.uri ?? null).inspect(key);
  return seedTarget({
    folderOpen: (vscode.workspace.workspaceFolders?.length ?? 0) > 0,
    multiRoot: vscode.workspace.workspaceFile !== undefined && folder !== undefined,
    folderHasValue: inspected?.workspaceFolderValue !== undefined,
  });
}

/**
 * Save the seed for the document `uri` (or the window): `.vscode/settings.json` in a folder,
 * the folder's own settings in a multi-root workspace when it already sets a seed, user settings
 * when no folder is open. Integers are stored as JSON numbers, anything else as text.
 */
export async function saveSeed(seed: string, uri: vscode.Uri | undefined): Promise<SettingsTarget> {
  return save('seed', seedSettingValue(seed), uri);
}

/** Save the engine, with the same rules as {@link saveSeed}. */
export async function saveEngine(engine: Config['engine'], uri: vscode.Uri | undefined): Promise<SettingsTarget> {
  return save('engine', engine, uri);
}

async function save(key: ConfigKey, value: unknown, docUri: vscode.Uri | undefined): Promise<SettingsTarget> {
  const uri = docUri?.scheme === 'vscode-notebook-cell' ? (notebookOf(docUri) ?? docUri) : docUri;
  const target = targetFor(key, uri);
  const scope = target === 'folder' && uri ? vscode.workspace.getWorkspaceFolder(uri)?.uri : uri;
  await vscode.workspace.getConfiguration(CONFIG_SECTION, scope ?? null).update(key, value, TARGETS[target]);
  return target;
}
