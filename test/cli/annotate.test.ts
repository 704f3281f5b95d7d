import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

function cli(args: string[], cwd = os.tmpdir()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

suite('CLI annotate (dist/cli.js)', () => {
  let dir: string;
  suiteSetup(() => {
    if (!fs.existsSync(CLI)) throw new Error('build first: node esbuild.js');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotate-cli-'));
    fs.writeFileSync(
      path.join(dir, 'a.py'),
      'import numpy as np\nnp.random.seed(3)\nx = np.random.randint(0, 10, 4)\nfor _ in range(2):\n    np.random.random()\nnp.random.choice(data)\n',
    );
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('--json: one object per call in source order with line, col, call, value, unknown', () => {
    const r = cli(['annotate', 'a.py', '--json'], dir);
    assert.strictEqual(r.code, 0, r.err);
    const recs = JSON.parse(r.out);
    assert.deepStrictEqual(
      recs.map((x: Record<string, unknown>) => [x.line, x.col, x.call, typeof x.value, x.unknown === null]),
      [
        [3, 4, 'np.random.randint(0, 10, 4)', 'string', true],
        [5, 4, 'np.random.random()', 'string', true],
        [6, 0, 'np.random.choice(data)', 'object', false],
      ],
    );
    assert.strictEqual(recs[1].values.length, 2);
    assert.match(recs[2].unknown, /data is not known/);
  });

  test('the readable listing names each call, its value or reason, and each stream', () => {
    const r = cli(['annotate', 'a.py'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^3:4 {2}np\.random\.randint\(0, 10, 4\) {2}→ \[/m);
    assert.match(r.out, /^6:0 {2}np\.random\.choice\(data\) {2}\? /m);
    assert.match(r.out, /^stream np\.random \(numpy, seed 3\): 3 calls evaluated, 1 unknown/m);
  });

  test('bad input: exit 2, one line on stderr, nothing on stdout', () => {
    fs.writeFileSync(path.join(dir, 'bad.ipynb'), '{"cells": 1}');
    for (const [args, msg] of [
      [['annotate'], /expected one FILE/],
      [['annotate', 'missing.py'], /no such file/],
      [['annotate', 'a.py', '--frobnicate'], /unknown option '--frobnicate'/],
      [['annotate', '.'], /is not a file/],
      [['annotate', 'bad.ipynb', '--json'], /not a notebook/],
    ] as [string[], RegExp][]) {
      const r = cli(args, dir);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.strictEqual(r.out, '');
      assert.match(r.err, msg);
      assert.strictEqual(r.err.trim().split('\n').length, 1);
    }
  });
});
