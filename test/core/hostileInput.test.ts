import * as assert from 'assert';
import { MAX_GETRANDBITS } from '../../src/core/python';
import { formatValue, reprString } from '../../src/core/format/formatValue';
import { formatLayout } from '../../src/core/layout/layoutWriter';
import { runCall, runCallFormatted } from '../../src/core/run';
import { MAX_SEED_CHARS } from '../../src/core/seedText';
import { referenceAvailable, runPythonJson, runReference, type RefResult } from '../support/python';

/*
 * Regressions of issue #14 (hostile input) in the core. Expected values come from live
 * NumPy/Python with fresh seeds; the live parts skip themselves without python3.
 */

const freshSeed = () => String(Math.floor(Math.random() * 2 ** 32));
const values = (r: RefResult) => {
  if ('error' in r) throw new Error(r.error);
  return r.values;
};

/** A random string of `n` characters over a mix of ASCII, accented and astral characters. */
function randomText(n: number): string {
  const alphabet = ['a', 'Z', '7', ' ', 'é', '中', '\u0000', '🙂'];
  let s = '';
  while (s.length < n) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s.slice(0, n - (s.length > n ? 1 : 0)).padEnd(n, 'q');
}

suite('hostile input: core', () => {
  test('Python string seeds of 262,144 characters seed in linear time, as random.seed does (live)', function () {
    this.timeout(20_000); // the quadratic seeding took 95 s for this
    if (!referenceAvailable(false)) this.skip();
    const text = randomText(MAX_SEED_CHARS);
    const seed = `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u0000/g, '\\x00')}'`;
    assert.ok(seed.length <= MAX_SEED_CHARS * 2);
    const short = `'${randomText(5).replace(/\u0000/g, '\\x00')}'`;
    const ref = runReference([
      { engine: 'python', seed: seed.length <= MAX_SEED_CHARS ? seed : short, call: 'random()', n: 3 },
      { engine: 'python', seed: short, call: 'getrandbits(64)', n: 2 },
    ]);
    assert.deepStrictEqual(runCallFormatted('python', seed.length <= MAX_SEED_CHARS ? seed : short, 'random()', 3), values(ref.results[0]));
    assert.deepStrictEqual(runCallFormatted('python', short, 'getrandbits(64)', 2), values(ref.results[1]));
    // The longest text a seed may be, as a bare word (the seed text itself is the string)
    const bare = 'w'.repeat(MAX_SEED_CHARS);
    const refBare = runReference([{ engine: 'python', seed: `'${bare}'`, call: 'random()', n: 2 }]);
    assert.deepStrictEqual(runCallFormatted('python', bare, 'random()', 2), values(refBare.results[0]));
  });

  test('int seeds of thousands of words become their key in linear time (python and numpy-generator, live)', function () {
    this.timeout(20_000);
    if (!referenceAvailable()) this.skip();
    const digits = String(1 + Math.floor(Math.random() * 9)) + Array.from({ length: 4000 }, () => Math.floor(Math.random() * 10)).join('');
    const ref = runReference([
      { engine: 'python', seed: digits, call: 'random()', n: 2 },
      { engine: 'numpy-generator', seed: digits, call: 'random()', n: 2 },
    ]);
    assert.deepStrictEqual(runCallFormatted('python', digits, 'random()', 2), values(ref.results[0]));
    assert.deepStrictEqual(runCallFormatted('numpy-generator', digits, 'random()', 2), values(ref.results[1]));
  });

  test('Generator choice(n, k, replace=False) for n > 2**53 is exact: 2**53 + 1, 10**17, 2**62 (live)', function () {
    if (!referenceAvailable()) this.skip();
    const seed = freshSeed();
    const ns = ['9007199254740993', '100000000000000000', '4611686018427387904', '10000000000000000', '9223372036854775807'];
    const cases = ns.flatMap((n) => [
      { engine: 'numpy-generator' as const, seed, call: `choice(${n}, 5, replace=False)`, n: 2 },
      { engine: 'numpy-generator' as const, seed, call: `choice(${n}, 7, replace=False, shuffle=False)`, n: 1 },
    ]);
    const ref = runReference(cases);
    cases.forEach((c, i) => assert.deepStrictEqual(runCallFormatted(c.engine, c.seed, c.call, c.n), values(ref.results[i]), c.call));
  });

  test('legacy zipf(a) with a just above 1 (rejections decided before the pow) gives NumPy\'s values (live, fresh seeds)', function () {
    if (!referenceAvailable()) this.skip();
    this.timeout(120_000);
    const seed = freshSeed();
    // a - 1 from 1e-7 (all but 1 U in 230,000 rejected) to where the early bound no longer applies
    const as = ['1.0000001', '1.000001', '1.00001', '1.0001', '1.001', '1.01', '1.1', '1.5', '2.0'];
    const cases = as.map((a) => ({ engine: 'numpy' as const, seed, call: `zipf(${a}, size=40)`, n: 2 }));
    cases.push({ engine: 'numpy', seed: `[${seed}, 7]`, call: 'zipf(1.0000003, size=20)', n: 3 });
    const ref = runReference(cases);
    cases.forEach((c, i) => assert.deepStrictEqual(runCallFormatted(c.engine, c.seed, c.call, c.n), values(ref.results[i]), `seed ${c.seed}: ${c.call}`));
  });

  test('getrandbits(k) above the cap is refused before anything runs, saying the cap', () => {
    assert.throws(() => runCall('python', '1', `getrandbits(${MAX_GETRANDBITS + 1})`), /ValueError: getrandbits\(k\) with k above 100,000 is not supported by this tool/);
    assert.throws(() => runCall('python', '1', 'getrandbits(1000000000)'), /not supported by this tool/);
    assert.strictEqual(String(runCall('python', '1', `getrandbits(${MAX_GETRANDBITS})`)[0]).length > 30000, true);
  });

  test('noncentral_chisquare / noncentral_f wrap df + 2*i in int64 as NumPy does (both engines, live)', function () {
    if (!referenceAvailable()) this.skip();
    const seed = freshSeed();
    const calls = ['noncentral_chisquare(1e-300, 1e300)', 'noncentral_f(1, 1, 1e400)', 'noncentral_chisquare(0.5, 1e20, size=3)', 'noncentral_chisquare(0.5, 2e19, size=3)', 'noncentral_f(0.9, 2, 1e308, size=2)'];
    const cases = (['numpy', 'numpy-generator'] as const).flatMap((engine) => calls.map((call) => ({ engine, seed, call, n: 2 })));
    const ref = runReference(cases);
    cases.forEach((c, i) => assert.deepStrictEqual(runCallFormatted(c.engine, c.seed, c.call, c.n), values(ref.results[i]), `${c.engine} ${c.call}`));
  });

  test('size=True, size=False, size=(True, 2), choice(a, True): TypeError as NumPy', () => {
    for (const engine of ['numpy', 'numpy-generator'] as const) {
      assert.throws(() => runCall(engine, '1', 'random(size=True)'), /^TypeError: expected a sequence of integers or a single integer, got 'True'$/);
      assert.throws(() => runCall(engine, '1', 'random(size=False)'), /^TypeError: expected a sequence of integers or a single integer, got 'False'$/);
      assert.throws(() => runCall(engine, '1', 'random(size=(True, 2))'), /^TypeError: an integer is required$/);
      assert.throws(() => runCall(engine, '1', 'choice(5, True)'), /^TypeError: expected a sequence of integers or a single integer, got 'True'$/);
      assert.throws(() => runCall(engine, '1', 'normal(0, 1, [2, False])'), /^TypeError: an integer is required$/);
    }
  });

  test("repr escapes what Python's str.isprintable() rejects: the listed characters and random code points (live)", function () {
    const listed = [0x2028, 0x2029, 0xa0, 0x200b, 0xfeff, 0xad, 0x378, 0xe0001, 0xe000, 0x3000, 0x85, 0x7f, 0x1f, 0xe9, 0x4e2d, 0x1f642];
    assert.strictEqual(reprString('\u2028\u00a0'), "'\\u2028\\xa0'");
    if (!referenceAvailable(false)) this.skip();
    const points = [...listed];
    for (let i = 0; i < 3000; i++) {
      const c = Math.floor(Math.random() * 0x110000);
      if (c < 0xd800 || c > 0xdfff) points.push(c);
    }
    const texts = points.map((c) => String.fromCodePoint(c) + 'x');
    texts.push("it's", 'say "hi"', `both ' and "`, '\\', '\t\n\r');
    const want = runPythonJson<string[]>('import json, sys; print(json.dumps([repr(s) for s in json.load(sys.stdin)]))', texts);
    texts.forEach((t, i) => assert.strictEqual(reprString(t), want[i], `U+${t.codePointAt(0)!.toString(16)}`));
  });

  test('NumPy string arrays drop trailing NULs; a lone surrogate printed raw raises as print() does', () => {
    for (const engine of ['numpy', 'numpy-generator'] as const) {
      const got = runCall(engine, '1', "choice(['a\\x00', 'b\\x00\\x00c\\x00', '\\x00'], 20)");
      assert.ok(got.every((v) => typeof v === 'string' && !v.endsWith('\0')), JSON.stringify(got));
      assert.ok(got.includes('b\0\0c'));
    }
    assert.deepStrictEqual(runCall('python', '1', "choice(['a\\x00'])"), ['a\0']); // Python's str keeps them
    assert.throws(() => formatValue('ab\ud800'), /^UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 2: surrogates not allowed$/);
    assert.throws(() => runCallFormatted('python', '1', "choice(['\\udc00'])"), /UnicodeEncodeError/);
    assert.strictEqual(formatValue('🙂'), '🙂');
  });

  test('--layout json writes NaN, inf, -inf as distinct strings that float() and Number() read back', () => {
    const text = formatLayout([NaN, Infinity, -Infinity, 1.5], { layout: 'json' });
    assert.deepStrictEqual(JSON.parse(text), ['NaN', 'Infinity', '-Infinity', 1.5]);
  });
});
