import * as assert from 'assert';
import { createHash } from 'crypto';
import * as vscode from 'vscode';
import { generatedCase } from '../expected';
import { activate, closeAll, openUntitled, resetSettings, run, sleep, until, type Outcome } from '../helpers';

const GENERATE = 'seededRandom.generateDocument';
const docFor = (uri: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Generate a pinned case without prompts and check the whole document against Python's text (its SHA-256). */
async function generateCase(id: string): Promise<{ out: Outcome; doc: vscode.TextDocument }> {
  const c = generatedCase(id);
  const out = await run(GENERATE, { engine: c.engine, seed: c.seed, call: c.call, count: c.n, layout: c.layout });
  assert.ok(out.ok, out.message);
  const doc = docFor(out.uri!)!;
  const text = doc.getText();
  assert.strictEqual(text.length, c.chars, `${id}: length`);
  assert.strictEqual(sha256(text), c.sha256, `${id}: the whole text equals Python's`);
  return { out, doc };
}

suite('Generate into a New Document (documents checked whole against NumPy/Python)', function () {
  this.timeout(300000);
  suiteSetup(activate);
  setup(resetSettings);
  teardown(closeAll);

  test('1,000,000 values into a new document, one per line (prints the time)', async () => {
    const c = generatedCase('generate-numpy-random-1e6');
    const t0 = Date.now();
    const { out, doc } = await generateCase('generate-numpy-random-1e6');
    const ms = Date.now() - t0;
    assert.strictEqual(out.values, c.n);
    assert.strictEqual(doc.lineCount, c.n + 1, 'a line per value and the final newline');
    assert.strictEqual(doc.lineAt(0).text, c.head[0]);
    assert.strictEqual(doc.lineAt(c.n - 1).text, c.tail[2]);
    assert.strictEqual(doc.isUntitled, true);
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc, 'the new document is shown');
    console.log(`      [measure] generate 1,000,000 × random() into a new document: ${ms} ms (command), ${out.ms} ms (writing)`);
  });

  test('JSON array and CSV column layouts, in the layout\'s language', async () => {
    const { doc: json } = await generateCase('generate-generator-integers-json');
    assert.strictEqual(json.languageId, 'json');
    const { doc: csv } = await generateCase('generate-python-random-csv');
    assert.ok(['csv', 'plaintext'].includes(csv.languageId), csv.languageId);
  });

  test('cancel a 10,000,000-value generation midway: the window stays responsive, the partial document is discarded', async () => {
    const other = await openUntitled('');
    const pending = run(GENERATE, { seed: 1, call: 'random()', count: 10_000_000, layout: 'lines' });
    let status: Outcome = { ok: false };
    await until('the generation to be under way', async () => ((status = await run('_seededRandom.generationStatus')).values ?? 0) >= 500_000, 120000);
    const uri = status.uri!;
    assert.ok(docFor(uri), 'the document being generated is open');

    // responsive while it runs: the extension host's event loop turns, and a command round trip to
    // the workbench (an edit in another document) completes
    const lags: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      await sleep(0);
      lags.push(Date.now() - t);
    }
    const t1 = Date.now();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(other.document.uri, new vscode.Position(0, 0), 'still responsive');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const editMs = Date.now() - t1;
    const midway = (await run('_seededRandom.generationStatus')).values!;
    assert.ok(midway < 10_000_000, 'still generating');
    console.log(`      [measure] during a 10,000,000-value generation: event-loop lag ${Math.max(...lags)} ms max, an edit elsewhere ${editMs} ms`);
    assert.ok(Math.max(...lags) < 2000, `event loop lag ${lags}`);
    assert.ok(editMs < 5000, `edit round trip ${editMs} ms`);

    const cancelled = await run('_seededRandom.cancelGeneration');
    assert.ok(cancelled.ok, 'a generation was running');
    const out = await pending;
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'cancelled');
    assert.ok(out.values! >= midway && out.values! < 10_000_000, `stopped at ${out.values}`);
    assert.match(out.message!, /discarded/);
    const doc = docFor(uri);
    assert.ok(!doc || doc.isClosed || doc.getText() === '', 'no partial text is left');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(!tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri), 'its editor is closed');
    assert.strictEqual(other.document.getText(), 'still responsive');
    assert.strictEqual((await run('_seededRandom.generationStatus')).running, false);

    // nothing of it comes back (VS Code restores a new untitled document from a hot-exit backup of
    // an earlier one with the same name): new documents start clean, and so does the next generation
    for (let i = 0; i < 3; i++) {
      const fresh = await openUntitled('fresh\n');
      assert.strictEqual(fresh.document.getText(), 'fresh\n', `${fresh.document.uri.toString()} came back with old text`);
    }
    await generateCase('generate-numpy-uniform-1e5-web'); // the same layout, so it would take the same name
  });

  test('10⁹ values are refused before anything is written, with the CLI to use instead', async () => {
    const before = vscode.workspace.textDocuments.length;
    const out = await run(GENERATE, { seed: 1, call: 'random()', count: 1_000_000_000, layout: 'lines' });
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'tooMany');
    assert.match(out.message!, /1,000,000,000 values .* more than an editor document can hold .*seeded-random/);
    assert.strictEqual(vscode.workspace.textDocuments.length, before);
  });

  test('bad parameters are refused with NumPy\'s message and no document opens', async () => {
    const before = vscode.workspace.textDocuments.length;
    const out = await run(GENERATE, { seed: 1, call: 'randint(10, 1)', count: 5, layout: 'json' });
    assert.strictEqual(out.ok, false);
    assert.strictEqual(out.reason, 'badInput');
    assert.match(out.message!, /ValueError: (low >= high|high <= low)/);
    assert.strictEqual(vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.getText() !== '').length <= before, true);
  });
});
