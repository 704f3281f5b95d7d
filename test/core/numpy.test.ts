import * as assert from 'assert';
import { PyError } from '../../src/core/errors';
import { numpyEngine } from '../../src/core/numpy';
import type { RandomState } from '../../src/core/numpy/RandomState';
import { createEngine, prepareCall, runPrepared } from '../../src/core/run';
import type { Json, PyObj } from '../../src/core/types';
import { referenceAvailable } from '../support/python';
import { runPythonJson } from '../support/python';

/*
 * What the pinned fixtures and the live differential test do not show for the `numpy` engine:
 * state snapshots taken with the polar method's second Gaussian pending, the MT19937 key that
 * seeding produces (compared with `np.random.get_state()` of the live NumPy), and the engine's
 * `has_gauss`/`gauss` against NumPy's after the same calls. No expected value is typed here:
 * each comes from this engine itself (round trips) or from live NumPy; live checks skip
 * themselves when NumPy is not available.
 */



/** Make `call` `n` times on `engine` (parsing and binding as the CLI does). */
function draw(engine: RandomState, call: string, n = 1): PyObj[] {
  return runPrepared(engine, prepareCall('numpy', call), n);
}

const rand32 = () => String(Math.floor(Math.random() * 2 ** 32));

suite('numpy engine (legacy RandomState)', () => {
  suite('state snapshots', () => {
    const MIXED = ['standard_normal()', 'random()', 'normal(3, 2, size=3)', 'randint(0, 1099511627776)', 'gamma(2.5)', 'binomial(100, 0.3)', 'standard_cauchy()'];

    test('a snapshot taken with the second Gaussian pending restores it and the stream', () => {
      const a = createEngine('numpy', rand32()) as RandomState;
      draw(a, 'standard_normal()', 3); // an odd count leaves f·x1 cached
      assert.strictEqual(a.hasGauss, true, 'the polar method caches its second value');
      const snap = JSON.parse(JSON.stringify(a.getState())) as Json; // as stored in workspace state
      const want = MIXED.flatMap((c) => draw(a, c, 3));
      const b = numpyEngine.create(0n);
      b.setState(snap);
      assert.strictEqual(b.hasGauss, true);
      const got = MIXED.flatMap((c) => draw(b, c, 3));
      assert.deepStrictEqual(got, want);
    });

    test('restoring a snapshot without a pending Gaussian clears one that is pending', () => {
      const a = createEngine('numpy', '[1, 2, 3]') as RandomState;
      draw(a, 'standard_normal()', 2);
      assert.strictEqual(a.hasGauss, false);
      const snap = a.getState();
      const want = draw(a, 'standard_normal()', 5);
      const b = createEngine('numpy', '7') as RandomState;
      draw(b, 'standard_normal()'); // b now has a cached value of its own
      assert.strictEqual(b.hasGauss, true);
      b.setState(snap);
      assert.deepStrictEqual(draw(b, 'standard_normal()', 5), want);
    });

    test('re-seeding resets the cached Gaussian, as np.random.seed does', () => {
      const seed = rand32();
      const fresh = draw(createEngine('numpy', seed) as RandomState, 'standard_normal(size=4)');
      const a = createEngine('numpy', rand32()) as RandomState;
      draw(a, 'standard_normal()');
      const reseeded = numpyEngine.create(BigInt(seed));
      assert.strictEqual(reseeded.hasGauss, false);
      assert.deepStrictEqual(draw(reseeded, 'standard_normal(size=4)'), fresh);
    });

    test('a malformed snapshot is refused rather than half-applied', () => {
      const a = createEngine('numpy', '5') as RandomState;
      assert.throws(() => a.setState({ mt19937: { key: [1, 2], pos: 0 }, hasGauss: false, gauss: 0 }));
      assert.throws(() => a.setState({ hasGauss: 'yes' } as unknown as Json));
    });
  });

  suite('seeding errors are PyErrors in NumPy\'s words', () => {
    test('every bad seed raises a PyError, never a crash', () => {
      for (const s of ['-1', '4294967296', '1.5', "'abc'", '[]', '[[1, 2]]', '[1, -1]', '[1.5]', '[1, 18446744073709551616]']) {
        assert.throws(() => createEngine('numpy', s), (e: unknown) => e instanceof PyError, s);
      }
    });
  });

  suite('where NumPy never returns', () => {
    test('zipf(a) with a >= 1025 raises instead of looping forever as legacy NumPy does', () => {
      for (const a of ['1025', '2000', '1e308']) {
        assert.throws(() => draw(createEngine('numpy', rand32()) as RandomState, `zipf(${a})`), (e: unknown) => e instanceof PyError, a);
      }
      // just below the limit it still draws (b = 2**(a-1) is finite)
      assert.strictEqual(draw(createEngine('numpy', rand32()) as RandomState, 'zipf(1024, size=3)').length, 3);
    });

    test('vonmises with kappa so large that s rounds to 1 raises instead of looping forever', () => {
      for (const k of ['1e17', '1e100', '1e200']) {
        assert.throws(() => draw(createEngine('numpy', rand32()) as RandomState, `vonmises(0, ${k})`), (e: unknown) => e instanceof PyError, k);
      }
      assert.strictEqual(draw(createEngine('numpy', rand32()) as RandomState, 'vonmises(0, 1e16, size=3)').length, 3);
    });
  });

  suite('against live NumPy', function () {
    this.timeout(60_000);

    test('seeding gives the MT19937 key and position of np.random.get_state()', function () {
      if (!referenceAvailable()) this.skip();
      const seeds = ['0', '1', '101', '4294967295', rand32(), rand32(), '[0]', '[1, 2, 3]', '(4294967295, 0, 7)', `[${Array.from({ length: 700 }, rand32).join(', ')}]`];
      const ref = runPythonJson(
        `import json, sys, ast, numpy as np
out = []
for s in json.load(sys.stdin):
    np.random.seed(ast.literal_eval(s))
    st = np.random.get_state()
    out.append({'key': [int(k) for k in st[1]], 'pos': int(st[2])})
print(json.dumps(out))`,
        seeds,
      ) as { key: number[]; pos: number }[];
      seeds.forEach((s, i) => {
        const st = (createEngine('numpy', s) as RandomState).getState() as { mt19937: { key: number[]; pos: number } };
        assert.deepStrictEqual(st.mt19937.key, ref[i].key, `key for seed ${s}`);
        assert.strictEqual(st.mt19937.pos, ref[i].pos, `pos for seed ${s}`);
      });
    });

    test('has_gauss, gauss and pos match np.random.get_state() after the same calls', function () {
      if (!referenceAvailable()) this.skip();
      const runs = [
        { seed: rand32(), calls: ['standard_normal()'] },
        { seed: rand32(), calls: ['standard_normal()', 'standard_normal()'] },
        { seed: rand32(), calls: ['normal(0, 1, size=3)', 'random()'] },
        { seed: rand32(), calls: ['gamma(3.5, size=5)'] },
        { seed: rand32(), calls: ['standard_t(2.5, size=3)', 'randint(0, 10)'] },
        { seed: '[1, 2, 3]', calls: ['wald(1, 2)'] },
      ];
      const ref = runPythonJson(
        `import json, sys, ast, numpy as np
out = []
for r in json.load(sys.stdin):
    np.random.seed(ast.literal_eval(r['seed']))
    for c in r['calls']:
        eval('np.random.' + c)
    st = np.random.get_state()
    out.append({'pos': int(st[2]), 'has_gauss': bool(st[3]), 'gauss': repr(float(st[4]))})
print(json.dumps(out))`,
        runs,
      ) as { pos: number; has_gauss: boolean; gauss: string }[];
      runs.forEach((r, i) => {
        const e = createEngine('numpy', r.seed) as RandomState;
        for (const c of r.calls) draw(e, c);
        assert.strictEqual(e.hasGauss, ref[i].has_gauss, `has_gauss after ${r.calls.join('; ')}`);
        assert.strictEqual(e.gauss, Number(ref[i].gauss), `gauss after ${r.calls.join('; ')}`);
        assert.strictEqual(e.bitgen.pos, ref[i].pos, `pos after ${r.calls.join('; ')}`);
      });
    });
  });
});
