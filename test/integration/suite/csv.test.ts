import * as assert from 'assert';
import * as vscode from 'vscode';
import { lineCase, values } from '../expected';
import { acceptQuickInput, activate, closeAll, cursors, openFile, resetSettings, run, setSetting, sleep, waitForPrompt } from '../helpers';

const text = (lines: string[]) => lines.join('\n') + '\n';

suite('CSV without a CSV extension: rows by file name, the header question asked once', () => {
  suiteSetup(activate);
  setup(resetSettings);
  suiteTeardown(closeAll);

  test('a .csv file opened as Plain Text gets one CSV row for a call returning several values', async () => {
    const editor = await openFile('rows.csv', 'a,b\n');
    assert.strictEqual(editor.document.languageId, 'plaintext', 'stock VS Code has no CSV language');
    cursors(editor, [[1, 0]]);
    const out = await run('seededRandom.insert', { seed: 101, engine: 'numpy', call: 'randint(1, 10, size=5)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `a,b\n${values('numpy-randint-size-5').join(',')}`);
  });

  test('Shuffle Lines: a first line that looks like a header is asked about once; the header stays on top, and the answer is remembered', async () => {
    const c = lineCase('lines-shuffle-numpy-header');
    const editor = await openFile('scores-remembered.csv', text(c.lines));
    const pending = run('seededRandom.shuffleLines', { seed: c.seed, engine: c.engine });
    assert.match(await waitForPrompt(), /is the first line of scores-remembered\.csv a header/);
    await acceptQuickInput(); // the first item: a header, for this file
    const out = await pending;
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text(c.result!));
    // again, from the original text: no question this time
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), text(c.lines));
    const again = run('seededRandom.shuffleLines', { seed: c.seed, engine: c.engine });
    const raced = await Promise.race([again.then(() => 'done'), sleep(3000).then(() => 'still waiting')]);
    assert.strictEqual(raced, 'done', 'no second question');
    assert.ok((await again).ok);
    assert.strictEqual(editor.document.getText(), text(c.result!));
  });

  test('the lines.header setting, once set, wins: no question, the first line is data', async () => {
    const c = lineCase('lines-shuffle-numpy');
    await setSetting('lines.header', false);
    const editor = await openFile('scores-setting.csv', text(c.lines));
    const out = await run('seededRandom.shuffleLines', { seed: c.seed, engine: 'numpy' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text(c.result!));
  });

  test('Sample Lines keeps the header the user confirmed on top', async () => {
    const c = lineCase('lines-sample-numpy-header-4');
    const editor = await openFile('scores-sample.csv', text(c.lines));
    const pending = run('seededRandom.sampleLines', { seed: c.seed, engine: c.engine, k: Number(c.k) });
    await waitForPrompt();
    await acceptQuickInput();
    const out = await pending;
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), text(c.result!));
  });
});
