import * as assert from 'assert';
import * as vscode from 'vscode';
import { expected } from '../expected';
import { activate, closeAll, folder, openFile, resetSettings, setSetting, until } from '../helpers';

/**
 * Inline values of seeded random code in the real VS Code: inlay hints in a .py file and in a
 * notebook cell, the hover, the seeding line's CodeLens, Freeze to literal, and the setting that
 * turns the hints off. Expected values are the pinned NumPy/Python ones (test/integration/expected.json).
 */
async function hints(doc: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
}

const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

/** Wait until the hints include one with `text` at the end of the first occurrence of `call`. */
async function hintAfter(doc: vscode.TextDocument, call: string, text: string): Promise<void> {
  const end = doc.positionAt(doc.getText().indexOf(call) + call.length);
  let seen: string[] = [];
  await until(
    `the hint ${text} after ${call} (saw ${JSON.stringify(seen)})`,
    async () => {
      const hs = await hints(doc);
      seen = hs.map((h) => `${h.position.line}:${h.position.character} ${label(h)}`);
      return hs.some((h) => h.position.isEqual(end) && label(h) === text);
    },
    20000,
  );
}

suite('Inline values (inlay hints, hover, CodeLens, Freeze to literal)', function () {
  this.timeout(120000);
  suiteSetup(activate);
  teardown(async () => {
    await resetSettings();
    await closeAll();
  });

  const randint = expected('numpy-randint-size-5'); // np.random.seed(101); randint(1, 10, size=5)
  const list = `[${(randint.values as string[]).join(', ')}]`;
  const source = `import numpy as np\n\nnp.random.seed(${randint.seed})\nx = np.random.randint(1, 10, size=5)\nprint(x)\n`;

  test('a .py file: a hint after the call, a hover with the stream, a CodeLens on the seeding line', async () => {
    const editor = await openFile('inline_values.py', source);
    const doc = editor.document;
    assert.strictEqual(doc.languageId, 'python');
    await hintAfter(doc, 'np.random.randint(1, 10, size=5)', `→ ${list}`);

    const at = doc.positionAt(doc.getText().indexOf('randint'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes(list), text);
    assert.match(text, /Stream `np\.random` \(numpy, seed 101\)/);

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes('np.random: 1 calls evaluated, 0 unknown'), JSON.stringify(titles));
    assert.strictEqual(lenses.find((l) => l.command?.title.startsWith('np.random'))?.range.start.line, 2);
  });

  test('Freeze to literal replaces the call with NumPy’s value and names the call', async () => {
    const editor = await openFile('freeze.py', source);
    const doc = editor.document;
    await hintAfter(doc, 'np.random.randint(1, 10, size=5)', `→ ${list}`);
    const start = doc.positionAt(doc.getText().indexOf('np.random.randint'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(start, start));
    const freeze = actions.find((a) => a.title === 'Freeze to literal');
    assert.ok(freeze?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(freeze.edit));
    assert.strictEqual(doc.lineAt(3).text, `x = np.array(${list})  # frozen: np.random.randint(1, 10, size=5)`);
  });

  test('a notebook: hints in a code cell, the cells evaluated in document order', async () => {
    const gen = expected('generator-integers-4'); // rng = np.random.default_rng(1); integers(0, 10) four times
    const cells = [
      { cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: ['import numpy as np\n', `rng = np.random.default_rng(${gen.seed})`] },
      { cell_type: 'markdown', metadata: {}, source: ['Two draws, then two more in the next cell'] },
      { cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: ['a = rng.integers(0, 10)\n', 'b = rng.integers(0, 10)'] },
      { cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: ['for _ in range(2):\n', '    rng.integers(0, 10)'] },
    ];
    const uri = vscode.Uri.joinPath(folder().uri, 'inline_values.ipynb');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 })));
    const nb = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(nb);
    const v = gen.values as string[];
    const second = nb.cellAt(2).document;
    assert.strictEqual(second.languageId, 'python');
    await hintAfter(second, 'rng.integers(0, 10)', `→ ${v[0]}`);
    const lastLine = second.lineAt(1).text;
    const hs = await hints(second);
    assert.ok(hs.some((h) => h.position.line === 1 && h.position.character === lastLine.length && label(h) === `→ ${v[1]}`));
    assert.match(String(hs[0].tooltip), /document order/);
    await hintAfter(nb.cellAt(3).document, 'rng.integers(0, 10)', `→ ${v[2]}, ${v[3]} (2 runs)`);
  });

  test('seededRandom.inlineValues: false turns the hints off', async () => {
    const editor = await openFile('inline_off.py', source);
    await hintAfter(editor.document, 'np.random.randint(1, 10, size=5)', `→ ${list}`);
    await setSetting('inlineValues', false);
    await until('no hints', async () => (await hints(editor.document)).length === 0);
  });
});
