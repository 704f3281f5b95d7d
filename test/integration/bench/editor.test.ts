// Timings of the editor commands in the real VS Code (code-server + headless chromium): each is
// the median of several runs, printed as a Markdown table for docs/BENCHMARKS.md. Nothing is
// asserted beyond each run succeeding. Run with `npm run bench:editor`.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { generateChunks } from '../../../src/core/layout/generateChunks';
import { runCallFormatted } from '../../../src/core/run';
import { activate, closeAll, resetSettings, run } from '../helpers';

const rows: { what: string; runs: number[]; note: string }[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Run `once` `times` times (after `setup` each time, untimed) and record the durations. */
async function measure(what: string, times: number, note: string, once: () => Promise<void>, setup: () => Promise<unknown> = async () => undefined): Promise<void> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    await setup();
    const t0 = Date.now();
    await once();
    runs.push(Date.now() - t0);
  }
  rows.push({ what, runs, note });
  console.log(`      ${what}: ${runs.join(', ')} ms`);
}

/** The text Generate writes for `n` × `random()` (seed 101, one per line), made by the core. */
function generatedText(n: number): string {
  return [...generateChunks({ engine: 'numpy', seed: '101', call: 'random()', n, layout: 'lines', format: { style: 'repr' }, eol: '\n' })].map((c) => c.text).join('');
}

/** A fresh untitled document of 10,000 lines `x = ` with a cursor at the end of each. */
async function tenThousandCursors(): Promise<vscode.TextEditor> {
  await closeAll();
  const editor = await untitled('x = \n'.repeat(10_000));
  editor.selections = Array.from({ length: 10_000 }, (_, i) => new vscode.Selection(i, 4, i, 4));
  return editor;
}

async function untitled(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
  return vscode.window.showTextDocument(doc, { preview: false });
}

suite('Editor benchmarks (printed, not asserted)', function () {
  this.timeout(1_200_000); // each test; the runner gives the suite 4 × its usual limit
  suiteSetup(async () => {
    await activate();
    await resetSettings();
  });
  suiteTeardown(async () => {
    await closeAll();
    const lines = [
      '| operation (code-server + headless chromium) | median | runs (ms) | note |',
      '|---|---:|---|---|',
      ...rows.map((r) => `| ${r.what} | ${(median(r.runs) / 1000).toFixed(2)} s | ${r.runs.join(', ')} | ${r.note} |`),
    ];
    console.log(`\n${lines.join('\n')}\n`);
  });

  test('generate 1,000,000 values into a new document', async () => {
    let ms = 0;
    await measure(
      'Generate 1,000,000 × `random()` into a new document (one per line, 19 MB)',
      3,
      'command start to last edit applied',
      async () => {
        const out = await run('seededRandom.generateDocument', { seed: 101, call: 'random()', count: 1_000_000, layout: 'lines' });
        assert.ok(out.ok, out.message);
        ms = out.ms!;
      },
      closeAll,
    );
    assert.ok(ms > 0);
  });

  test('baseline: the same 19 MB appended by the bare API', async () => {
    // What VS Code itself needs for the text of the row above (same values, from the CLI's core),
    // appended to an untitled document in 1 MB edits with nothing else going on: the floor any
    // extension pays for putting that text into a document here.
    const text = generatedText(1_000_000);
    await measure(
      'Baseline: the same 19 MB appended by the bare API (1 MB `applyEdit`s, no extension code)',
      3,
      'VS Code alone: the floor for the row above',
      async () => {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:/baseline-${Date.now()}.txt`));
        await vscode.window.showTextDocument(doc, { preview: false });
        for (let at = 0; at < text.length; ) {
          const end = Math.min(text.length, text.indexOf('\n', at + 1_000_000) + 1 || text.length);
          const edit = new vscode.WorkspaceEdit();
          edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, text.slice(at, end));
          assert.ok(await vscode.workspace.applyEdit(edit));
          at = end;
        }
      },
      closeAll,
    );
  });

  test('generate 1,000,000 records of a 6-field template into a new document', async () => {
    // the template of docs/BENCHMARKS.md's CLI-vs-Python row (npm run bench template)
    const template = '{"id": uuid4(), "name": string(8), "age": randint(18, 90), "city": choice(["Oslo", "Lima", "Pune"]), "joined": date("2020-01-01", "2024-12-31"), "active": bool(p=0.8)}';
    let chars = 0;
    await measure(
      'Generate 1,000,000 records of a 6-field template into a new document (CSV, python engine)',
      1,
      'command start to last edit applied; progress counts records',
      async () => {
        const out = await run('seededRandom.generateDocument', { engine: 'python', seed: 101, template, count: 1_000_000, layout: 'csv' });
        assert.ok(out.ok, out.message);
        chars = vscode.workspace.textDocuments.find((d) => d.uri.toString() === out.uri)!.getText().length;
      },
      closeAll,
    );
    rows[rows.length - 1].note += ` (${(chars / 1e6).toFixed(0)} MB)`;
  });

  test('fill 10,000 cursors', async () => {
    let editor: vscode.TextEditor | undefined;
    await measure(
      'Insert `randint(1, 100)` at 10,000 cursors (one edit)',
      5,
      'one undo step; values in document order',
      async () => {
        const out = await run('seededRandom.insert', { seed: 101, call: 'randint(1, 100)' });
        assert.ok(out.ok, out.message);
      },
      async () => {
        editor = await tenThousandCursors();
      },
    );
    assert.strictEqual(editor!.document.lineAt(9_999).text.startsWith('x = '), true);
  });

  test('baseline: the same 10,000 replacements by the bare API', async () => {
    const values = runCallFormatted('numpy', '101', 'randint(1, 100)', 10_000); // what the command inserts
    await measure(
      'Baseline: the same 10,000 insertions by the bare API (`editor.edit` + selecting them, no extension code)',
      5,
      'VS Code alone: the floor for the row above',
      async () => {
        const editor = vscode.window.activeTextEditor!;
        assert.ok(await editor.edit((b) => values.forEach((t, i) => b.replace(new vscode.Position(i, 4), t))));
        editor.selections = values.map((t, i) => new vscode.Selection(i, 4, i, 4 + t.length));
        await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup'); // a round trip: the selections have reached the workbench
      },
      tenThousandCursors,
    );
  });

  const lines = Array.from({ length: 100_000 }, (_, i) => `${i},name${i},${(i * 37) % 101}`).join('\n') + '\n';
  test('shuffle 100,000 lines', async () => {
    await measure(
      'Shuffle Lines, 100,000 lines (whole document, numpy)',
      5,
      'one edit, one undo step',
      async () => {
        const out = await run('seededRandom.shuffleLines', { seed: 101 });
        assert.ok(out.ok, out.message);
      },
      async () => {
        await closeAll();
        await untitled(lines);
      },
    );
  });

  test('split 100,000 lines', async () => {
    await measure(
      'Split Lines into Train/Test, 100,000 lines, test_size 0.25',
      3,
      'two new untitled documents',
      async () => {
        const out = await run('seededRandom.splitLines', { seed: 101, testSize: 0.25 });
        assert.ok(out.ok, out.message);
      },
      async () => {
        await closeAll();
        await untitled(lines);
      },
    );
  });
});
