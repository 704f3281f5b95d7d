import * as assert from 'assert';
import * as vscode from 'vscode';
import { values } from '../expected';
import { acceptQuickInput, activate, cursors, openUntitled, quickInputBack, resetSettings, run, waitForStep, workspaceSettingsFile } from '../helpers';

/** Fill 3 fresh cursors with `randint(0, 1000)` (seed 5) and return what was inserted. */
async function three(command = 'seededRandom.insert'): Promise<string[]> {
  const editor = await openUntitled('\n\n');
  cursors(editor, [[0, 0], [1, 0], [2, 0]]);
  const out = await run(command, command === 'seededRandom.insert' ? { seed: 5, call: 'randint(0, 1000)' } : undefined);
  assert.ok(out.ok, out.message);
  return editor.document.getText().split('\n');
}

suite('Sequence: restart, continue, Reset Sequence, Repeat Last', () => {
  suiteSetup(activate);
  setup(resetSettings);

  test('restart (default): running again gives the same values', async () => {
    const v = values('numpy-continue-6');
    assert.deepStrictEqual(await three(), v.slice(0, 3));
    assert.deepStrictEqual(await three(), v.slice(0, 3));
  });

  test('continue: the stream goes on across commands until Reset Sequence', async () => {
    const v = values('numpy-continue-6');
    await vscode.workspace.getConfiguration('seededRandom').update('sequence', 'continue', vscode.ConfigurationTarget.Workspace);
    assert.deepStrictEqual(await three(), v.slice(0, 3));
    assert.deepStrictEqual(await three(), v.slice(3, 6));
    await run('seededRandom.resetSequence');
    assert.deepStrictEqual(await three(), v.slice(0, 3));
  });

  test('Repeat Last Insertion replays the last call on the current selections', async () => {
    const v = values('numpy-continue-6');
    await three();
    assert.deepStrictEqual(await three('seededRandom.repeatLast'), v.slice(0, 3));
  });

  test('the quick input steps with Back, accepted as a person pressing Enter: prefilled values are inserted', async () => {
    await run('seededRandom.setSeed', 101);
    const editor = await openUntitled('\n');
    cursors(editor, [[1, 0], [0, 0]]);
    // the last call (randint from the previous tests' args) is preselected and prefilled
    await run('seededRandom.insert', { seed: 101, call: 'randint(1, 10)' });
    await vscode.commands.executeCommand('undo');
    const pending = run('seededRandom.insert');
    await waitForStep(1);
    await acceptQuickInput(); // seed 101 (kept)
    await waitForStep(2);
    await quickInputBack(); // back to the seed
    await waitForStep(1);
    await acceptQuickInput(); // seed again
    await waitForStep(2);
    await acceptQuickInput(); // randint, preselected
    await waitForStep(3);
    await acceptQuickInput(); // randint(1, 10), prefilled
    const out = await pending;
    assert.ok(out.ok, JSON.stringify(out));
    assert.strictEqual(editor.document.getText(), values('numpy-randint-5').slice(0, 2).join('\n'));
    assert.strictEqual((await workspaceSettingsFile())?.['seededRandom.seed'], 101, 'the kept seed is unchanged');
  });
});
