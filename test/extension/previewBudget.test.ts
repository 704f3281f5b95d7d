import * as assert from 'assert';
import type { CallSpec, Engine, EngineName } from '../../src/core/callSpec';
import { ENGINES, ENGINE_NAMES } from '../../src/core/engines';
import { callWork, PREVIEW_BUDGET, PREVIEW_SKIPPED } from '../../src/core/layout/previewBudget';
import { recipeCalls } from '../../src/core/recipes/recipeCalls';
import { prepareCall } from '../../src/core/run';
import { generatePreview } from '../../src/extension/plain/generatePlan';
import { PREVIEW_TEXTS, previewDraw } from '../../src/extension/plain/preview';
import type { DrawRequest } from '../../src/extension/plain/drawTexts';
import { MAX_SETTINGS_BYTES } from '../../src/cli/settings';
import { MAX_STDIN_BYTES } from '../../src/cli/linesCommand';
import { MAX_NOTEBOOK_LENGTH } from '../../src/core/annotate/notebookCells';
import { CONFIRM_ABOVE, MAX_DOCUMENT_VALUES, MAX_VALUES_PER_CALL } from '../../src/core/layout/checkCount';
import { MAX_FORMAT_DIGITS } from '../../src/core/format/numberFormat';
import { MAX_GETRANDBITS } from '../../src/core/python';
import { MAX_RECIPE_SIZE } from '../../src/core/recipes/recipeTable';
import { MAX_SEED_CHARS } from '../../src/core/seedText';
import { MAX_RECORDS } from '../../src/core/template/templateOutput';
import { MAX_TEMPLATE_FIELDS, MAX_TEMPLATE_LENGTH } from '../../src/core/template/parseTemplate';
import * as fs from 'fs';
import * as path from 'path';

/*
 * Issue #14: the prompts' previews run on the extension host on every keystroke, so a call whose
 * work (values, or hidden work such as a permutation of n) is beyond the core's PREVIEW_BUDGET is
 * not run for them; they say "preview skipped (large call)…" instead. These calls took 5–20 s.
 */

const req = (engine: EngineName, call: string, count = 1): DrawRequest => ({
  engine,
  seed: '1',
  call,
  count,
  fill: 'each',
  format: { style: 'repr' },
  arrays: 'lines',
  eol: '\n',
});

const hundred = (x: string) => `[${Array(100).fill(x).join(', ')}]`;
const thousand = (x: string) => `[${Array(1000).fill(x).join(', ')}]`;

/**
 * Calls beyond the budget by their values or by the hidden work their row declares (`work`), one
 * or more per row that declares it; `small` is the same call scaled down below the budget, which
 * previews (so the estimate follows the argument, not the call's name).
 */
