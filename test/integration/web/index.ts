// The web (browser worker) extension host's test entry. scripts/vscode/run-integration.js makes a
// web-only copy of the extension (no `main`), so VS Code runs its `browser` bundle
// (dist/web/extension.js) in the web worker extension host, with no Node APIs, as vscode.dev does;
// esbuild bundles this file with mocha's browser build and the pinned expected values into it.
import * as vscode from 'vscode';

/** Node's `assert` is not in a browser worker: the two checks these tests need. */
const assert = {
  ok(value: unknown, message?: string): void {
    if (!value) throw new Error(message ?? `expected a truthy value, got ${String(value)}`);
  },
  strictEqual<T>(actual: T, expected: T, message?: string): void {
    if (actual !== expected) throw new Error(`${message ? message + ': ' : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  },
};

interface Expected {
  cases: Record<string, { seed: string; call: string; n: number; values?: string[]; engine?: string; layout?: string; sha256?: string; chars?: number }>;
}

interface LineCase {
  engine: string;
  seed: string;
  lines: string[];
  result: string[];
}

/** SHA-256 of a text, hex (the worker's Web Crypto; no Node). */
async function sha256(text: string): Promise<string> {
  const digest = await (globalThis as unknown as { crypto: { subtle: { digest(a: string, d: Uint8Array): Promise<ArrayBuffer> } } }).crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(text),
  );
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

declare const mocha: { setup(o: object): void; run(cb: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } } };
declare const self: unknown;

export function run(): Promise<void> {
  require('mocha/mocha');
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 30000, color: false });
  const expected: Expected = require('../expected.json');

  suite('Web extension host (browser bundle, no Node)', () => {
    suiteSetup(async () => {
      await vscode.extensions.getExtension('seeded-random.seeded-random')!.activate();
    });

    test('runs in a browser worker', () => {
      assert.ok(typeof self !== 'undefined', 'a worker global scope');
      assert.strictEqual(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined', 'no Node.js');
    });

    test('multi-cursor insertion in document order equals NumPy', async () => {
      const c = expected.cases['numpy-randint-5'];
      const doc = await vscode.workspace.openTextDocument({ content: 'a\nb\nc\nd\ne' });
      const editor = await vscode.window.showTextDocument(doc);
      editor.selections = [3, 0, 4, 1, 2].map((l) => new vscode.Selection(l, 1, l, 1));
      const out = await vscode.commands.executeCommand<{ ok: boolean; message?: string }>('seededRandom.insert', { seed: c.seed, call: c.call });
      assert.ok(out.ok, out.message);
      assert.strictEqual(doc.getText(), ['a', 'b', 'c', 'd', 'e'].map((l, i) => l + c.values![i]).join('\n'));
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), 'a\nb\nc\nd\ne');
    });

    test('Shuffle Lines in the worker equals np.random.shuffle (CRLF, header); one undo step', async () => {
      const c = expected.cases['lines-shuffle-numpy-header'] as unknown as LineCase;
      const before = c.lines.join('\r\n') + '\r\n';
      const doc = await vscode.workspace.openTextDocument({ content: before });
      const editor = await vscode.window.showTextDocument(doc);
      if (doc.eol !== vscode.EndOfLine.CRLF) await editor.edit((b) => b.setEndOfLine(vscode.EndOfLine.CRLF));
      const out = await vscode.commands.executeCommand<{ ok: boolean; message?: string }>('seededRandom.shuffleLines', { seed: c.seed, engine: c.engine, header: true });
      assert.ok(out.ok, out.message);
      assert.strictEqual(doc.getText(), c.result.join('\r\n') + '\r\n');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), before);
    });

    test('Generate into a New Document in the worker: 100,000 values in chunks (setTimeout between them), equal to NumPy\'s', async () => {
      const c = expected.cases['generate-numpy-uniform-1e5-web'];
      const out = await vscode.commands.executeCommand<{ ok: boolean; message?: string; uri?: string }>('seededRandom.generateDocument', {
        engine: c.engine,
        seed: c.seed,
        call: c.call,
        count: c.n,
        layout: c.layout,
      });
      assert.ok(out.ok, out.message);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === out.uri)!;
      assert.strictEqual(doc.getText().length, c.chars);
      assert.strictEqual(await sha256(doc.getText()), c.sha256);
      const code = await vscode.commands.executeCommand<{ ok: boolean; code?: string }>('seededRandom.copyCode');
      assert.ok(code.ok && code.code!.includes(`np.random.seed(${c.seed})`), 'Copy Reproducing Code works in the worker');
      assert.strictEqual(await vscode.env.clipboard.readText(), code.code);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    test('New Random Seed (crypto.getRandomValues) is saved to the workspace settings', async () => {
      const out = await vscode.commands.executeCommand<{ ok: boolean; seed: string }>('seededRandom.newSeed');
      assert.ok(out.ok && /^\d+$/.test(out.seed));
      assert.strictEqual(String(vscode.workspace.getConfiguration('seededRandom').get('seed')), out.seed);
      await vscode.workspace.getConfiguration('seededRandom').update('seed', undefined, vscode.ConfigurationTarget.Workspace);
    });
  });

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats ?? { passes: 0, failures, pending: 0 };
      console.log(`[[integration-counts]] ${JSON.stringify({ passed: s.passes, failed: s.failures, pending: s.pending })}`);
      if (failures > 0) reject(new Error(`${failures} web tests failed`));
      else resolve();
    });
  });
}
