import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { EngineName } from '../../src/core/callSpec';
import { drawTexts, MAX_INSERT_VALUES, TooManyValues, type DrawRequest } from '../../src/extension/plain/drawTexts';
import { CONFIRM_ABOVE, MAX_DOCUMENT_VALUES, MAX_VALUES_PER_CALL } from '../../src/core/layout/checkCount';
import { formatCallResult } from '../../src/extension/plain/formatDraw';
import { previewText } from '../../src/extension/plain/preview';
import { callName, callSignature, prefillCall } from '../../src/extension/plain/callSignature';
import { statusText } from '../../src/extension/plain/config';
import { ENGINES, ENGINE_NAMES } from '../../src/core/engines';
import { PyError } from '../../src/core/errors';
import { createEngine, prepareCall, runPrepared } from '../../src/core/run';
import { parseNumberFormat } from '../../src/core/format/numberFormat';

/** Pinned values from NumPy/Python (scripts/fixtures/make_integration_fixtures.py), shared with the integration tests. */
const EXPECTED: Record<string, { engine: EngineName; seed: string; call: string; n: number; values?: string[]; error?: string; format?: string; formatted?: string[] }> =
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../test/integration/expected.json'), 'utf8')).cases;

const req = (id: string, over: Partial<DrawRequest> = {}): DrawRequest => {
  const c = EXPECTED[id];
  return { engine: c.engine, seed: c.seed, call: c.call, count: c.n, fill: 'each', format: { style: 'repr' }, arrays: 'literal', eol: '\n', ...over };
};

/** Whether the engine has its calls yet (engines land one by one). */

const base = (engine: EngineName, call: string): DrawRequest => ({ engine, seed: '12345', call, count: 1, fill: 'each', format: { style: 'repr' }, arrays: 'literal', eol: '\n' });

/** The draw made the plain way: one `runPrepared` call per selection, each printed by `formatCallResult`. */
function oneCallEach(r: DrawRequest): { texts: string[]; state: unknown } {
  const engine = createEngine(r.engine, r.seed);
  const call = prepareCall(r.engine, r.call);
  const texts = Array.from({ length: r.count }, () => formatCallResult(runPrepared(engine, call, 1), r.format, r.arrays, r.eol, r.literal, call.shape));
  return { texts, state: engine.getState() };
}

suite('extension: the draw (what is previewed is what is inserted)', () => {
  // the insertion cases (the file also holds line-command and generated-document cases)
  for (const [id, c] of Object.entries(EXPECTED).filter(([, c]) => typeof c.call === 'string' && typeof c.n === 'number' && (c.values || c.error) && !('layout' in c))) {
    test(`${id}: ${c.engine} seed ${c.seed}, ${c.call} × ${c.n} selections`, function () {
      if (c.error) {
        assert.throws(() => drawTexts(req(id)), (e: unknown) => e instanceof PyError && e.toString() === c.error);
        return;
      }
      // one value per line for calls returning several: the values exactly as Python prints them
      const perCall = c.values!.length / c.n;
      const want = Array.from({ length: c.n }, (_, i) => c.values!.slice(i * perCall, (i + 1) * perCall).join('\n'));
      assert.deepStrictEqual(drawTexts(req(id, { arrays: 'lines' })).texts, want);
      if (c.formatted) {
        assert.deepStrictEqual(drawTexts(req(id, { format: parseNumberFormat(c.format)! })).texts, c.formatted);
      }
    });
  }

  test('a preview is a prefix of the full draw; fill "same" makes one call', function () {
    const full = drawTexts(req('numpy-continue-6'));
    assert.deepStrictEqual(drawTexts(req('numpy-continue-6'), 2).texts, full.texts.slice(0, 2));
    const same = drawTexts(req('numpy-continue-6', { fill: 'same' }));
    assert.deepStrictEqual(same.texts, Array(6).fill(EXPECTED['numpy-continue-6'].values![0]));
  });

  test('calls with a bulk path draw all selections at once: same texts and state as one call per selection', () => {
    const formats = [{ style: 'repr' }, parseNumberFormat('.3f')!, parseNumberFormat(',.6g')!] as DrawRequest['format'][];
    for (const [engine, spec] of Object.entries(ENGINES) as [EngineName, (typeof ENGINES)[EngineName]][]) {
      for (const c of spec.calls.filter((c) => c.column)) {
        const withSize = (size: string) => c.example.replace(/\)$/, `${c.example.endsWith('()') ? '' : ', '}size=${size})`);
        const calls = [c.example, withSize('0'), withSize('1'), withSize('(2, 2)')].filter((t) => {
          try {
            drawTexts({ ...base(engine, t), count: 1 });
            return true;
          } catch {
            return false; // e.g. randint's required bounds: the example covers it
          }
        });
        for (const call of calls) {
          for (const count of [0, 1, 7, 700]) {
            for (const format of formats) {
              for (const arrays of ['literal', 'comma', 'lines'] as const) {
                const r: DrawRequest = { ...base(engine, call), count, format, arrays };
                const bulk = drawTexts(r);
                const single = oneCallEach(r);
                assert.deepStrictEqual(bulk.texts, single.texts, `${engine} ${call} × ${count}`);
                assert.deepStrictEqual(bulk.state, single.state, `${engine} ${call} × ${count}: state`);
              }
            }
          }
        }
      }
    }
  });

  test('continue: resuming from the returned state gives the next values', function () {
    const v = EXPECTED['numpy-continue-6'].values!;
    const first = drawTexts(req('numpy-continue-6', { count: 3 }));
    const next = drawTexts(req('numpy-continue-6', { count: 3, resume: first.state }));
    assert.deepStrictEqual([...first.texts, ...next.texts], v);
  });

  test('.2f formats floats exactly as Python (pinned)', function () {
    const c = EXPECTED['numpy-random-3-2f'];
    assert.deepStrictEqual(drawTexts(req('numpy-random-3-2f', { format: { style: 'fixed', decimals: 2 } })).texts, c.formatted);
  });

  test('too many values are refused before any work: the core caps (per call, per document), and one edit at most CONFIRM_ABOVE', () => {
    const overInsert = Math.floor(MAX_INSERT_VALUES / 2) + 1; // two selections of it exceed one insertion
    for (const engine of ENGINE_NAMES) {
      const call = (n: number) => (engine === 'python' ? `choices([1, 2], k=${n})` : `random(size=${n})`);
      const draw = (n: number, count: number) => () => drawTexts({ ...req('numpy-random-3'), engine, seed: '1', call: call(n), count });
      assert.throws(draw(overInsert, 2), (e: unknown) => e instanceof TooManyValues && /Generate into a New Document/.test(e.message), engine);
      assert.throws(draw(MAX_VALUES_PER_CALL + 1, 1), (e: unknown) => e instanceof PyError && /per call/.test(e.message), engine);
      assert.throws(draw(1000, MAX_DOCUMENT_VALUES / 1000 + 1), (e: unknown) => e instanceof TooManyValues && /CLI/.test(e.message), engine);
    }
    assert.strictEqual(MAX_INSERT_VALUES, CONFIRM_ABOVE);
  });
});

