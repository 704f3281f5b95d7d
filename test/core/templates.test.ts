import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/runCli';
import type { CallSpec, EngineName } from '../../src/core/callSpec';
import { ENGINE_NAMES, ENGINES } from '../../src/core/engines';
import { PyError } from '../../src/core/errors';
import { reprString } from '../../src/core/format/formatValue';
import { compileTemplate, PyDict, RecordStream } from '../../src/core/template/compileTemplate';
import { parseTemplate } from '../../src/core/template/parseTemplate';
import { templateCode } from '../../src/core/template/templateCode';
import { TEMPLATE_LAYOUTS, templateDocument, templateRecords, templateText, type TemplateLayout } from '../../src/core/template/templateOutput';
import { broadcastCall } from '../support/broadcastCalls';
import type { Case } from '../support/case';
import { referenceAvailable } from '../support/python';
import { runPythonScripts } from '../support/pythonScripts';
import { randomRecipeCalls } from '../support/recipeCalls';
import { mulberry32, RUN_SEED } from '../support/seededRand';

const rand = mulberry32(RUN_SEED + 15);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const RECIPE_CALLS = randomRecipeCalls(rand);

/** The per-engine random call generators of the live differential test (random valid parameters). */
function engineCalls(engine: EngineName): string[] {
  const mod = require(path.resolve(__dirname, '../cases', `${engine}.js`)) as { randomCases: (r: () => number, count: number) => Case[] };
  return mod
    .randomCases(rand, 80)
    .map((c) => c.call)
    .concat(engine === 'python' ? [] : broadcastCalls(engine))
    .filter((call) => !call.startsWith('binomialvariate') && canDraw(engine, call));
}

/**
 * Calls whose field holds an array of a shape the call's row computes: broadcast distribution
 * parameters (one per row with float parameters), nested arrays permuted, a 2-D choice.
 */
function broadcastCalls(engine: EngineName): string[] {
  const rows = ENGINES[engine].calls.filter((r) => r.params.some((p) => p.type === 'float') && r.params.some((p) => p.name === 'size'));
  const nested = ['permutation([[1, 2, 3], [4, 5, 6]])', engine === 'numpy-generator' ? 'permuted([[1, 2], [3, 4], [5, 6]], axis=1)' : 'rand(2, 3)'];
  return [...rows.map((r) => broadcastCall(r as CallSpec, rand)), ...nested];
}

/** Whether a call makes a valid field here (some random cases are error cases or in-place calls). */
function canDraw(engine: EngineName, call: string): boolean {
  try {
    new RecordStream(compileTemplate(engine, `{"v": ${call}}`), '1').next();
    return true;
  } catch {
    return false;
  }
}

const KEYS = ['id', 'name', 'age', 'a b', 'it\'s', 'q"uote', 'comma,key', 'ünï', 'x:y', '#hash', 'new\nline', ''];
const CONSTANTS = ['None', 'True', 'False', '0', '-17', '10**3'.replace('**3', '00'), '2.5', '-0.0', '1e300', '1e400', "'Oslo'", '"with, comma"', "'say \"hi\"'", "'tab\\there'", "'line\\nbreak'", "'é€😀'", '[1, "a", None]', '(1, 2)', "''"];

/** A random template: 1-7 fields of calls (engine and recipes), constants and nested dicts/lists. */
function randomTemplate(engine: EngineName, calls: string[], depth = 0): string {
  const value = (): string => {
    const r = rand();
    if (r < 0.35 && calls.length > 0) return pick(calls);
    if (r < 0.65) return RECIPE_CALLS[pick(Object.keys(RECIPE_CALLS))]();
    if (r < 0.85 || depth > 1) return pick(CONSTANTS);
    return randomTemplate(engine, calls, depth + 1);
  };
  const count = int(1, 7);
  if (depth > 0 && rand() < 0.3) return `[${Array.from({ length: count }, value).join(', ')}]`;
  const keys = [...new Set(Array.from({ length: count }, () => pick(KEYS)))];
  const sep = pick([', ', ',\n  ', ',  # a comment, with: {brackets}\n']);
  return `{${keys.map((k) => `${rand() < 0.5 ? reprString(k) : JSON.stringify(k)}: ${value()}`).join(sep)}${rand() < 0.2 ? ',' : ''}}`;
}

function cli(args: string[], cwd = os.tmpdir()): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, cwd, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

