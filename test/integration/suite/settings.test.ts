import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeQuickInput, cursors, openUntitled, resetSettings, run, waitForStep, workspaceSettingsFile } from '../helpers';

suite('Workspace seed and engine settings', () => {
  suiteSetup(activate);
  setup(resetSettings);

  test('Set Workspace Seed writes .vscode/settings.json (integers as JSON numbers)', async () => {
    await openUntitled('');
    let out = await run('seededRandom.setSeed', 4242);
    assert.ok(out.ok, out.message);
    assert.strictEqual(out.target, 'workspace');
    assert.strictEqual((await workspaceSettingsFile())?.['seededRandom.seed'], 4242);
    out = await run('seededRandom.setSeed', '[1, 2, 3]');
    assert.ok(out.ok, out.message);
    assert.strictEqual((await workspaceSettingsFile())?.['seededRandom.seed'], '[1, 2, 3]');
    assert.strictEqual(vscode.workspace.getConfiguration('seededRandom').get('seed'), '[1, 2, 3]');
  });

  test('a seed the engine refuses is not saved (numpy: 0 <= seed < 2**32)', async () => {
    await run('seededRandom.setSeed', 5);
    for (const bad of [-1, '2**32', 'hello', 4294967296]) {
      const out = await run('seededRandom.setSeed', bad);
      assert.strictEqual(out.ok, false, String(bad));
      assert.strictEqual(out.reason, 'badInput', String(bad));
    }
    assert.strictEqual((await workspaceSettingsFile())?.['seededRandom.seed'], 5);
  });

  test('New Random Seed saves a fresh 32-bit seed', async () => {
    const a = await run('seededRandom.newSeed');
    const b = await run('seededRandom.newSeed');
    assert.ok(a.ok && b.ok);
    for (const s of [a.seed!, b.seed!]) assert.ok(/^\d+$/.test(s) && Number(s) < 2 ** 32, s);
    assert.notStrictEqual(a.seed, b.seed, 'two fresh seeds differ (fails with probability 2**-32)');
    assert.strictEqual((await workspaceSettingsFile())?.['seededRandom.seed'], Number(b.seed));
  });

  test('Select Engine saves the engine; an unknown one is refused', async () => {
    let out = await run('seededRandom.selectEngine', 'python');
    assert.ok(out.ok, out.message);
    assert.strictEqual((await workspaceSettingsFile())?.['seededRandom.engine'], 'python');
    out = await run('seededRandom.selectEngine', 'torch');
    assert.strictEqual(out.ok, false);
    assert.strictEqual((await workspaceSettingsFile())?.['seededRandom.engine'], 'python');
  });

  test('Escape at the seed prompt cancels: nothing saved, nothing inserted', async () => {
    await run('seededRandom.setSeed', 11);
    const editor = await openUntitled('x');
    cursors(editor, [[0, 1]]);
    const pending = run('seededRandom.insert');
    await waitForStep(1);
    await closeQuickInput();
    const out = await pending;
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'cancelled');
    assert.strictEqual(editor.document.getText(), 'x');
    assert.strictEqual((await workspaceSettingsFile())?.['seededRandom.seed'], 11);
  });

  test('an invalid setting falls back to its default instead of breaking the command', async () => {
    await vscode.workspace.getConfiguration('seededRandom').update('format', 'percent', vscode.ConfigurationTarget.Workspace);
    const editor = await openUntitled('');
    cursors(editor, [[0, 0]]);
    const out = await run('seededRandom.insert', { seed: 0, call: 'random()' });
    assert.ok(out.ok, out.message);
    assert.ok(/^0\.\d{10,}$/.test(editor.document.getText()), `repr, not a fixed format: ${editor.document.getText()}`);
  });
});
