import * as assert from 'assert';
import * as vscode from 'vscode';
import { values } from '../expected';
import { activate, cursors, openUntitled, run } from '../helpers';

suite('No folder open: the seed lives in user settings', () => {
  suiteSetup(activate);
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('seededRandom').update('seed', undefined, vscode.ConfigurationTarget.Global);
  });

  test('Copy Reproducing Code in a fresh window: nothing to reproduce yet, and the clipboard is left alone', async () => {
    await vscode.env.clipboard.writeText('keep');
    const out = await run('seededRandom.copyCode');
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'nothingToCopy');
    assert.strictEqual(await vscode.env.clipboard.readText(), 'keep');
  });

  test('Set Workspace Seed writes the user settings, and insertions use it', async () => {
    assert.strictEqual(vscode.workspace.workspaceFolders, undefined, 'no folder is open');
    const editor = await openUntitled('');
    const out = await run('seededRandom.setSeed', 7);
    assert.ok(out.ok, out.message);
    assert.strictEqual(out.target, 'user');
    assert.strictEqual(vscode.workspace.getConfiguration('seededRandom').inspect('seed')?.globalValue, 7);
    cursors(editor, [[0, 0]]);
    const ins = await run('seededRandom.insert', { call: 'randint(1, 100)' });
    assert.ok(ins.ok, ins.message);
    assert.strictEqual(editor.document.getText(), values('numpy-keybinding')[0]);
  });
});