suite('extension: texts shown to the user', () => {
  test('array styles', () => {
    assert.strictEqual(formatCallResult([1n, 2n], { style: 'repr' }, 'literal'), '[1, 2]');
    assert.strictEqual(formatCallResult(['a', 'b'], { style: 'repr' }, 'literal'), "['a', 'b']");
    assert.strictEqual(formatCallResult(['a', 'b'], { style: 'repr' }, 'literal', '\n', 'json'), '["a", "b"]');
    assert.strictEqual(formatCallResult([1n, NaN], { style: 'repr' }, 'literal', '\n', 'numpy'), 'np.array([1, np.nan])');
    assert.strictEqual(formatCallResult(['a,b', 2n], { style: 'repr' }, 'literal', '\n', 'csv'), '"a,b",2');
    assert.strictEqual(formatCallResult(['a', 'b'], { style: 'repr' }, 'comma'), 'a, b');
    assert.strictEqual(formatCallResult([0.5, 2], { style: 'fixed', decimals: 1 }, 'lines', '\r\n'), '0.5\r\n2.0');
    assert.strictEqual(formatCallResult(['x'], { style: 'repr' }, 'literal'), 'x');
    assert.strictEqual(formatCallResult([3n], { style: 'fixed', decimals: 2 }, 'literal'), '3', 'integers stay exact');
  });

  test('previews fit one line and say how many values there are', () => {
    assert.strictEqual(previewText(['3', '7', '1']), '3, 7, 1');
    assert.strictEqual(previewText(['3', '7'], 100), '3, 7, … (100 values)');
    assert.strictEqual(previewText([], 0), '(no selection)');
    assert.strictEqual(previewText(['1\n2']), '1⏎2');
    const long = previewText(Array(50).fill('0.5488135039273248'), 50, 60);
    assert.ok(long.length < 90 && long.endsWith('(50 values)'), long);
  });

  test('call signatures and prefills from the declarative table', () => {
    for (const name of ENGINE_NAMES) {
      for (const spec of ENGINES[name].calls) {
        const sig = callSignature(spec);
        assert.ok(sig.startsWith(`${spec.name}(`) && sig.endsWith(')'), sig);
        assert.strictEqual(callName(spec.example), spec.name, `${name}.${spec.name}: example calls itself`);
      }
    }
    const spec = { name: 'choices', example: 'choices([1, 2])', params: [
      { name: 'population', type: 'any' as const },
      { name: 'weights', type: 'any' as const, default: null },
      { name: 'k', type: 'int' as const, default: 1n, kwOnly: true },
    ] };
    assert.strictEqual(callSignature(spec), 'choices(population, weights=None, *, k=1)');
    assert.strictEqual(prefillCall(spec, 'np.random.choices([3])'), 'np.random.choices([3])');
    assert.strictEqual(prefillCall(spec, 'randint(1, 2)'), 'choices([1, 2])');
    assert.strictEqual(statusText('numpy', '101', 'restart'), 'numpy · 101');
    assert.ok(statusText('numpy', '1'.repeat(40), 'continue').endsWith('… ⟳'));
  });
});