const LARGE: { engine: EngineName; call: string; small: string; count?: number }[] = [
  { engine: 'numpy', call: 'permutation(10000000)', small: 'permutation(1000)' },
  { engine: 'numpy', call: 'random(size=10000000)', small: 'random(size=1000)' },
  { engine: 'numpy', call: 'rand(1000, 1000)', small: 'rand(10, 100)' },
  { engine: 'numpy', call: 'choice(100000000, 5, replace=False)', small: 'choice(1000, 5, replace=False)' },
  { engine: 'numpy', call: `choice(1000, 1000, replace=False, p=${thousand('0.001')})`, small: `choice(1000, 5, replace=False, p=${thousand('0.001')})` },
  { engine: 'numpy', call: `multinomial(1, ${hundred('0.01')}, size=100000)`, small: `multinomial(1, ${hundred('0.01')}, size=10)` },
  { engine: 'numpy', call: `dirichlet(${hundred('1')}, size=100000)`, small: `dirichlet(${hundred('1')}, size=10)` },
  { engine: 'numpy', call: 'multivariate_normal([0, 0], [[1, 0], [0, 1]], size=1000000)', small: 'multivariate_normal([0, 0], [[1, 0], [0, 1]], size=10)' },
  { engine: 'numpy', call: 'bytes(10000000)', small: 'bytes(1000)' },
  { engine: 'numpy', call: 'zipf(1.0000001)', small: 'zipf(1.5, size=1000)' }, // ~230,000 rounds of 2 draws a value
  { engine: 'numpy-generator', call: 'permutation(10000000)', small: 'permutation(1000)' },
  { engine: 'numpy-generator', call: 'choice(10000000, 1000000, replace=False)', small: 'choice(10000000, 1000, replace=False)' },
  { engine: 'numpy-generator', call: `choice(1000, 1000, replace=False, p=${thousand('0.001')})`, small: `choice(1000, 5, replace=False, p=${thousand('0.001')})` },
  { engine: 'numpy-generator', call: `multinomial(1, ${hundred('0.01')}, size=100000)`, small: `multinomial(1, ${hundred('0.01')}, size=10)` },
  { engine: 'numpy-generator', call: `dirichlet(${hundred('1')}, size=100000)`, small: `dirichlet(${hundred('1')}, size=10)` },
  { engine: 'numpy-generator', call: 'multivariate_normal([0, 0], [[1, 0], [0, 1]], size=1000000)', small: 'multivariate_normal([0, 0], [[1, 0], [0, 1]], size=10)' },
  { engine: 'numpy-generator', call: "multivariate_hypergeometric([10000000, 10000000], 5, method='count')", small: "multivariate_hypergeometric([1000, 1000], 5, method='count')" },
  { engine: 'numpy-generator', call: `multivariate_hypergeometric(${hundred('5')}, 5, size=100000)`, small: `multivariate_hypergeometric(${hundred('5')}, 5, size=10)` },
  { engine: 'numpy-generator', call: 'bytes(10000000)', small: 'bytes(1000)' },
  { engine: 'python', call: 'choices([1, 2], k=1000000)', small: 'choices([1, 2], k=1000)' },
  { engine: 'python', call: 'sample([1, 2], 1000000, counts=[1000000, 1000000])', small: 'sample([1, 2], 10, counts=[1000000, 1000000])' },
  { engine: 'python', call: 'getrandbits(100000)', small: 'getrandbits(1000)', count: PREVIEW_TEXTS }, // the cap: one alone fits
  { engine: 'python', call: 'randbytes(10000000)', small: 'randbytes(1000)' },
  { engine: 'python', call: 'token_hex(1000000)', small: 'token_hex(16)' },
  { engine: 'python', call: 'token_urlsafe(1000000)', small: 'token_urlsafe(16)' },
  { engine: 'python', call: 'string(1000000)', small: 'string(8)' },
  { engine: 'python', call: 'hex(1000000)', small: 'hex(32)' },
];

