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
  cases: Record<string, { seed: string; call: string; n: number; values?: string[] }>;
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
