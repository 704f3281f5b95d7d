import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

suite('extension: the web (browser worker) entry', () => {
  test('src/extension type-checks with no Node and no DOM types (tsconfig.extension.json)', function () {
    this.timeout(120000);
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.extension.json')], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  });

  test('the bundles require nothing but vscode (and the desktop entry its sibling dist/commands.js)', function () {
    const expected: Record<string, string[]> = {
      'dist/web/extension.js': ['vscode'],
      'dist/extension.js': ['./commands.js', 'vscode'],
      'dist/commands.js': ['vscode'],
    };
    for (const [bundle, modules] of Object.entries(expected)) {
      const file = path.join(ROOT, bundle);
      if (!fs.existsSync(file)) this.skip(); // built by `npm test` / `npm run build`
      const required = [...fs.readFileSync(file, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      assert.deepStrictEqual([...new Set(required)].sort(), modules, bundle);
    }
  });
});