suite('preview budget: previews never run a large call on the extension host', () => {
  test('the issue\'s calls and one per row declaring hidden work: skipped with the reason (Insert and Generate); scaled down, previewed', () => {
    for (const { engine, call, small, count = 1 } of LARGE) {
      const where = `${engine} ${call}`;
      const preview = previewDraw(req(engine, call, count), 80);
      assert.ok(preview.startsWith(`${PREVIEW_SKIPPED}: about `), `${where}: ${preview.slice(0, 100)}`);
      assert.match(preview, /draws, more than a preview makes \(50,000\); the insertion still makes them$/);
      assert.ok(generatePreview({ engine, seed: '1', call, format: { style: 'repr' } }).startsWith(PREVIEW_SKIPPED), where);
      assert.ok(callWork(prepareCall(engine, small)) * PREVIEW_TEXTS <= PREVIEW_BUDGET, `${engine} ${small}`);
      assert.ok(!previewDraw(req(engine, small, PREVIEW_TEXTS), 80).startsWith(PREVIEW_SKIPPED), `${engine} ${small}`);
    }
  });

  test('every row that declares hidden work (CallSpec.work) has a large call above, in every engine it is in', () => {
    const rows: [EngineName, CallSpec<Engine>][] = [];
    for (const e of ENGINE_NAMES) {
      for (const spec of [...ENGINES[e].calls, ...(e === 'python' ? recipeCalls(e) : [])] as CallSpec<Engine>[]) if (spec.work) rows.push([e, spec]);
    }
    assert.ok(rows.length >= 15, `${rows.length} rows`);
    for (const [e, spec] of rows) {
      assert.ok(LARGE.some((l) => l.engine === e && l.call.startsWith(`${spec.name}(`)), `${e} ${spec.name}`);
    }
  });

  test('every row\'s example (and every recipe) previews within the budget, never skipped', () => {
    for (const e of ENGINE_NAMES) {
      for (const spec of [...ENGINES[e].calls, ...recipeCalls(e)] as CallSpec<Engine>[]) {
        const call = prepareCall(e, spec.example);
        assert.ok(callWork(call) * PREVIEW_TEXTS <= PREVIEW_BUDGET, `${e} ${spec.example}: ${callWork(call)}`);
        assert.ok(!previewDraw(req(e, spec.example, 3), 80).startsWith(PREVIEW_SKIPPED), `${e} ${spec.example}`);
      }
    }
  });

  test('many selections add up: 8 previewed calls of an eighth of the budget and more are skipped', () => {
    assert.ok(previewDraw(req('numpy', `random(size=${PREVIEW_BUDGET / 4})`, 8), 80).startsWith(PREVIEW_SKIPPED));
    assert.ok(!previewDraw(req('numpy', `random(size=${PREVIEW_BUDGET / 16})`, 8), 80).startsWith(PREVIEW_SKIPPED));
    // fill 'same' makes one call whatever the selections
    assert.ok(!previewDraw({ ...req('numpy', `random(size=${PREVIEW_BUDGET / 4})`, 8), fill: 'same' }, 80).startsWith(PREVIEW_SKIPPED));
  });

  test('errors still show before the budget: the seed first, then the call, its parameters and the caps', () => {
    assert.throws(() => previewDraw({ ...req('numpy', 'random(size=10000000)'), seed: '-1' }, 80), /Seed must be between/);
    assert.throws(() => previewDraw(req('numpy', 'randint(5, 1, size=10000000)'), 80), /low >= high|high <= low/);
    assert.throws(() => previewDraw(req('numpy', 'random(size=100000000)'), 80), /at most 10,000,000 per call/);
    assert.throws(() => previewDraw(req('numpy', 'rand(100000, 1000)'), 80), /at most 10,000,000 per call/);
    assert.throws(() => generatePreview({ engine: 'numpy', seed: '1', call: 'random(size=100000000)', format: { style: 'repr' } }), /at most 10,000,000 per call/);
    assert.throws(() => previewDraw(req('python', 'getrandbits(1000000)'), 80), /not supported by this tool/);
  });
});

suite('README "Limits and safety" says the numbers the code has', () => {
  test('every exported cap appears in the section, as the code sets it', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const start = readme.indexOf('## Limits and safety');
    assert.ok(start >= 0, 'the section exists');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
    const g = (n: number) => n.toLocaleString('en-US');
    const expected: [string, string][] = [
      ['MAX_SEED_CHARS', g(MAX_SEED_CHARS)],
      ['MAX_VALUES_PER_CALL', g(MAX_VALUES_PER_CALL)],
      ['CONFIRM_ABOVE', g(CONFIRM_ABOVE)],
      ['MAX_DOCUMENT_VALUES', g(MAX_DOCUMENT_VALUES)],
      ['MAX_GETRANDBITS', `k ≤ ${g(MAX_GETRANDBITS)}`],
      ['MAX_RECIPE_SIZE', g(MAX_RECIPE_SIZE)],
      ['MAX_TEMPLATE_LENGTH', `${g(MAX_TEMPLATE_LENGTH)} characters`],
      ['MAX_TEMPLATE_FIELDS', `${g(MAX_TEMPLATE_FIELDS)} fields`],
      ['MAX_RECORDS', `${g(MAX_RECORDS)} records`],
      ['MAX_FORMAT_DIGITS', `${MAX_FORMAT_DIGITS} digits`],
      ['MAX_SETTINGS_BYTES', `${MAX_SETTINGS_BYTES / 1024 / 1024} MiB`],
      ['MAX_STDIN_BYTES', `${MAX_STDIN_BYTES / 1024 / 1024} MiB`],
      ['MAX_NOTEBOOK_LENGTH', `${g(MAX_NOTEBOOK_LENGTH)} characters`],
      ['PREVIEW_BUDGET', `above ${g(PREVIEW_BUDGET)} draws`],
    ];
    for (const [name, text] of expected) assert.ok(section.includes(text), `${name}: README should say ${text}`);
  });
});
