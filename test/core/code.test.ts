import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/runCli';
import type { EngineName } from '../../src/core/callSpec';
import { linesCode, type LinesCodeRequest } from '../../src/core/code/linesCode';
import { reproducingCode } from '../../src/core/code/reproducingCode';
import { sampleLineList, shuffleLineList, splitLineList } from '../../src/core/lines';
import { ENGINES, ENGINE_NAMES } from '../../src/core/engines';
import { formatValue } from '../../src/core/format/formatValue';
import { createEngine, prepareCall, runPrepared } from '../../src/core/run';
import type { Case } from '../support/case';
import { compareValues, MAX_ULPS } from '../support/compare';
import { referenceAvailable } from '../support/python';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const CASES_DIR = path.resolve(__dirname, '../cases');

/**
 * The differential test of Copy Reproducing Code / `--code`: the Python that `--code` prints, run in python3, must print
 * exactly what the CLI prints for the same arguments (the values the editor inserts).
 */

interface CodeCase extends Case {
  /** Extra CLI flags (`--format …`). */
  flags: string[];
}

/** The CLI's stdout, stderr and exit code, in process (runCli is what dist/cli.js runs). */
function cliInProcess(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, os.tmpdir(), (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

function cliArgs(c: CodeCase): string[] {
  return ['--engine', c.engine, '--seed', c.seed, '-n', String(c.n), ...c.flags, c.call];
}

/**
 * Run many Python snippets, each in a fresh namespace, capturing stdout (and, when asked, the
 * final value of some variables); one python3 process.
 */
function runPythonSnippets(codes: string[], variables: string[] = []): ({ stdout: string; vars: Record<string, string[]> } | { error: string })[] {
  const driver = `
import contextlib, io, json, sys, warnings
warnings.simplefilter('ignore')
VARS = json.loads(sys.argv[1])
out = []
for code in json.load(sys.stdin):
    buf = io.StringIO()
    ns = {'__name__': '__main__'}
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(code, '<copied>', 'exec'), ns)
        out.append({'stdout': buf.getvalue(), 'vars': {k: list(ns[k]) for k in VARS if k in ns}})
    except Exception as e:
        out.append({'error': f'{type(e).__name__}: {e}'})
json.dump(out, sys.stdout)`;
  const r = spawnSync('python3', ['-c', driver, JSON.stringify(variables)], { input: JSON.stringify(codes), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const rand = Math.random;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const freshSeed = () => String(Math.floor(rand() * 2 ** 32));
const FORMATS: string[][] = [[], [], [], ['--format', '.3f'], ['--format', 'sig:4', '--thousands'], ['--format', ','], ['--quote-strings'], ['--format', 'fixed:0']];

/** Hand-picked cases per engine: size=, shuffle, n > 1, string/array/big seeds, empty results, nested values. */
const EXTRAS: Record<EngineName, [seed: string, call: string, n: number][]> = {
  numpy: [
    ['101', 'randint(1, 10, size=5)', 1],
    ['[1, 2, 3]', 'random_sample((2, 3))', 2],
    ['7', "choice(['a', 'bb', \"it's\"], 4)", 2],
    ['8', 'shuffle([1, 2.5, "x", None, True])', 3],
    ['9', 'permutation(10)', 2],
    ['10', 'normal(0, 1)', 7],
    ['11', 'standard_normal(size=0)', 2],
    ['4294967295', 'randint(-5, 5, size=(2, 2))', 3],
    ['hello', 'random()', 1],
  ],
  python: [
    ['101', 'randint(1, 10)', 5],
    ["'hello'", 'random()', 3],
    ['hello world', 'gauss(0, 1)', 5],
    ['-5', 'choice([[1, 2], (3, 4), None, "x"])', 4],
    ['1267650600228229401496703205376', 'getrandbits(200)', 2],
    ['12', 'shuffle([1, 2.5, "x", None, True, [1, 2]])', 3],
    ['13', 'sample([1, 2, 3, 4, 5], 5)', 2],
    ['14', "choices(['a', 'b'], k=0)", 2],
    ['15', 'uniform(1e300, 1e308)', 3],
    ['16', 'randrange(1000000000000000000000000000000)', 3],
    ['17', 'expovariate(1e-300)', 2],
    ['18', 'randint(5, 1)', 1],
  ],
  'numpy-generator': [
    ['101', 'integers(1, 10, size=5)', 1],
    ['[1, 2, 3]', 'integers(0, 4611686018427387904, size=(2, 3))', 2],
    ['1267650600228229401496703205376', 'random(size=(2, 2))', 2],
    ['5', "choice(['a', 'bb', 'ccc'], size=4)", 2],
    ['6', 'shuffle([1, 2, 3, 4])', 3],
    ['7', 'permutation([1.5, 2, 3])', 2],
    ['8', 'permuted([[1, 2, 3], [4, 5, 6]], axis=1)', 2],
    ['9', 'normal(0, 1, size=0)', 2],
    ['10', 'integers(1, 10, endpoint=True, size=3)', 3],
    ['11', 'standard_normal()', 5],
    ['-1', 'random()', 1],
  ],
};

/** Every call's own example with a fresh seed, the extras, and the engine's random differential cases. */
function casesFor(engine: EngineName): CodeCase[] {
  const out: CodeCase[] = [];
  for (const spec of ENGINES[engine].calls) out.push({ engine, seed: freshSeed(), call: spec.example, n: pick([1, 2, 3, 5]), flags: pick(FORMATS) });
  for (const [seed, call, n] of EXTRAS[engine]) out.push({ engine, seed, call, n, flags: [] });
  for (const [seed, call, n] of EXTRAS[engine]) out.push({ engine, seed, call, n, flags: pick(FORMATS.slice(3)) });
  const file = path.join(CASES_DIR, `${engine}.js`);
  if (fs.existsSync(file)) {
    const mod = require(file) as { randomCases?: (r: () => number, count: number) => Case[] };
    for (const c of mod.randomCases?.(rand, 60) ?? []) out.push({ ...c, flags: pick(FORMATS) });
  }
  return out;
}

suite('Copy Reproducing Code: `--code` run in python3 prints what the CLI prints', () => {
  for (const engine of ENGINE_NAMES) {
    test(`${engine}: every call, size=, n > 1, shuffle, string/array seeds, formats (live)`, function () {
      if (!referenceAvailable(engine !== 'python')) this.skip();
      const cases = casesFor(engine);
      const runs = cases.map((c) => ({ c, values: cliInProcess(cliArgs(c)), code: cliInProcess(['--code', ...cliArgs(c)]) }));
      const ok = runs.filter((r) => r.values.code === 0);
      const py = runPythonSnippets(ok.map((r) => r.code.out));
      const failures: string[] = [];
      let exact = 0;
      let skipped = 0;
      let near = 0;
      let floats = 0;
      for (const r of runs) {
        const where = `seeded-random ${cliArgs(r.c).map((a) => JSON.stringify(a)).join(' ')}`;
        if (r.values.code !== 0) {
          // Bad input: --code fails the same way and prints no code.
          if (r.code.code !== r.values.code || r.code.err !== r.values.err || r.code.out !== '') failures.push(`${where}: --code gave ${r.code.code} ${r.code.err}`);
          continue;
        }
        if (r.code.code !== 0) {
          failures.push(`${where}: --code failed: ${r.code.err}`);
          continue;
        }
        const res = py[ok.indexOf(r)];
        if ('error' in res) {
          // CPython 3.11 lacks random.binomialvariate (3.12): nothing to compare against.
          if (/^AttributeError: module 'random' has no attribute/.test(res.error)) skipped++;
          else failures.push(`${where}: the copied code raised ${res.error}\n${r.code.out}`);
          continue;
        }
        if (res.stdout === r.values.out) {
          exact++;
          continue;
        }
        const cmp = compareValues(res.stdout.split('\n'), r.values.out.split('\n'));
        floats += cmp.floats;
        if (cmp.mismatch) failures.push(`${where}: ${cmp.mismatch}\n${r.code.out}`);
        else near += cmp.near.length;
      }
      console.log(`      ${engine}: ${runs.length} cases, ${exact} byte-for-byte, ${near} floats within ${MAX_ULPS} ulp (libm), ${skipped} skipped (not in this Python), ${runs.length - ok.length} bad-input cases refused alike`);
      assert.deepStrictEqual(failures.slice(0, 5), []);
      assert.ok(exact >= 0.9 * (ok.length - skipped), `${exact} of ${ok.length} exact`);
      assert.ok(floats === 0 || near <= Math.max(1, 0.01 * floats), `${near} near-misses`);
    });
  }

  test('end to end: `node dist/cli.js --code … | python3 -` equals `node dist/cli.js …` byte for byte', function () {
    if (!fs.existsSync(CLI)) throw new Error('build first: node esbuild.js');
    const engines = ENGINE_NAMES.filter((e) => referenceAvailable(e !== 'python'));
    if (engines.length === 0) this.skip();
    for (const engine of engines) {
      const [seed, call, n] = pick(EXTRAS[engine].filter(([, c]) => !c.includes('randint(5, 1)') && c !== 'random()'));
      const args = ['--engine', engine, '--seed', seed, '-n', String(n), '--format', pick(['repr', '.4f', ',']), call];
      const values = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      const code = spawnSync(process.execPath, [CLI, '--code', ...args], { encoding: 'utf8' });
      assert.strictEqual(code.status, 0, code.stderr);
      const py = spawnSync('python3', ['-'], { input: code.stdout, encoding: 'utf8' });
      assert.strictEqual(py.status, 0, py.stderr);
      assert.strictEqual(py.stdout, values.stdout, `${args.join(' ')}\n${code.stdout}`);
    }
  });

  test('continued sequences: `before` replays the earlier draws, so the code prints the next values', function () {
    const engines = ENGINE_NAMES.filter((e) => referenceAvailable(e !== 'python'));
    if (engines.length === 0) this.skip();
    const codes: string[] = [];
    const want: string[] = [];
    for (const engine of engines) {
      const calls = ENGINES[engine].calls.map((c) => c.example);
      const before = [{ call: pick(calls), n: 2 }, { call: pick(calls), n: 1 }];
      const call = pick(calls);
      const seed = freshSeed();
      const rng = createEngine(engine, seed);
      for (const b of before) runPrepared(rng, prepareCall(engine, b.call), b.n);
      want.push(runPrepared(rng, prepareCall(engine, call), 3).map((v) => formatValue(v) + '\n').join(''));
      codes.push(reproducingCode({ engine, seed, call, n: 3, before }));
    }
    const py = runPythonSnippets(codes);
    py.forEach((r, i) => {
      if ('error' in r && /has no attribute/.test(r.error)) return;
      assert.ok('stdout' in r, `${codes[i]}\n${JSON.stringify(r)}`);
      const cmp = compareValues(want[i].split('\n'), r.stdout.split('\n'));
      assert.ok(!cmp.mismatch, `${cmp.mismatch}\n${codes[i]}`);
    });
  });

  test("the snippet is the idiomatic one (snapshot of the documented example's shape)", () => {
    const code = reproducingCode({ engine: 'numpy', seed: '101', call: 'np.random.randint(1, 10, size=5)' });
    assert.match(code, /^import numpy as np\n\nnp\.random\.seed\(101\)\nvalues = np\.random\.randint\(1, 10, size=5\)\.tolist\(\)\n/);
    // a 2-D result keeps its shape: one loop per dimension, no np.ravel
    assert.strictEqual(
      reproducingCode({ engine: 'numpy', seed: '101', call: 'rand(2, 3)' }),
      'import numpy as np\n\nnp.random.seed(101)\nvalues = np.random.rand(2, 3).tolist()\nfor v0 in values:\n    for v in v0:\n        print(v)\n',
    );
    assert.strictEqual(
      reproducingCode({ engine: 'python', seed: 'hello', call: 'randint(1, 10)', n: 3 }),
      "import random\n\nrandom.seed('hello')\nvalues = [random.randint(1, 10) for _ in range(3)]\nfor v in values:\n    print(v)\n",
    );
    assert.match(reproducingCode({ engine: 'python', seed: '1', call: 'shuffle([3, 1, 2])' }), /\nx = \[3, 1, 2\]\nrandom\.shuffle\(x\)\n/);
    assert.match(reproducingCode({ engine: 'python', seed: '1', call: 'uniform(1e400, 2)' }), /random\.uniform\(1e400, 2\)/); // as written
    assert.match(reproducingCode({ engine: 'numpy-generator', seed: '[1, 2]', call: 'integers(1, 10)' }), /\nrng = np\.random\.default_rng\(\[1, 2\]\)\nvalue = np\.asarray\(rng\.integers\(1, 10\)\)\.tolist\(\)\n/);
  });

  test("line shuffle/sample/split: the copied Python leaves exactly the core's result in lines/sample/train/test and prints it, reading a file or a block of it (live)", function () {
    if (!referenceAvailable(true)) this.skip();
    const sklearn = spawnSync('python3', ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-lines-'));
    const words = ['alpha', 'beta,1', "it's", 'say "hi"', 'é🎲', '', '  ', '\t', 'x\ry', 'trailing ', 'NUL\u0000'];
    const reqs: LinesCodeRequest[] = [];
    const want: Record<string, string[]>[] = [];
    for (let i = 0; i < 36; i++) {
      const n = 1 + Math.floor(rand() * 30);
      const lines = Array.from({ length: n }, (_, j) => (rand() < 0.5 ? pick(words) : `row ${j}`));
      const header = rand() < 0.4;
      const blankLines = rand() < 0.4 ? ('ignore' as const) : ('keep' as const);
      const engine = ENGINE_NAMES[i % 3];
      const seed = freshSeed();
      let source: LinesCodeRequest['source'] = { lines };
      if (i % 2) {
        // every other file holds the lines between others, as a block selected in a saved file
        const around = i % 4 === 3 ? ['before 1', 'before 2'] : [];
        const file = path.join(dir, `in${i}.txt`);
        fs.writeFileSync(file, [...around, ...lines, ...around].map((l, j) => l + (j % 3 === 0 ? '\r\n' : '\n')).join(''));
        source = around.length ? { path: file, from: { first: around.length, count: lines.length } } : { path: file };
      }
      const opts = { engine, seed, header, blankLines };
      const dataCount = lines.slice(header ? 1 : 0).filter((l) => blankLines === 'keep' || /[^ \t]/.test(l)).length;
      const op = i % 9 < 3 ? 'shuffle' : i % 9 < 6 ? 'sample' : 'split';
      try {
        if (op === 'shuffle') {
          want.push({ lines: shuffleLineList(lines, opts) });
          reqs.push({ op, engine, seed, source, header, blankLines });
        } else if (op === 'sample') {
          const k = Math.floor(rand() * (dataCount + 1));
          want.push({ sample: sampleLineList(lines, k, opts) });
          reqs.push({ op, engine, seed, k, source, header, blankLines });
        } else if (sklearn && dataCount >= 2) {
          const testSize = rand() < 0.5 ? 0.3 : BigInt(1 + Math.floor(rand() * (dataCount - 1)));
          want.push(splitLineList(lines, { seed, header, blankLines, testSize }) as unknown as Record<string, string[]>);
          reqs.push({ op, seed, testSize, source, header, blankLines });
        }
      } catch (e) {
        throw new Error(`core refused ${op} ${JSON.stringify(opts)}: ${e}`);
      }
    }
    const codes = reqs.map(linesCode);
    const py = runPythonSnippets(codes, ['lines', 'sample', 'train', 'test']);
    py.forEach((r, i) => {
      assert.ok(!('error' in r), `${codes[i]}\n${JSON.stringify(r)}`);
      if ('error' in r) return;
      for (const [k, v] of Object.entries(want[i])) assert.deepStrictEqual(r.vars[k], v, `${k}\n${codes[i]}`);
      // and prints it: one line per line, a split's parts each under a `# name: N lines` line
      const w = want[i];
      const printed = 'train' in w ? ['train', 'test'].map((k) => `# ${k}: ${w[k].length} lines\n${w[k].join('\n')}\n`).join('') : `${Object.values(w)[0].join('\n')}\n`;
      assert.strictEqual(r.stdout, printed, codes[i]);
    });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
