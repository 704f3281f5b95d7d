import * as assert from 'assert';
import type { EngineName } from '../../src/core/callSpec';
import { drawTexts, drawTextsSliced, drawWork, PROGRESS_ABOVE, type DrawRequest } from '../../src/extension/plain/drawTexts';
import { RUN_SEED } from '../support/seededRand';

/*
 * Issue #14: an insertion whose work is above PROGRESS_ABOVE is drawn in slices (progress, Cancel)
 * instead of blocking the extension host: the same texts and state as the one-piece draw, and
 * nothing at all when cancelled.
 */

const req = (engine: EngineName, call: string, count: number, fill: 'each' | 'same' = 'each'): DrawRequest => ({
  engine,
  seed: String(RUN_SEED),
  call,
  count,
  fill,
  format: { style: 'repr' },
  arrays: 'comma',
  eol: '\n',
});

suite(`insert in slices: the same draw, cancellable (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, () => {
  const cases: DrawRequest[] = [
    req('numpy', 'random()', 5000),
    req('numpy', 'randint(1, 10, size=3)', 3000),
    req('numpy-generator', 'standard_normal(size=2)', 4000),
    req('python', 'gauss(0, 1)', 3000),
    req('python', 'choice([1, 2, 3])', 2000),
    req('numpy', 'zipf(2.0)', 2000),
    req('numpy', 'random()', 300, 'same'),
  ];

  test('slices of any size give exactly the one-piece draw (texts and engine state)', async () => {
    for (const r of cases) {
      let pauses = 0;
      const sliced = await drawTextsSliced(r, async () => ((pauses += 1), true), 0);
      const whole = drawTexts(r);
      assert.ok(sliced, r.call);
      assert.deepStrictEqual(sliced.texts, whole.texts, r.call);
      assert.deepStrictEqual(sliced.state, whole.state, r.call);
      assert.ok(pauses > 1 || r.fill === 'same', `${r.call}: ${pauses} pauses`);
    }
  });

  test('Cancel (pause resolving false) gives nothing; bad input throws before any pause', async () => {
    let pauses = 0;
    assert.strictEqual(await drawTextsSliced(req('numpy', 'random()', 10000), async () => ((pauses += 1), pauses < 3), 0), undefined);
    assert.strictEqual(pauses, 3);
    await assert.rejects(drawTextsSliced(req('numpy', 'randint(5, 1)', 10), async () => assert.fail('no pause')), /low >= high/);
    await assert.rejects(drawTextsSliced({ ...req('numpy', 'random()', 10), seed: '-1' }, async () => assert.fail('no pause')), /Seed must be between/);
  });

  test('drawWork: calls × the call\'s work; large draws go through the sliced path, small ones not; bad input is 0', () => {
    assert.strictEqual(drawWork(req('numpy', 'random()', 10)), 10);
    assert.strictEqual(drawWork(req('numpy', 'random(size=1000)', 3000)), 3_000_000);
    assert.ok(drawWork(req('numpy', 'random(size=1000)', 3000)) > PROGRESS_ABOVE);
    assert.ok(drawWork(req('numpy', 'permutation(10000000)', 1)) > PROGRESS_ABOVE);
    assert.strictEqual(drawWork(req('numpy', 'random(size=1000)', 3000, 'same')), 1000);
    assert.strictEqual(drawWork(req('numpy', 'nosuch()', 10)), 0);
  });
});
