import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { EngineName } from '../../src/core/callSpec';
import { ENGINE_NAMES } from '../../src/core/engines';
import { shuffleLines, splitLines } from '../../src/core/lines';
import { fileEols } from '../../src/core/lines/splitLines';
import { referenceAvailable } from '../support/python';
import { runLinesReference, sklearnAvailable, type LinesCase } from '../support/linesReference';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

function cli(args: string[], input: string | Buffer = '', cwd = os.tmpdir()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

const freshSeed = () => String(Math.floor(Math.random() * 2 ** 32));
const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sr-lines-'));

/** Lines of a CSV-like body with a header, a blank line and non-ASCII text. */
function csvLines(n: number): string[] {
  const rows = ['id,name,score'];
  for (let i = 1; i <= n; i++) rows.push(i === 3 ? '' : `${i},name ${i} é中🙂,${(i * 7) % 100}`);
  return rows;
}

suite('CLI lines: shuffle, sample, split (dist/cli.js)', () => {
  suiteSetup(() => {
    if (!fs.existsSync(CLI)) throw new Error('build first: node esbuild.js');
  });

  for (const engine of ENGINE_NAMES) {
    test(`shuffle and sample (${engine}) print what Python prints; CRLF and no final newline survive (live)`, function () {
      if (!referenceAvailable(engine !== 'python')) this.skip();
      this.timeout(60_000);
      const lines = csvLines(40);
      const seed = freshSeed();
      const cases: LinesCase[] = [
        { op: 'shuffle', engine, seed, lines },
        { op: 'shuffle', engine, seed, lines, header: true, blank: 'ignore' },
        { op: 'sample', engine, seed, lines, k: '7', header: true },
        { op: 'sample', engine, seed, lines, k: String(lines.length) },
      ];
      const ref = runLinesReference(cases).results as { lines: string[] }[];
      for (const [eol, final] of [['\r\n', false], ['\n', true]] as const) {
        const text = lines.join(eol) + (final ? eol : '');
        const base = ['--engine', engine, '--seed', seed];
        const outs = [
          cli(['shuffle', ...base], text),
          cli(['shuffle', ...base, '--header', '--ignore-blank'], text),
          cli(['sample', '7', ...base, '--header'], text),
          cli([...base, 'sample', String(lines.length)], text),
        ];
        outs.forEach((r, i) => {
          assert.strictEqual(r.code, 0, r.err);
          assert.strictEqual(r.err, '');
          const want = ref[i].lines;
          if (cases[i].op === 'shuffle') {
            // Terminators stay in place: the output has the input's exact length and line endings,
            // except where a file would read back other lines (an empty line landing last gets one).
            const eols = splitLines(text).eols;
            const written = fileEols(want, eols, eol);
            assert.strictEqual(r.out, want.map((l, j) => l + written[j]).join(''));
            if (written === eols) assert.strictEqual(r.out.length, text.length);
          } else {
            assert.strictEqual(r.out, want.join(eol) + (final ? eol : ''));
          }
        });
      }
    });
  }

  test('split writes exactly train_test_split(lines, test_size, random_state) to --train/--test (live)', function () {
    if (!referenceAvailable() || !sklearnAvailable()) this.skip();
    this.timeout(60_000);
    const lines = csvLines(101);
    const seed = freshSeed();
    const sizes = ['0.25', '0.99', '1', '100', '0.3'];
    const cases: LinesCase[] = sizes.map((t) => ({ op: 'split', engine: 'numpy', seed, lines, test_size: t, header: true }));
    cases.push({ op: 'split', engine: 'numpy', seed, lines, header: true, blank: 'ignore', test_size: '0.2', train_size: '0.5' });
    const ref = runLinesReference(cases).results as { train: string[]; test: string[] }[];
    const dir = tmpDir();
    const text = lines.join('\r\n') + '\r\n';
    cases.forEach((c, i) => {
      const args = ['split', '--seed', seed, '--header', '--train', 'train.csv', '--test', 'test.csv'];
      if (c.test_size) args.push('--test-size', c.test_size);
      if (c.train_size) args.push(`--train-size=${c.train_size}`);
      if (c.blank === 'ignore') args.push('--ignore-blank');
      const r = cli(args, text, dir);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(r.out + r.err, '');
      assert.strictEqual(fs.readFileSync(path.join(dir, 'train.csv'), 'utf8'), ref[i].train.join('\r\n') + '\r\n', `train ${c.test_size}`);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'test.csv'), 'utf8'), ref[i].test.join('\r\n') + '\r\n', `test ${c.test_size}`);
    });
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['test.csv', 'train.csv'], 'no temporary files left');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('bad input: exit 2, one line on stderr, nothing on stdout, no file written', function () {
    this.timeout(60_000);
    const dir = tmpDir();
    const text = csvLines(10).join('\n') + '\n';
    const split = ['split', '--train', 'a.txt', '--test', 'b.txt'];
    const bad: [string[], string | Buffer, RegExp][] = [
      [[...split, '--seed', '1', '--test-size', '1.0'], text, /InvalidParameterError: The 'test_size' parameter of train_test_split must be/],
      [[...split, '--seed', '1', '--test-size', '0'], text, /Got 0 instead\./],
      [[...split, '--seed', '1', '--test-size', '11'], text, /ValueError: test_size=11 should be either positive and smaller than the number of samples 11/],
      [[...split, '--seed', '1', '--test-size', '0.25'], '', /With n_samples=0, test_size=0.25 and train_size=None, the resulting train set will be empty/],
      [[...split, '--seed', '-1'], text, /The 'random_state' parameter of train_test_split must be an int in the range \[0, 4294967295\]/],
      [[...split, '--seed', '1', '--engine', 'python'], text, /always seeds NumPy's RandomState/],
      [['split', '--seed', '1', '--train', 'a.txt'], text, /--train FILE and --test FILE/],
      [['split', '--seed', '1', '--train', 'a.txt', '--test', './a.txt'], text, /same file/],
      [['sample', '--seed', '1'], text, /sample needs K/],
      [['sample', '2.5', '--seed', '1'], text, /K must be a whole number/],
      [['sample', '3', '4', '--seed', '1'], text, /unexpected argument '4'/],
      [['shuffle', '--seed', '1', '--test-size', '0.5'], text, /--test-size applies to split only/],
      [['shuffle', '--seed', '1', '--bogus'], text, /unknown option --bogus/],
      [['shuffle', '--seed', '1', '--engine', 'nope'], text, /unknown engine 'nope'/],
      [['shuffle', '--seed', '1'], Buffer.from([0x61, 0x0a, 0xff, 0x0a]), /stdin is not valid UTF-8/],
      [['shuffle'], text, /no seed/],
    ];
    bad.push([['split', '--seed', '1', '--train', 'no/such/dir/a.txt', '--test', 'b.txt'], text, /cannot write/]);
    bad.push([['shuffle', '--seed', '-1'], text, /ValueError: Seed must be between 0 and 2\*\*32 - 1/]);
    bad.push([['sample', '12', '--seed', '1'], text, /ValueError: Cannot take a larger sample than population when 'replace=False'/]);
    bad.push([['sample', '12', '--seed', '1', '--engine', 'python'], text, /ValueError: Sample larger than population or is negative/]);
    for (const [args, input, message] of bad) {
      const r = cli(args, input, dir);
      const where = args.join(' ');
      assert.strictEqual(r.code, 2, `${where} → ${r.code} ${r.err}`);
      assert.strictEqual(r.out, '', where);
      assert.strictEqual(r.err.trimEnd().split('\n').length, 1, r.err);
      assert.match(r.err, /^seeded-random: /);
      assert.match(r.err, message, where);
      assert.deepStrictEqual(fs.readdirSync(dir), [], `${where}: no file written`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('reads seed and engine from .vscode/settings.json; split ignores the engine setting', function () {
    const engine: EngineName = 'python';
    this.timeout(60_000);
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), `{\n  // JSONC\n  "seededRandom.seed": 4242,\n  "seededRandom.engine": "${engine}",\n}\n`);
    const text = csvLines(30).join('\n');
    const fromSettings = cli(['shuffle'], text, dir);
    assert.strictEqual(fromSettings.code, 0, fromSettings.err);
    assert.strictEqual(fromSettings.out, cli(['shuffle', '--engine', engine, '--seed', '4242'], text).out);
    assert.strictEqual(fromSettings.out, shuffleLines(text, { engine, seed: '4242' }));
    const r = cli(['split', '--train', 'tr', '--test', 'te'], text, dir);
    assert.strictEqual(r.code, 0, r.err);
    const r2 = cli(['split', '--engine', 'numpy', '--seed', '4242', '--train', 'tr2', '--test', 'te2'], text, dir);
    assert.strictEqual(r2.code, 0, r2.err);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'tr'), 'utf8'), fs.readFileSync(path.join(dir, 'tr2'), 'utf8'));
    assert.strictEqual(fs.readFileSync(path.join(dir, 'te'), 'utf8'), fs.readFileSync(path.join(dir, 'te2'), 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a large input (200,000 lines) comes out as the core computes it, every line kept', function () {
    const engine = ENGINE_NAMES[0];
    this.timeout(60_000);
    const lines = Array.from({ length: 200_000 }, (_, i) => `row ${i},${(i * 31) % 997}`);
    const text = lines.join('\n') + '\n';
    const r = cli(['shuffle', '--engine', engine, '--seed', '12'], text);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(r.out, shuffleLines(text, { engine, seed: '12' }));
    assert.deepStrictEqual(splitLines(r.out).lines.sort(), lines.slice().sort());
  });
});
