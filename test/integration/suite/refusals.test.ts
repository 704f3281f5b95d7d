import * as assert from 'assert';
import * as vscode from 'vscode';
import { acceptQuickInput, activate, cursors, folder, openFile, resetSettings, run, waitForStep } from '../helpers';

/** A read-only in-memory file system: what VS Code shows for e.g. a git revision or a readonly mount. */
class ReadonlyFs implements vscode.FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>([['/locked.txt', new TextEncoder().encode('read only\n')]]);
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  watch = () => new vscode.Disposable(() => undefined);
  stat(uri: vscode.Uri): vscode.FileStat {
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: f.length };
  }
  readDirectory = (): [string, vscode.FileType][] => [];
  createDirectory = () => undefined;
  readFile(uri: vscode.Uri): Uint8Array {
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return f;
  }
  writeFile = (uri: vscode.Uri) => {
    throw vscode.FileSystemError.NoPermissions(uri);
  };
  delete = (uri: vscode.Uri) => {
    throw vscode.FileSystemError.NoPermissions(uri);
  };
  rename = (uri: vscode.Uri) => {
    throw vscode.FileSystemError.NoPermissions(uri);
  };
}

suite('Refusals: nothing is edited, and the user is told why', () => {
  let registration: vscode.Disposable | undefined;
  suiteSetup(async () => {
    await activate();
    registration = vscode.workspace.registerFileSystemProvider('seededro', new ReadonlyFs(), { isReadonly: true });
  });
  suiteTeardown(() => registration?.dispose());
  setup(resetSettings);

  test('a document on a read-only file system', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('seededro:/locked.txt'));
    const editor = await vscode.window.showTextDocument(doc);
    cursors(editor, [[0, 0]]);
    const out = await run('seededRandom.insert', { seed: 1, call: 'randint(1, 10)' });
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'readonly');
    assert.match(out.message!, /read-only/);
    assert.strictEqual(doc.getText(), 'read only\n');
  });

  test('a file matched by files.readonlyInclude', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('readonlyInclude', { '**/frozen-*.txt': true }, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openFile('frozen-1.txt', 'frozen\n');
      cursors(editor, [[0, 0]]);
      const out = await run('seededRandom.insert', { seed: 1, call: 'randint(1, 10)' });
      assert.strictEqual(out.ok, false);
      assert.strictEqual(out.reason, 'readonly');
      assert.match(out.message!, /read-only/);
      assert.strictEqual(editor.document.getText(), 'frozen\n');
    } finally {
      await files.update('readonlyInclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the document changed while the prompts were open (stale)', async () => {
    const editor = await openFile('stale.txt', 'a\nb\n');
    cursors(editor, [[0, 1], [1, 1]]);
    const pending = run('seededRandom.insert');
    await waitForStep(1);
    // someone else edits the document while the user is choosing
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(2, 0), 'c\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    for (const next of [2, 3, 0]) {
      await acceptQuickInput();
      await waitForStep(next);
    }
    const out = await pending;
    assert.strictEqual(out.ok, false, JSON.stringify(out));
    assert.strictEqual(out.reason, 'stale');
    assert.match(out.message!, /changed/);
    assert.strictEqual(editor.document.getText(), 'a\nb\nc\n');
  });

  test('no editor: told to open one', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const out = await run('seededRandom.insert', { call: 'random()' });
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'noEditor');
    assert.ok(folder());
  });
});
