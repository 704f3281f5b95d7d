import * as assert from 'assert';
import * as vscode from 'vscode';
import { lineCase } from '../expected';
import { acceptQuickInput, activate, closeAll, cursors, folder, openFile, openUntitled, resetSettings, run, setSetting, waitForPrompt } from '../helpers';

/** Lines joined with `eol` after each, the last one's only when `final`. */
const text = (lines: string[], eol: string, final: boolean) => lines.join(eol) + (final && lines.length ? eol : '');

/** An editor on a document with CRLF line endings. */
async function crlf(content: string, name?: string): Promise<vscode.TextEditor> {
  const editor = name ? await openFile(name, content) : await openUntitled(content);
  if (editor.document.eol !== vscode.EndOfLine.CRLF) await editor.edit((b) => b.setEndOfLine(vscode.EndOfLine.CRLF));
  assert.strictEqual(editor.document.getText(), content);
  return editor;
}

suite('Line commands: shuffle, sample, split (values from NumPy/Python/scikit-learn)', () => {
  suiteSetup(activate);
  setup(resetSettings);
  suiteTeardown(closeAll);

  test('Shuffle Lines: a CRLF CSV with a header and no final newline, as np.random.shuffle; one undo step', async () => {
    const c = lineCase('lines-shuffle-numpy-header');
    const before = text(c.lines, '\r\n', false);
    const editor = await crlf(before, 'shuffle-header.csv');
    await setSetting('lines.header', true);
    const out = await run('seededRandom.shuffleLines', { seed: c.seed, engine: c.engine });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text(c.result!, '\r\n', false), 'header first, CRLF kept, still no final newline');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before, 'one undo step restores the text');
  });

  test('Shuffle Lines without a header: every line moves; a final LF newline survives', async () => {
    const c = lineCase('lines-shuffle-numpy');
    const editor = await openUntitled(text(c.lines, '\n', true));
    await run('seededRandom.setSeed', Number(c.seed));
    const out = await run('seededRandom.shuffleLines');
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text(c.result!, '\n', true));
  });

  test('Shuffle Lines, python engine, blank lines ignored (they stay in place)', async () => {
    const c = lineCase('lines-shuffle-python-blank-ignore');
    const editor = await openUntitled(text(c.lines, '\n', true));
    await setSetting('engine', 'python');
    await setSetting('lines.blankLines', 'ignore');
    const out = await run('seededRandom.shuffleLines', { seed: c.seed });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text(c.result!, '\n', true));
  });

  test('Shuffle Lines on a selection: only the selected lines move (numpy-generator); the header setting does not apply below line 1', async () => {
    const all = lineCase('lines-shuffle-numpy').lines;
    const c = lineCase('lines-shuffle-generator-block'); // lines 3..8 of the same CSV
    const editor = await crlf(text(all, '\r\n', true));
    await setSetting('lines.header', true);
    editor.selection = new vscode.Selection(3, 2, 9, 0); // ends at column 0 of line 9: lines 3..8
    const out = await run('seededRandom.shuffleLines', { engine: c.engine, seed: c.seed });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text([...all.slice(0, 3), ...c.result!, ...all.slice(9)], '\r\n', true));
    assert.strictEqual(editor.document.getText(editor.selection), text(c.result!, '\r\n', false), 'the shuffled lines are selected');
  });

  test('Sample Lines (args): k lines replace the document, header on top, CRLF kept; one undo step', async () => {
    const c = lineCase('lines-sample-numpy-header-4');
    const before = text(c.lines, '\r\n', true);
    const editor = await crlf(before);
    const out = await run('seededRandom.sampleLines', { k: Number(c.k), seed: c.seed, engine: c.engine, header: true });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text(c.result!, '\r\n', true));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
  });

  test('Sample Lines (prompt): k is asked for, prefilled with 10; random.sample on the python engine', async () => {
    const c = lineCase('lines-sample-numpy-10');
    const editor = await openUntitled(text(c.lines, '\n', false));
    await run('seededRandom.setSeed', Number(c.seed));
    const pending = run('seededRandom.sampleLines');
    assert.match(await waitForPrompt(), /Sample Lines \(numpy, seed 101\)/);
    await acceptQuickInput();
    const out = await pending;
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text(c.result!, '\n', false));

    const p = lineCase('lines-sample-python-3');
    const editor2 = await openUntitled(text(p.lines, '\n', true));
    const out2 = await run('seededRandom.sampleLines', { engine: p.engine, seed: p.seed, k: p.k });
    assert.ok(out2.ok, out2.message);
    assert.strictEqual(editor2.document.getText(), text(p.result!, '\n', true));
  });

  test('Sample Lines: k larger than the lines is refused with the engine\'s message; nothing changes', async () => {
    const editor = await openUntitled('a\nb\n');
    const out = await run('seededRandom.sampleLines', { k: 3, seed: 1 });
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'badInput');
    assert.match(out.message!, /ValueError: Cannot take a larger sample than population when 'replace=False'/);
    assert.strictEqual(editor.document.getText(), 'a\nb\n');
  });

  test('Sample Lines: the document changed while k was asked for → refused, nothing sampled', async () => {
    const editor = await openUntitled('a\nb\nc\n');
    const pending = run('seededRandom.sampleLines', undefined);
    await waitForPrompt();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(3, 0), 'd\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await acceptQuickInput();
    const out = await pending;
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'stale');
    assert.strictEqual(editor.document.getText(), 'a\nb\nc\nd\n');
  });

  test('Shuffle and Sample are refused on a read-only file (files.readonlyInclude); nothing changes', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('readonlyInclude', { '**/locked-*.csv': true }, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openFile('locked-lines.csv', 'a\nb\nc\n');
      for (const [id, args] of [['seededRandom.shuffleLines', undefined], ['seededRandom.sampleLines', { k: 1 }]] as const) {
        const out = await run(id, args);
        assert.strictEqual(out.ok, false, id);
        assert.strictEqual(out.reason, 'readonly', id);
      }
      assert.strictEqual(editor.document.getText(), 'a\nb\nc\n');
    } finally {
      await files.update('readonlyInclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('Split Lines into Train/Test (prompt, test_size 0.25): two untitled documents train.csv and test.csv beside the source, CSV language, CRLF, header on both', async () => {
    const c = lineCase('lines-split-header-0.25');
    const editor = await crlf(text(c.lines, '\r\n', true), 'split-me.csv');
    const source = editor.document;
    await setSetting('lines.header', true);
    await run('seededRandom.setSeed', Number(c.seed));
    const pending = run('seededRandom.splitLines');
    assert.match(await waitForPrompt(), /train_test_split/);
    await acceptQuickInput(); // 0.25, prefilled
    const out = await pending;
    assert.ok(out.ok, out.message);
    const train = vscode.workspace.textDocuments.find((d) => d.uri.toString() === out.train)!;
    const test = vscode.workspace.textDocuments.find((d) => d.uri.toString() === out.test)!;
    assert.strictEqual(train.getText(), text(c.train!, '\r\n', true));
    assert.strictEqual(test.getText(), text(c.test!, '\r\n', true));
    for (const [doc, name] of [[train, 'train.csv'], [test, 'test.csv']] as const) {
      assert.strictEqual(doc.uri.scheme, 'untitled');
      assert.strictEqual(doc.uri.path, vscode.Uri.joinPath(folder().uri, name).path, 'named train/test in the source folder');
      assert.strictEqual(doc.languageId, source.languageId);
      assert.strictEqual(doc.eol, vscode.EndOfLine.CRLF);
    }
    assert.strictEqual(source.getText(), text(c.lines, '\r\n', true), 'the source is unchanged');

    // a second split gets new names instead of overwriting the first
    await vscode.window.showTextDocument(source);
    const again = await run('seededRandom.splitLines', { testSize: 0.25 });
    assert.ok(again.ok, again.message);
    assert.match(again.train!, /train-2\.csv$/);
    assert.match(again.test!, /test-2\.csv$/);
  });

  test('Split Lines (args: test_size as a count), untitled source without a final newline', async () => {
    const c = lineCase('lines-split-count-3');
    const editor = await openUntitled(text(c.lines, '\n', false));
    const out = await run('seededRandom.splitLines', { testSize: Number(c.test_size), seed: c.seed });
    assert.ok(out.ok, out.message);
    const doc = (u: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === u)!;
    assert.strictEqual(doc(out.train!).getText(), text(c.train!, '\n', false));
    assert.strictEqual(doc(out.test!).getText(), text(c.test!, '\n', false));
    assert.strictEqual(editor.document.getText(), text(c.lines, '\n', false));
  });

  test('Split Lines: scikit-learn\'s own message for a bad test_size; no document opens', async () => {
    await openUntitled('a\nb\nc\nd\n');
    const before = vscode.workspace.textDocuments.length;
    const out = await run('seededRandom.splitLines', { testSize: '1.0', seed: 0 });
    assert.strictEqual(out.ok, false);
    assert.match(out.message!, /InvalidParameterError: The 'test_size' parameter of train_test_split must be/);
    assert.strictEqual(vscode.workspace.textDocuments.length, before);
  });

  test('several selections are refused', async () => {
    const editor = await openUntitled('a\nb\nc\nd\n');
    editor.selections = [new vscode.Selection(0, 0, 1, 1), new vscode.Selection(2, 0, 3, 1)];
    const out = await run('seededRandom.shuffleLines', { seed: 1 });
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'badSelection');
    assert.strictEqual(editor.document.getText(), 'a\nb\nc\nd\n');
    cursors(editor, [[0, 0]]);
  });
});
