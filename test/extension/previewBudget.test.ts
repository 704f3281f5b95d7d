import * as assert from 'assert';
import type { CallSpec, Engine, EngineName } from '../../src/core/callSpec';
import { ENGINES, ENGINE_NAMES } from '../../src/core/engines';
import { callWork, PREVIEW_BUDGET, PREVIEW_SKIPPED } from '../../src/core/layout/previewBudget';
import { recipeCalls } from '../../src/core/recipes/recipeCalls';
import { prepareCall } from '../../src/core/run';
import { generatePreview } from '../../src/extension/plain/generatePlan';
import { PREVIEW_TEXTS, previewDraw } from '../../src/extension/plain/preview';
import type { DrawRequest } from '../../src/extension/plain/drawTexts';

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
      assert.match(preview, /draws, more than a preview makes \(100,000\); the insertion still makes them$/);
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
