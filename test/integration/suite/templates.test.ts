import * as assert from 'assert';
import { execFile, spawn } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, closeAll, cursors, EXTENSION_ID, folder, openFile, resetSettings, run, setSetting, until, type Outcome } from '../helpers';

/**
 * Record templates in the real VS Code: a template saved in seededRandom.templates, inserted at
 * three cursors of a JSON file, equals what the CLI (`seeded-random template`, run on the same
 * workspace folder, the saved template by name) prints — and what the copied Python prints; a
 * CSV of 1,000 records generated into a new document equals the CLI's output byte for byte; a
 * large generation shows its progress and Cancel discards it. Seeds are fresh each run.
 */
const TEMPLATE = '{"id": uuid4(), "name": string(8), "age": randint(18, 90), "city": choice(["Oslo", "Lima", "Pune"]), "joined": date("2020-01-01", "2024-12-31"), "active": bool(p=0.8)}';
const freshSeed = () => String(Math.floor(Math.random() * 2 ** 32));
const docFor = (uri: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);

/** `node dist/cli.js template …` in the workspace folder (so a saved template is found by name, as a user's shell would). */
function cli(args: string[]): Promise<string> {
  const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [path.join(root, 'dist', 'cli.js'), 'template', ...args], { cwd: folder().uri.fsPath, maxBuffer: 64 << 20, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
}

/** Whether python3 can run the copied code here (the python engine's code needs no NumPy). */
function hasPython(): Promise<boolean> {
  return new Promise((resolve) => {
    const p = spawn('python3', ['-c', 'import uuid, json'], { stdio: 'ignore' });
    p.on('error', () => resolve(false));
    p.on('close', (code) => resolve(code === 0));
  });
}

/** Run Python source in python3; its stdout. */
function python(code: string): Promise<string> {
  const p = spawn('python3', ['-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  p.stdin.end(code);
  return new Promise((resolve, reject) => p.on('close', (status) => (status === 0 ? resolve(stdout) : reject(new Error(`python3 failed:\n${stderr}\n--- code ---\n${code}`)))));
}

suite('Record templates: Insert at cursors and Generate into a New Document equal the CLI', function () {
  this.timeout(180000);
  suiteSetup(activate);
  setup(resetSettings);
  teardown(async () => {
    await setSetting('templates', undefined);
    await closeAll();
  });

  test('a saved template inserted at 3 cursors in a JSON file: JSON objects equal to the CLI\'s records and the copied Python\'s', async () => {
    const seed = freshSeed();
    await setSetting('templates', { users: TEMPLATE });
    const editor = await openFile('users.json', '[\n  ,\n  ,\n  \n]\n');
    cursors(editor, [[1, 2], [2, 2], [3, 2]]);
    const out: Outcome = await run('seededRandom.insert', { engine: 'python', seed, template: 'users' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(out.texts!.length, 3);
    const expected = await cli(['--engine', 'python', '--seed', seed, '-n', '3', '--layout', 'jsonl', 'users']);
    assert.deepStrictEqual(out.texts!.map((t) => t + '\n').join(''), expected, 'the records equal seeded-random template … --layout jsonl users');
    const doc = editor.document.getText();
    const records = JSON.parse(doc) as Record<string, unknown>[];
    assert.deepStrictEqual(Object.keys(records[0]), ['id', 'name', 'age', 'city', 'joined', 'active']);
    assert.match(String(records[2].id), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    await vscode.env.clipboard.writeText('');
    const copied: Outcome = await run('seededRandom.copyCode');
    assert.ok(copied.ok, copied.message);
    assert.strictEqual(await vscode.env.clipboard.readText(), copied.code);
    assert.match(copied.code!, new RegExp(`^random\\.seed\\(${seed}\\)$`, 'm'));
    if (await hasPython()) assert.strictEqual(await python(copied.code!), expected, 'python3 prints the inserted records');
    else console.log('      (python3 not found: the copied code was not run)');
  });

  test('a Python file gets dicts (repr), in the numpy engine too', async () => {
    const seed = freshSeed();
    const editor = await openFile('fixtures.py', 'rows = [\n    ,\n    ,\n]\n');
    cursors(editor, [[1, 4], [2, 4]]);
    const template = '{"x": normal(0, 1), "k": randint(0, 5, size=3), "tag": token_hex(4)}';
    const out: Outcome = await run('seededRandom.insert', { engine: 'numpy', seed, template });
    assert.ok(out.ok, out.message);
    // the CLI's python layout is a list of these dicts, one `    repr(record),` per line
    const listed = (await cli(['--engine', 'numpy', '--seed', seed, '-n', '2', '--layout', 'python', template])).split('\n');
    assert.deepStrictEqual(out.texts, listed.slice(1, 3).map((l) => l.trim().replace(/,$/, '')));
    assert.match(out.texts![0], /^\{'x': -?\d/);
  });

  test('a CSV of 1,000 records generated into a new document equals the CLI\'s output', async () => {
    const seed = freshSeed();
    const out: Outcome = await run('seededRandom.generateDocument', { engine: 'numpy', seed, template: TEMPLATE, count: 1000, layout: 'csv' });
    assert.ok(out.ok, out.message);
    assert.strictEqual(out.values, 1000);
    const doc = docFor(out.uri!)!;
    assert.ok(doc.uri.path.endsWith('.csv'), doc.uri.path);
    const expected = await cli(['--engine', 'numpy', '--seed', seed, '-n', '1000', '--layout', 'csv', TEMPLATE]);
    assert.strictEqual(doc.getText(), expected);
    assert.strictEqual(doc.lineCount, 1002, 'a header, 1,000 rows and the final newline');
    assert.strictEqual(doc.lineAt(0).text, 'id,name,age,city,joined,active');
    const copied: Outcome = await run('seededRandom.copyCode');
    assert.ok(copied.ok, copied.message);
    assert.match(copied.code!, /writer\.writerow\(\['id', 'name', 'age', 'city', 'joined', 'active'\]\)/);
  });

  test('1,000,000 records: the progress counts records, Cancel discards the partial document', async () => {
    const pending = run('seededRandom.generateDocument', { engine: 'python', seed: freshSeed(), template: TEMPLATE, count: 1_000_000, layout: 'jsonl' });
    let status: Outcome & { total?: number } = { ok: false };
    await until('the generation to be under way', async () => ((status = await run('_seededRandom.generationStatus')).values ?? 0) >= 10_000, 120000);
    assert.strictEqual(status.total, 1_000_000);
    const uri = status.uri!;
    assert.ok((await run('_seededRandom.cancelGeneration')).ok);
    const out = await pending;
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'cancelled');
    assert.ok(out.values! < 1_000_000, String(out.values));
    await until('the partial document to be discarded', () => docFor(uri) === undefined || docFor(uri)!.getText() === '', 20000);
  });

  test('a name that is not saved, or a bad template, is refused with the reason; nothing is inserted', async () => {
    const editor = await openFile('bad.json', '\n');
    let out: Outcome = await run('seededRandom.insert', { seed: 1, template: 'nope' });
    assert.strictEqual(out.reason, 'badInput');
    assert.match(out.message!, /'nope' is neither a template .* \(none saved\)/);
    out = await run('seededRandom.insert', { seed: 1, template: '{"a": randint(5, 1)}' });
    assert.strictEqual(out.reason, 'badInput');
    assert.match(out.message!, /low >= high|empty range/);
    assert.strictEqual(editor.document.getText(), '\n');
  });
});