suite(`record templates (run seed ${RUN_SEED})`, () => {
  test('a template is read without evaluating anything: strings, comments and brackets do not split fields', () => {
    const t = parseTemplate(`{
      "a": randint(1, 10),  # a comment: with, commas } and ]
      'b': ["x, y", '}', "]:"],
      "c": {"d": choice(['a', 'b']), 'e': [uuid4(), 5]},
      """f""": 'it\\'s',
    }`);
    assert.strictEqual(t.kind, 'dict');
    if (t.kind !== 'dict') return;
    assert.deepStrictEqual(t.keys, ['a', 'b', 'c', 'f']);
    assert.deepStrictEqual(t.values[0], { kind: 'call', text: 'randint(1, 10)' });
    assert.deepStrictEqual(t.values[1], { kind: 'const', value: ['x, y', '}', ']:'] });
    assert.strictEqual(t.values[2].kind, 'dict');
    assert.deepStrictEqual(t.values[3], { kind: 'const', value: "it's" });
  });

  test('bad templates: a specific error naming the problem', () => {
    const bad: [string, RegExp][] = [
      ['randint(1, 10)', /a template is a dict or list literal/],
      ['{}', /the template has no fields/],
      ['{"a": 1, "a": 2}', /duplicate key "a"/],
      ['{1: randint(1, 2)}', /a key must be a string literal/],
      ['{"a": randint(1, 2)', /was never closed/],
      ['{"a": "open}', /unterminated string literal/],
      ['{"a": randint(1, 2) "b": 3}', /template value/],
      ['{"a": }', /expected a value/],
      ['{"a": shuffle([1, 2])}', /shuffles in place and returns None/],
      ['{"a": no_such_call()}', /template value no_such_call\(\): AttributeError|has no attribute 'no_such_call'/],
      ['{"a": randint(5, 1)}', /./],
      ['{"a": date("2020-01-02", "2020-01-01")}', /end '2020-01-01' is before start/],
      ['{"a": ' + '['.repeat(100) + '1' + ']'.repeat(100) + '}', /./],
      ['{"a": bytes(3)}', /bytes are not supported by this tool in templates/],
      ['{"a": normal([0, 1], [1, 2, 3])}', /template value normal\(\[0, 1\], \[1, 2, 3\]\): shape mismatch/],
      ['{' + Array.from({ length: 1001 }, (_, i) => `"k${i}": ${i}`).join(', ') + '}', /more than 1000 fields/],
    ];
    for (const engine of ENGINE_NAMES) {
      for (const [text, re] of bad) {
        if (engine === 'python' && /bytes|normal/.test(text)) continue; // NumPy calls
        assert.throws(() => templateText({ engine, seed: '1', template: text, n: 2, layout: 'json' }), (e: unknown) => e instanceof PyError && re.test(e.toString()), `${engine}: ${text.slice(0, 80)}`);
      }
    }
    assert.throws(() => templateText({ engine: 'python', seed: '1', template: '[randint(1, 2)]', n: 1, layout: 'sql' }), /sql layout needs a dict template/);
    assert.throws(() => templateText({ engine: 'python', seed: '1', template: '{"a": 1}', n: 10_000_001, layout: 'json' }), /more than this tool generates at once/);
    assert.throws(() => templateText({ engine: 'python', seed: '1', template: 'x'.repeat(100_001), n: 1, layout: 'json' }), /longer than 100000 characters/);
  });

  test('records are drawn field by field, row by row, from one stream', () => {
    for (const engine of ENGINE_NAMES) {
      const call = engine === 'numpy-generator' ? 'integers(0, 1000)' : 'randint(0, 999)';
      const compiled = compileTemplate(engine, `{"a": ${call}, "b": {"c": ${call}}, "d": [${call}, 7]}`);
      const s = new RecordStream(compiled, '42');
      const flat: bigint[] = [];
      for (let i = 0; i < 5; i++) {
        const rec = s.next() as PyDict;
        flat.push(rec.values[0] as bigint, ((rec.values[1] as PyDict).values[0]) as bigint, (rec.values[2] as bigint[])[0]);
      }
      const single = new RecordStream(compileTemplate(engine, `[${call}]`), '42');
      const expected = Array.from({ length: 15 }, () => (single.next() as bigint[])[0]);
      assert.deepStrictEqual(flat, expected, engine);
    }
  });

  test('Generator multinomial with a 2-D pvals: one row of counts per pvals row, nested as .tolist() gives it', () => {
    // Regression (CI run seed unknown): the rows were laid out flat ([7, 7] for [[1.0], [1.0]]).
    const s = new RecordStream(compileTemplate('numpy-generator', '{"m": multinomial(7, [[0.5, 0.5], [1.0, 0.0], [0.0, 1.0]])}'), '3');
    const m = (s.next() as PyDict).values[0] as bigint[][];
    assert.deepStrictEqual(m.map((row) => row.length), [2, 2, 2]);
    assert.deepStrictEqual(m.slice(1), [[7n, 0n], [0n, 7n]]);
    assert.strictEqual(m[0][0] + m[0][1], 7n);
    const one = new RecordStream(compileTemplate('numpy-generator', '{"m": multinomial(7, [[1.0], [1.0]])}'), '3');
    assert.deepStrictEqual((one.next() as PyDict).values[0], [[7n], [7n]]);
  });

  test('the document streams in chunks that join to the whole, and records mode is one record per cursor', () => {
    const req = { engine: 'python', seed: '3', template: '{"id": uuid4(), "n": randint(1, 6)}', n: 25, layout: 'csv' as TemplateLayout };
    const chunks = [...templateDocument(req, 4)];
    assert.ok(chunks.length > 5);
    assert.strictEqual(chunks.join(''), templateText(req));
    const lines = templateText(req).split('\n');
    assert.strictEqual(lines[0], 'id,n');
    assert.deepStrictEqual(templateRecords(req), lines.slice(1, 26));
  });

  for (const engine of ENGINE_NAMES) {
    test(`${engine}: random templates in every layout — the copied Python prints exactly the document and the inserted records (live)`, function () {
      if (!referenceAvailable(engine !== 'python')) this.skip();
      const calls = engineCalls(engine);
      const runs: { label: string; expected: string; code: string }[] = [];
      for (let i = 0; i < 40; i++) {
        const template = randomTemplate(engine, calls);
        const layout = pick(TEMPLATE_LAYOUTS);
        const seed = String(Math.floor(rand() * 2 ** 32));
        const req = { engine, seed, template: layout === 'sql' && !template.startsWith('{') ? `{"v": ${template}}` : template, n: int(1, 12), layout, table: pick([undefined, 'people', 'my table']) };
        let expected: string;
        try {
          expected = templateText(req);
        } catch (e) {
          if (e instanceof PyError) continue; // a random call that fails on a later draw (e.g. an empty choice)
          throw e;
        }
        const label = `${engine} --seed ${seed} -n ${req.n} --layout ${layout} ${req.template}`;
        runs.push({ label, expected, code: templateCode(req) });
        runs.push({ label: `${label} (records)`, expected: templateRecords(req).map((r) => r + '\n').join(''), code: templateCode({ ...req, mode: 'records' }) });
      }
      // arguments and seeds written with the call language's names: the copied Python imports them
      const named: Record<EngineName, [string, string]> = {
        python: ['2**40', '{"a": choice(string.digits), "b": randint(1, 10**9), "c": uniform(0, math.pi), "e": "\\N{BULLET}"}'],
        numpy: ['7', '{"a": choice(list(string.digits)), "b": randint(1, 2**31), "c": uniform(0, np.pi)}'],
        'numpy-generator': ['np.arange(3)', '{"a": choice(np.arange(5)), "b": integers(1, 10**9), "c": uniform(0, math.pi)}'],
      };
      for (const layout of TEMPLATE_LAYOUTS) {
        const req = { engine, seed: named[engine][0], template: named[engine][1], n: 3, layout };
        runs.push({ label: `${engine} ${layout} ${req.template}`, expected: templateText(req), code: templateCode(req) });
      }
      assert.ok(runs.length >= 40, `only ${runs.length} runs`);
      const py = runPythonScripts(runs.map((r) => r.code));
      runs.forEach((r, i) => assert.deepStrictEqual(py[i], { stdout: r.expected }, `${r.label}\n${r.code}`));
    });
  }

  test('CLI: seeded-random template prints the document; --code prints its Python; saved templates by name; usage errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeded-template-'));
    try {
      fs.mkdirSync(path.join(dir, '.vscode'));
      fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'seededRandom.seed': 5, 'seededRandom.engine': 'python', 'seededRandom.templates': { users: '{"id": uuid4(), "age": randint(18, 90)}' } }));
      const byName = cli(['template', '-n', '3', '--layout', 'jsonl', 'users'], dir);
      assert.strictEqual(byName.code, 0, byName.err);
      assert.strictEqual(byName.out, templateText({ engine: 'python', seed: '5', template: '{"id": uuid4(), "age": randint(18, 90)}', n: 3, layout: 'jsonl' }));
      const code = cli(['template', '-n', '3', '--layout', 'jsonl', '--code', 'users'], dir);
      assert.match(code.out, /^random\.seed\(5\)$/m);
      assert.match(cli(['template', 'nope'], dir).err, /neither a template .* nor the name of one saved in seededRandom.templates/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const sql = cli(['template', '--seed', '1', '-n', '2', '--layout', 'sql', '--table', 'people', '{"name": string(5), "ok": bool()}']);
    assert.strictEqual(sql.code, 0, sql.err);
    assert.match(sql.out, /^INSERT INTO people \(name, ok\) VALUES \('[A-Za-z]{5}', (TRUE|FALSE)\);\n/);
    for (const [args, re] of [
      [['template', '--seed', '1', '--layout', 'xml', '{"a": 1}'], /--layout must be one of json, jsonl, csv, python, sql/],
      [['template', '--seed', '1', '--table', 't', '{"a": 1}'], /--table applies to --layout sql only/],
      [['template', '--seed', '1'], /missing TEMPLATE/],
      [['template', '--seed', '1', '-n', '0', '{"a": 1}'], /-n must be a positive integer/],
      [['template', '--seed', '1', '{"a": randint()}'], /template value randint\(\)/],
    ] as [string[], RegExp][]) {
      const r = cli(args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, re);
      assert.strictEqual(r.out, '');
    }
    assert.match(cli(['template', '--help']).out, /usage: seeded-random template/);
  });
});
