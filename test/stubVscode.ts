/**
 * A stand-in `vscode` module for loading the built bundles in plain Node (the activation bench,
 * the activation unit test): what activation uses, with settings from `settings`; any other name
 * it is asked for returns a harmless stand-in and is recorded in `unstubbed`.
 */
export interface VscodeStub {
  vscode: Record<string, unknown>;
  /** The handlers passed to `registerCommand`, by id. */
  handlers: Map<string, (arg?: unknown) => Promise<unknown>>;
  /** The texts passed to `showWarningMessage` / `showErrorMessage`. */
  warnings: string[];
  errors: string[];
  unstubbed: string[];
  /** Stop resolving `vscode` to the stub. */
  uninstall(): void;
}

export function installVscodeStub(settings: Record<string, unknown> = {}): VscodeStub {
  const Module = require('module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const unstubbed: string[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  const handlers = new Map<string, (arg?: unknown) => Promise<unknown>>();
  const disposable = { dispose() {} };
  const anything = (name: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, k) => (k === Symbol.toPrimitive ? () => name : k === 'then' ? undefined : anything(`${name}.${String(k)}`)),
      apply: () => anything(`${name}()`),
      construct: () => anything(`new ${name}`) as object,
    });
  const known = (name: string, obj: Record<string, unknown>) =>
    new Proxy(obj, {
      get: (t, k) => {
        if (k in t || typeof k === 'symbol' || k === 'then') return t[k as string];
        unstubbed.push(`${name}.${k}`);
        return anything(`${name}.${k}`);
      },
    });
  const section = {
    get: (key: string) => settings[key],
    inspect: () => undefined,
    update: async (key: string, value: unknown) => void (settings[key] = value),
  };
  const vscode = known('vscode', {
    __esModule: false,
    StatusBarAlignment: { Left: 1, Right: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    Uri: class Uri {},
    EventEmitter: class EventEmitter {
      event = () => disposable;
      fire() {}
      dispose() {}
    },
    CodeActionKind: { RefactorRewrite: { value: 'refactor.rewrite' } },
    languages: known('vscode.languages', {
      registerInlayHintsProvider: () => disposable,
      registerCodeLensProvider: () => disposable,
      registerHoverProvider: () => disposable,
      registerCodeActionsProvider: () => disposable,
    }),
    window: known('vscode.window', {
      activeTextEditor: undefined,
      createStatusBarItem: () => ({ name: '', text: '', tooltip: '', command: '', show() {}, hide() {}, dispose() {} }),
      showWarningMessage: async (text: string) => void warnings.push(text),
      showErrorMessage: async (text: string) => void errors.push(text),
      showInformationMessage: async () => undefined,
      onDidChangeActiveTextEditor: () => disposable,
    }),
    workspace: known('vscode.workspace', {
      getConfiguration: () => section,
      onDidChangeConfiguration: () => disposable,
      onDidCloseTextDocument: () => disposable,
      onDidCloseNotebookDocument: () => disposable,
      workspaceFolders: undefined,
    }),
    commands: known('vscode.commands', {
      registerCommand: (id: string, run: (arg?: unknown) => Promise<unknown>) => {
        handlers.set(id, run);
        return disposable;
      },
    }),
  });
  const STUB_ID = '\0vscode-stub';
  const resolve = Module._resolveFilename;
  Module._resolveFilename = (request: string, ...rest: unknown[]) => (request === 'vscode' ? STUB_ID : resolve(request, ...rest));
  require.cache[STUB_ID] = { id: STUB_ID, filename: STUB_ID, loaded: true, exports: vscode } as unknown as NodeJS.Module;
  return {
    vscode,
    handlers,
    warnings,
    errors,
    unstubbed,
    uninstall() {
      Module._resolveFilename = resolve;
      delete require.cache[STUB_ID];
    },
  };
}

/** A `workspaceState` memento kept in memory. */
export function memento() {
  const data = new Map<string, unknown>();
  return {
    get: (key: string, fallback?: unknown) => (data.has(key) ? data.get(key) : fallback),
    update: async (key: string, value: unknown) => void (value === undefined ? data.delete(key) : data.set(key, value)),
    keys: () => [...data.keys()],
  };
}
