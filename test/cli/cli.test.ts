import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { referenceAvailable, runReference } from '../support/python';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

function cli(args: string[], cwd = os.tmpdir()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

suite('CLI (dist/cli.js)', () => {
  suiteSetup(function () {
    if (!fs.existsSync(CLI)) throw new Error('build first: node esbuild.js');
  });

  test('prints exactly what NumPy prints, one value per line (live)', function () {
    if (!referenceAvailable()) this.skip();
    const seed = String(Math.floor(Math.random() * 2 ** 32));
    const cases = [
      { engine: 'numpy' as const, seed, call: 'randint(1, 10, size=5)', n: 1 },
      { engine: 'numpy' as const, seed, call: 'normal(0, 1)', n: 7 },
    ];
    const ref = runReference(cases);
    for (const [i, c] of cases.entries()) {
      const r = cli(['--engine', c.engine, '--seed', c.seed, '-n', String(c.n), c.call]);
      assert.strictEqual(r.code, 0, r.err);
      assert.deepStrictEqual(r.out.trimEnd().split('\n'), (ref.results[i] as { values: string[] }).values);
    }
  });

  test('bad input: exit 2, one line on stderr, nothing on stdout', () => {
    for (const args of [
      ['--seed', '1', 'randint(5, 5)'],
      ['--seed', '-1', 'random()'],
      ['--seed', '1', 'randint(1,'],
      ['--seed', '1', '-n', '0', 'random()'],
      ['--seed', '1', '--bogus', 'random()'],
      ['--engine', 'nope', '--seed', '1', 'random()'],
      ['--seed', '1'],
    ]) {
      const r = cli(args);
      assert.strictEqual(r.code, 2, `${args.join(' ')} → ${r.code}`);
      assert.strictEqual(r.out, '', args.join(' '));
      assert.strictEqual(r.err.trimEnd().split('\n').length, 1, r.err);
      assert.match(r.err, /^seeded-random: /);
    }
    assert.match(cli(['--seed', '1', 'randint(5, 5)']).err, /ValueError: low >= high/);
    assert.match(cli(['--seed', '-1', 'random()']).err, /ValueError: Seed must be between 0 and 2\*\*32 - 1/);
  });

  test('reads seededRandom.seed and .engine from .vscode/settings.json (JSONC), flags win', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-cli-'));
    const noSeed = cli(['random()'], dir);
    assert.strictEqual(noSeed.code, 2);
    assert.match(noSeed.err, /--seed/);
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(
      path.join(dir, '.vscode', 'settings.json'),
      '{\n  // the workspace seed\n  "seededRandom.seed": 101,\n  "seededRandom.engine": "numpy",\n}\n',
    );
    const fromSettings = cli(['randint(1, 10, size=5)'], dir);
    assert.strictEqual(fromSettings.code, 0, fromSettings.err);
    assert.strictEqual(fromSettings.out, cli(['--engine', 'numpy', '--seed', '101', 'randint(1, 10, size=5)']).out);
    const flagWins = cli(['--seed', '7', 'randint(1, 10, size=5)'], dir);
    assert.strictEqual(flagWins.out, cli(['--engine', 'numpy', '--seed', '7', 'randint(1, 10, size=5)']).out);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('-n streams many values: line count and continuity', () => {
    const big = cli(['--seed', '5', '-n', '200000', 'random()']);
    assert.strictEqual(big.code, 0, big.err);
    const lines = big.out.trimEnd().split('\n');
    assert.strictEqual(lines.length, 200000);
    const head = cli(['--seed', '5', '-n', '1000', 'random()']).out.trimEnd().split('\n');
    assert.deepStrictEqual(lines.slice(0, 1000), head);
  });
});
