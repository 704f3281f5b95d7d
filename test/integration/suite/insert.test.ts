import * as assert from 'assert';
import * as vscode from 'vscode';
import { expected, values } from '../expected';
import { activate, cursors, openFile, openUntitled, resetSettings, run, selectedTexts } from '../helpers';

const INSERT = 'seededRandom.insert';

suite('Insert Random Values (values from NumPy/Python, test/integration/expected.json)', () => {
  suiteSetup(activate);
  setup(resetSettings);

  test('cursors made in any order are filled in document order with NumPy\'s values', async () => {
    const want = values('numpy-randint-5');
    // k cursors show np.random.seed(101); np.random.randint(1, 10, size=k)
    assert.deepStrictEqual(values('numpy-randint-size-5'), want);
    const editor = await openFile('order.txt', 'a\nb\nc\nd\ne\n');
    cursors(editor, [[3, 1], [0, 1], [4, 1], [1, 1], [2, 1]]); // creation order ≠ document order
    const out = await run(INSERT, { engine: 'numpy', seed: 101, call: 'randint(1, 10)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), ['a', 'b', 'c', 'd', 'e'].map((l, i) => l + want[i]).join('\n') + '\n');
    assert.deepStrictEqual(out.texts, want);
  });

  test('one undo restores the text; the inserted values are selected', async () => {
    const want = values('numpy-randint-5');
    const before = 'x = [_, _, _]\ny = _\nz = _\n';
    const editor = await openFile('undo.txt', before);
    const doc = editor.document;
    // three selections on one line (the `_`s) and two on later lines, made bottom-up
    const sel = (line: number, ch: number) => new vscode.Selection(line, ch, line, ch + 1);
    editor.selections = [sel(2, 4), sel(1, 4), sel(0, 11), sel(0, 8), sel(0, 5)];
    const out = await run(INSERT, { seed: '101', call: 'randint(1, 10)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(doc.getText(), `x = [${want[0]}, ${want[1]}, ${want[2]}]\ny = ${want[3]}\nz = ${want[4]}\n`);
    assert.deepStrictEqual(selectedTexts(editor), want, 'each inserted value is selected, even several on one line');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before, 'a single undo step restores the text');
    await vscode.commands.executeCommand('redo');
    assert.strictEqual(doc.getText(), `x = [${want[0]}, ${want[1]}, ${want[2]}]\ny = ${want[3]}\nz = ${want[4]}\n`);
  });

  test('running again with another seed re-rolls the selected values', async () => {
    const first = values('numpy-keybinding-2');
    const second = values('numpy-randint-5').slice(0, 2);
    const editor = await openUntitled('p q');
    cursors(editor, [[0, 3], [0, 1]]);
    let out = await run(INSERT, { seed: 7, call: 'randint(1, 100)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `p${first[0]} q${first[1]}`);
    out = await run(INSERT, { seed: 101, call: 'randint(1, 10)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `p${second[0]} q${second[1]}`);
    assert.deepStrictEqual(selectedTexts(editor), second);
  });

  test('floats: repr by default, Python\'s .2f when asked', async () => {
    const c = expected('numpy-random-3-2f');
    const editor = await openUntitled('\n\n');
    cursors(editor, [[0, 0], [1, 0], [2, 0]]);
    let out = await run(INSERT, { seed: c.seed, call: c.call });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), values('numpy-random-3').join('\n'));
    await vscode.workspace.getConfiguration('seededRandom').update('format', '.2f', vscode.ConfigurationTarget.Workspace);
    out = await run(INSERT, { seed: c.seed, call: c.call });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), c.formatted!.join('\n'));
  });

  test('fill "same" puts one value in every selection', async () => {
    const want = values('numpy-same-1')[0];
    const editor = await openUntitled('a b c');
    cursors(editor, [[0, 1], [0, 3], [0, 5]]);
    const out = await run(INSERT, { seed: 3, call: 'randint(1, 1000)', fill: 'same' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `a${want} b${want} c${want}`);
  });

  test('a call with size= fills each selection with a list; CRLF documents keep exact offsets', async () => {
    const v = values('numpy-size3-2');
    const editor = await openUntitled('first\r\nsecond\r\n');
    await editor.edit((b) => b.setEndOfLine(vscode.EndOfLine.CRLF));
    cursors(editor, [[1, 6], [0, 5]]);
    let out = await run(INSERT, { seed: 101, call: 'randint(1, 10, size=3)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `first[${v.slice(0, 3).join(', ')}]\r\nsecond[${v.slice(3).join(', ')}]\r\n`);
    // one value per line: the inserted ranges span line breaks and are still selected exactly
    await vscode.workspace.getConfiguration('seededRandom').update('arrays', 'lines', vscode.ConfigurationTarget.Workspace);
    out = await run(INSERT, { seed: 101, call: 'randint(1, 10, size=3)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `first${v.slice(0, 3).join('\r\n')}\r\nsecond${v.slice(3).join('\r\n')}\r\n`);
    assert.deepStrictEqual(selectedTexts(editor), [v.slice(0, 3).join('\r\n'), v.slice(3).join('\r\n')]);
  });

  test('python and numpy-generator engines reproduce random.seed and default_rng', async () => {
    for (const id of ['python-randint-4', 'python-choice-3', 'generator-integers-4']) {
      const c = expected(id);
      const editor = await openUntitled('\n'.repeat(c.n - 1));
      cursors(editor, Array.from({ length: c.n }, (_, i) => [i, 0] as [number, number]));
      const out = await run(INSERT, { engine: c.engine, seed: c.seed, call: c.call });
      assert.ok(out.ok, `${id}: ${out.message}`);
      assert.strictEqual(editor.document.getText(), c.values!.join('\n'), id);
    }
  });

  test('bad parameters are refused with NumPy\'s own message and nothing is edited', async () => {
    const c = expected('numpy-error-high-low');
    const editor = await openUntitled('keep me');
    cursors(editor, [[0, 4]]);
    const out = await run(INSERT, { seed: c.seed, call: c.call });
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'badInput');
    assert.ok(out.message?.endsWith(c.error!), `${out.message} ends with ${c.error}`);
    assert.strictEqual(editor.document.getText(), 'keep me');
  });
});
