import * as assert from 'assert';
import { expected, values } from '../expected';
import { activate, closeAll, cursors, openFile, openUntitled, resetSettings, run, setSetting } from '../helpers';

suite('Literals: a call returning several values at one cursor inserts one literal in the document\'s language', () => {
  suiteSetup(activate);
  setup(resetSettings);
  suiteTeardown(closeAll);

  /** Insert `randint(1, 10, size=5)` (seed 101) at one cursor of a new document in `language`. */
  async function literalIn(language: string): Promise<string> {
    const editor = await openUntitled('', language);
    cursors(editor, [[0, 0]]);
    const out = await run('seededRandom.insert', { seed: 101, call: 'randint(1, 10, size=5)' });
    assert.ok(out.ok, out.message);
    return editor.document.getText();
  }

  test('Python, JSON, JavaScript and plain text: [a, b, c, d, e]; CSV: a row', async () => {
    const v = values('numpy-randint-size-5');
    for (const language of ['python', 'json', 'javascript', 'typescript', 'plaintext']) assert.strictEqual(await literalIn(language), `[${v.join(', ')}]`, language);
    // a CSV language is not built in: force the style with the setting, as a user of a CSV extension would get by language
    await setSetting('literalStyle', 'csv');
    assert.strictEqual(await literalIn('plaintext'), v.join(','));
  });

  test('rand(2, 2) inserts a 2×2 literal in the syntax of a Python, JSON, JavaScript and CSV file', async () => {
    const v = values('numpy-rand-2-2'); // NumPy's rand(2, 2) under seed 101, in C order
    const nested = `[[${v[0]}, ${v[1]}], [${v[2]}, ${v[3]}]]`;
    const want: Record<string, string> = {
      'rand-2x2.py': nested,
      'rand-2x2.json': nested,
      'rand-2x2.js': nested,
      'rand-2x2.csv': `${v[0]},${v[1]}\n${v[2]},${v[3]}`,
    };
    for (const [name, text] of Object.entries(want)) {
      const editor = await openFile(name, '');
      if (name.endsWith('.csv') && editor.document.languageId !== 'csv') await setSetting('literalStyle', 'csv'); // no CSV language built in
      cursors(editor, [[0, 0]]);
      const out = await run('seededRandom.insert', { seed: 101, call: 'rand(2, 2)' });
      assert.ok(out.ok, out.message);
      assert.strictEqual(editor.document.getText(), text, name);
    }
  });

  test('seededRandom.literalStyle: numpy writes np.array([...]), json quotes strings as JSON', async () => {
    const v = values('numpy-randint-size-5');
    await setSetting('literalStyle', 'numpy');
    assert.strictEqual(await literalIn('python'), `np.array([${v.join(', ')}])`);
    const c = expected('python-choices-k3');
    await setSetting('literalStyle', 'json');
    const editor = await openUntitled('');
    cursors(editor, [[0, 0]]);
    const out = await run('seededRandom.insert', { engine: c.engine, seed: c.seed, call: c.call });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), `[${c.values!.map((s) => JSON.stringify(s)).join(', ')}]`);
  });

  test('several cursors: each gets one scalar of a scalar call, in document order', async () => {
    const v = values('numpy-randint-5');
    const editor = await openUntitled('\n\n\n\n', 'python');
    cursors(editor, [[4, 0], [0, 0], [2, 0], [1, 0], [3, 0]]);
    const out = await run('seededRandom.insert', { seed: 101, call: 'randint(1, 10)' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(editor.document.getText(), v.join('\n'));
  });
});
