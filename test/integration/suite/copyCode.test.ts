import * as assert from 'assert';
import { spawn } from 'child_process';
import * as vscode from 'vscode';
import { lineCase } from '../expected';
import { activate, closeAll, cursors, openUntitled, resetSettings, run, setSetting, type Outcome } from '../helpers';

/** Whether python3 with these modules (NumPy; scikit-learn for splits) can run the copied code here. */
async function hasPython(modules: string[]): Promise<boolean> {
  const p = spawn('python3', ['-c', modules.map((m) => `import ${m}`).join('; ')], { stdio: 'ignore' });
  return new Promise((resolve) => {
    p.on('error', () => resolve(false));
    p.on('close', (code) => resolve(code === 0));
  });
}

/** Run Python source (without blocking the extension host); its stdout's lines, the last line break dropped. */
async function python(code: string): Promise<string[]> {
  const p = spawn('python3', ['-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = new Promise<number | null>((resolve) => p.on('close', resolve));
  p.stdin.end(code);
  assert.strictEqual(await status, 0, `python3 failed:\n${stderr}\n--- code ---\n${code}`);
  return stdout.replace(/\n$/, '').split('\n');
}

/** Copy Reproducing Code, then read the clipboard back as VS Code sees it. */
async function copied(): Promise<string> {
  await vscode.env.clipboard.writeText('');
  const out: Outcome = await run('seededRandom.copyCode');
  assert.ok(out.ok, out.message);
  const text = await vscode.env.clipboard.readText();
  assert.strictEqual(text, out.code, 'the clipboard holds the code');
  return text;
}

/** Fill `n` fresh cursors (one per line) with `args` and return the inserted texts. */
async function insertAt(n: number, args: object, language = 'plaintext'): Promise<string[]> {
  const editor = await openUntitled('\n'.repeat(n - 1), language);
  cursors(editor, Array.from({ length: n }, (_, i) => [i, 0] as [number, number]));
  const out = await run('seededRandom.insert', args);
  assert.ok(out.ok, out.message);
  return out.texts!;
}

suite('Copy Reproducing Code: the clipboard\'s Python, run by python3, gives the very values inserted', function () {
  this.timeout(60000);
  suiteSetup(async function () {
    await activate();
    if (!(await hasPython(['numpy']))) this.skip(); // python3 with NumPy is needed to run the copied code
  });
  setup(resetSettings);
  suiteTeardown(closeAll);

  test('numpy: 5 cursors of randint(1, 10)', async () => {
    const texts = await insertAt(5, { engine: 'numpy', seed: 101, call: 'randint(1, 10)' });
    const code = await copied();
    assert.match(code, /np\.random\.seed\(101\)/);
    assert.deepStrictEqual(await python(code), texts);
  });

  test('sequence continue: the code replays the earlier insertions, then prints the last one', async () => {
    await setSetting('sequence', 'continue');
    await insertAt(3, { seed: 5, call: 'randint(0, 1000)' });
    await insertAt(2, { seed: 5, call: 'random()' });
    const texts = await insertAt(4, { seed: 5, call: 'randint(0, 1000)' });
    const code = await copied();
    assert.match(code, /earlier/);
    assert.deepStrictEqual(await python(code), texts);
  });

  test('python engine, fill same, .3f: one value, formatted as inserted', async () => {
    const texts = await insertAt(3, { engine: 'python', seed: "'abc'", call: 'uniform(1, 10)', fill: 'same', format: '.3f' });
    assert.strictEqual(new Set(texts).size, 1);
    assert.deepStrictEqual(await python(await copied()), [texts[0]]);
  });

  test('numpy-generator: a literal at one cursor in a Python file', async () => {
    const [literal] = await insertAt(1, { engine: 'numpy-generator', seed: 7, call: 'integers(0, 100, size=6)' }, 'python');
    const printed = await python(await copied());
    assert.strictEqual(literal, `[${printed.join(', ')}]`);
  });

  test('a generated document', async () => {
    const out = await run('seededRandom.generateDocument', { engine: 'numpy', seed: 3, call: 'normal(0, 1)', count: 2000, layout: 'lines' });
    assert.ok(out.ok, out.message);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === out.uri)!;
    assert.deepStrictEqual(await python(await copied()), doc.getText().replace(/\n$/, '').split('\n'));
  });

  test('Shuffle Lines (header, blank lines ignored) and Sample Lines: the code prints the same lines', async () => {
    const c = lineCase('lines-shuffle-python-blank-ignore');
    const editor = await openUntitled(['head', ...c.lines].join('\r\n') + '\r\n');
    await setSetting('lines.header', true);
    await setSetting('lines.blankLines', 'ignore');
    let out = await run('seededRandom.shuffleLines', { engine: 'numpy-generator', seed: 9 });
    assert.ok(out.ok, out.message);
    const shuffled = editor.document.getText();
    assert.deepStrictEqual(await python(await copied()), shuffled.replace(/\r\n$/, '').split('\r\n'));

    out = await run('seededRandom.sampleLines', { engine: 'python', seed: 4, k: 5 });
    assert.ok(out.ok, out.message);
    const sampled = editor.document.getText();
    assert.deepStrictEqual(await python(await copied()), sampled.replace(/\r\n$/, '').split('\r\n'));
  });

  test('Split Lines: train and test from scikit-learn', async function () {
    if (!(await hasPython(['sklearn']))) this.skip();
    const c = lineCase('lines-split-header-0.25');
    await openUntitled(c.lines.join('\n') + '\n');
    const out = await run('seededRandom.splitLines', { seed: c.seed, testSize: 0.25, header: true });
    assert.ok(out.ok, out.message);
    const text = (u: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === u)!.getText();
    const printed = await python(await copied());
    const [train, test] = [text(out.train!).split('\n').slice(0, -1), text(out.test!).split('\n').slice(0, -1)];
    assert.deepStrictEqual(printed, [`# train: ${train.length} lines`, ...train, `# test: ${test.length} lines`, ...test]);
  });
});
