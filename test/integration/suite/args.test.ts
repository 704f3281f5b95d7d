import * as assert from 'assert';
import * as vscode from 'vscode';
import { values } from '../expected';
import { activate, closeQuickInput, cursors, openUntitled, resetSettings, run, waitForPrompt, waitForStep, type Outcome } from '../helpers';

suite('Keybinding args (data, validated like typed input)', () => {
  suiteSetup(activate);
  setup(resetSettings);

  test('{"call": …} runs without prompts with the workspace seed and engine', async () => {
    await run('seededRandom.setSeed', 7);
    const editor = await openUntitled('n = ');
    cursors(editor, [[0, 4]]);
    const out = await run('seededRandom.insert', { call: 'randint(1, 100)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `n = ${values('numpy-keybinding')[0]}`);
  });

  const bad: [string, unknown, string][] = [
    ['an unknown key', { call: 'randint(1, 100)', seeds: 7 }, 'unknown argument "seeds"'],
    ['a non-object', 'randint(1, 100)', 'must be an object'],
    ['an unknown engine', { engine: 'torch', call: 'rand()' }, '"engine" must be one of'],
    ['a bad format', { call: 'random()', format: '%.2f' }, '"format" must be'],
    ['a float seed', { seed: 1.5, call: 'random()' }, '"seed" must be'],
  ];
  for (const [what, args, message] of bad) {
    test(`${what} is refused and nothing is edited`, async () => {
      const editor = await openUntitled('x');
      cursors(editor, [[0, 1]]);
      const out = await run('seededRandom.insert', args);
      assert.strictEqual(out.ok, false);
      assert.strictEqual(out.reason, 'badArgs');
      assert.ok(out.message?.includes(message), `${out.message} includes ${message}`);
      assert.strictEqual(editor.document.getText(), 'x');
    });
  }

  test('call text is parsed, never evaluated', async () => {
    const editor = await openUntitled('x');
    cursors(editor, [[0, 1]]);
    for (const call of ["__import__('os').getcwd()", 'randint(1, 10); print(1)', 'randint(1, 10)[0]', 'eval("1")']) {
      const out = await run('seededRandom.insert', { seed: 1, call });
      assert.strictEqual(out.ok, false, call);
      assert.strictEqual(out.reason, 'badInput', call);
      assert.strictEqual(editor.document.getText(), 'x', call);
    }
  });

  // A menu calls the command with the document's Uri (and, from the tab menu, `{ groupId, editorIndex }`).
  test('menu arguments (a Uri, { groupId }) are not read as args: Insert prompts as from the palette', async () => {
    const editor = await openUntitled('x');
    cursors(editor, [[0, 1]]);
    const pending = vscode.commands.executeCommand<Outcome>('seededRandom.insert', editor.document.uri, { groupId: 1, editorIndex: 0 });
    await waitForStep(1);
    await closeQuickInput();
    const out = await pending;
    assert.strictEqual(out.reason, 'cancelled', out.message);
    assert.strictEqual(editor.document.getText(), 'x');
  });

  test('a Uri from the context menu: Sample Lines prompts for k; Shuffle Lines shuffles', async () => {
    const editor = await openUntitled('a\nb\nc\nd\ne\nf');
    const pending = vscode.commands.executeCommand<Outcome>('seededRandom.sampleLines', editor.document.uri);
    await waitForPrompt();
    await closeQuickInput();
    assert.strictEqual((await pending).reason, 'cancelled');
    const out = await vscode.commands.executeCommand<Outcome>('seededRandom.shuffleLines', editor.document.uri, [editor.document.uri]);
    assert.ok(out.ok, out.message);
    assert.deepStrictEqual(editor.document.getText().split('\n').sort(), ['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
