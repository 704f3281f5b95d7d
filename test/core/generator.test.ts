import * as assert from 'assert';
import * as fc from 'fast-check';
import { PCG64, PCG64_MULTIPLIER } from '../../src/core/bitgen/pcg64';
import { SeedSequence } from '../../src/core/bitgen/seedSequence';
import { add128, halves16, mulAdd128, u128FromBigInt, u128ToBigInt } from '../../src/core/bitgen/uint128';
import { generatorEngine } from '../../src/core/generator';
import { GeneratorEngine } from '../../src/core/generator/GeneratorEngine';
import { formatValue, runCallFormatted, runPrepared, prepareCall } from '../../src/core/run';
import type { Json } from '../../src/core/types';
import { referenceAvailable } from '../support/python';
import { runPythonJson } from '../support/python';
import { mulberry32, RUN_SEED } from '../support/seededRand';

/*
 * The numpy-generator engine below the call table: SeedSequence, PCG64's raw stream and its
 * state (with the buffered half-word), the 128-bit arithmetic, and the ziggurat tables through
 * long normal/exponential runs. Expected values come from live NumPy (skipped without Python)
 * or from BigInt arithmetic; none is typed by hand.
 */




/** Fresh seeds: small, 32-bit, 64-bit, beyond 2**128, and lists of them. */
function freshSeeds(rand: () => number, count: number): (bigint | bigint[])[] {
  const big = (bits: number) => {
    let v = 0n;
    for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(Math.floor(rand() * 65536));
    return v & ((1n << BigInt(bits)) - 1n);
  };
  const out: (bigint | bigint[])[] = [0n, 2n ** 64n + 7n, 2n ** 128n + 3n, [1n, 2n, 3n], [0n], []];
  while (out.length < count) {
    const k = Math.floor(rand() * 5);
    if (k === 4) out.push(Array.from({ length: 1 + Math.floor(rand() * 7) }, () => big(8 + Math.floor(rand() * 90))));
    else out.push(big([8, 32, 64, 200][k]));
  }
  return out;
}

const seedText = (s: bigint | bigint[]) => (Array.isArray(s) ? `[${s.join(', ')}]` : String(s));

suite(`numpy-generator internals (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, function () {
  this.timeout(120_000);

  test('uint128: x * m + c and x + y agree with BigInt arithmetic mod 2**128', () => {
    const u128 = fc.bigInt({ min: 0n, max: 2n ** 128n - 1n });
    fc.assert(
      fc.property(u128, u128, u128, (x, m, c) => {
        const xs = u128FromBigInt(x);
        mulAdd128(xs, halves16(u128FromBigInt(m)), u128FromBigInt(c));
        assert.strictEqual(u128ToBigInt(xs), (x * m + c) % 2n ** 128n);
        const ys = u128FromBigInt(x);
        add128(ys, u128FromBigInt(c));
        assert.strictEqual(u128ToBigInt(ys), (x + c) % 2n ** 128n);
      }),
      { numRuns: 2000 },
    );
  });

  test('PCG64 steps with the LCG multiplier and XSL-RR output (BigInt model)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }), fc.bigInt({ min: 0n, max: 2n ** 127n - 1n }), (s0, i0) => {
        const g = new PCG64();
        g.setState({ bit_generator: 'PCG64', state: { state: String(s0), inc: String(2n * i0 + 1n) }, has_uint32: 0, uinteger: 0 });
        let s = s0;
        for (let k = 0; k < 5; k++) {
          s = (s * PCG64_MULTIPLIER + 2n * i0 + 1n) % 2n ** 128n;
          const x = ((s >> 64n) ^ s) & 0xffffffffffffffffn;
          const rot = s >> 122n;
          const want = ((x >> rot) | (x << ((64n - rot) % 64n))) & 0xffffffffffffffffn;
          assert.strictEqual(g.next64(), want);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('SeedSequence.generate_state and the seeded PCG64 state equal NumPy for fresh seeds', function () {
    if (!referenceAvailable()) this.skip();
    const seeds = freshSeeds(mulberry32(RUN_SEED), 60);
    const want = runPythonJson(
      `import sys, json, numpy as np
out = []
for s in json.load(sys.stdin):
    s = [int(v) for v in s] if isinstance(s, list) else int(s)
    ss = np.random.SeedSequence(s)
    st = np.random.PCG64(ss).state
    out.append({"pool": [int(v) for v in ss.pool], "words": [int(v) for v in ss.generate_state(8)],
                "state": str(st["state"]["state"]), "inc": str(st["state"]["inc"])})
print(json.dumps(out))`,
      seeds.map((s) => (Array.isArray(s) ? s.map(String) : String(s))),
    );
    seeds.forEach((s, i) => {
      const seq = new SeedSequence(s);
      assert.deepStrictEqual(Array.from(seq.pool), want[i].pool, `pool of ${seedText(s)}`);
      assert.deepStrictEqual(Array.from(seq.generateState(8)), want[i].words, `generate_state(8) of ${seedText(s)}`);
      const st = (PCG64.fromSeedSequence(seq).getState() as any).state;
      assert.deepStrictEqual({ state: st.state, inc: st.inc }, { state: want[i].state, inc: want[i].inc }, `PCG64 of ${seedText(s)}`);
    });
  });

  test('PCG64 raw 64-bit outputs, doubles and buffered 32-bit halves equal NumPy', function () {
    if (!referenceAvailable()) this.skip();
    const seeds = freshSeeds(mulberry32(RUN_SEED + 1), 30);
    const want = runPythonJson(
      `import sys, json, numpy as np
out = []
for s in json.load(sys.stdin):
    s = [int(v) for v in s] if isinstance(s, list) else int(s)
    raw = [str(v) for v in np.random.PCG64(s).random_raw(20)]
    g = np.random.Generator(np.random.PCG64(s))
    u32 = [str(v) for v in g.integers(0, 2**32, size=7, dtype=np.uint32)]
    d = [repr(float(v)) for v in g.random(3)]
    out.append({"raw": raw, "u32": u32, "d": d})
print(json.dumps(out))`,
      seeds.map((s) => (Array.isArray(s) ? s.map(String) : String(s))),
    );
    seeds.forEach((s, i) => {
      const a = PCG64.fromSeedSequence(new SeedSequence(s));
      assert.deepStrictEqual(Array.from({ length: 20 }, () => String(a.next64())), want[i].raw, `random_raw of ${seedText(s)}`);
      const b = PCG64.fromSeedSequence(new SeedSequence(s));
      assert.deepStrictEqual(Array.from({ length: 7 }, () => String(b.next32())), want[i].u32, `next32 of ${seedText(s)}`);
      assert.deepStrictEqual(Array.from({ length: 3 }, () => formatValue(b.nextDouble())), want[i].d, `next_double of ${seedText(s)}`);
    });
  });

  test('state snapshot with a buffered half-word pending: equals NumPy state and restores exactly', function () {
    const seeds = freshSeeds(mulberry32(RUN_SEED + 2), 12);
    const after = ['integers(0, 10, size=5)', 'random()', 'integers(0, 1000)', 'standard_normal(size=3)', 'integers(0, 3)'];
    const run = (e: GeneratorEngine) => after.flatMap((c) => runPrepared(e, prepareCall('numpy-generator', c)).map(formatValue));
    const live = referenceAvailable()
      ? runPythonJson(
          `import sys, json, numpy as np
a = json.load(sys.stdin)
res = []
for seed in a["seeds"]:
    g = np.random.default_rng([int(v) for v in seed] if isinstance(seed, list) else int(seed))
    g.integers(0, 10, size=3)
    st = g.bit_generator.state
    out = {"state": str(st["state"]["state"]), "inc": str(st["state"]["inc"]), "has_uint32": st["has_uint32"], "uinteger": st["uinteger"]}
    vals = []
    for c in a["after"]:
        vals += [repr(v) for v in np.asarray(eval("g." + c)).ravel().tolist()]
    out["after"] = vals
    res.append(out)
print(json.dumps(res))`,
          { seeds: seeds.map((s) => (Array.isArray(s) ? s.map(String) : String(s))), after },
        )
      : null;
    seeds.forEach((s, i) => {
      const g = GeneratorEngine.fromSeed(s);
      assert.strictEqual(runPrepared(g, prepareCall('numpy-generator', 'integers(0, 10, size=3)')).length, 3); // 3 half-words
      const snap = JSON.parse(JSON.stringify(g.getState())) as Json;
      assert.strictEqual((snap as any).has_uint32, 1, 'a half-word is buffered');
      const expected = run(g);
      const h = GeneratorEngine.fromSeed(0n);
      h.setState(snap);
      assert.deepStrictEqual(run(h), expected, `continuation of ${seedText(s)}`);
      if (live) {
        const st = snap as any;
        assert.deepStrictEqual(
          { state: st.state.state, inc: st.state.inc, has_uint32: st.has_uint32, uinteger: st.uinteger },
          { state: live[i].state, inc: live[i].inc, has_uint32: live[i].has_uint32, uinteger: live[i].uinteger },
          `bit_generator.state of ${seedText(s)}`,
        );
        assert.deepStrictEqual(expected, live[i].after, `values after the snapshot for ${seedText(s)}`);
      }
    });
  });

  test('ziggurat tables: 40000 normals and 40000 exponentials equal NumPy draw for draw', function () {
    if (!referenceAvailable()) this.skip();
    // Enough draws that every one of the 256 layers of both ziggurats is hit, tails included.
    const seeds = freshSeeds(mulberry32(RUN_SEED + 3), 2).map(seedText);
    const want = runPythonJson(
      `import sys, json, ast, numpy as np
out = []
for seed in json.load(sys.stdin):
    g = np.random.default_rng(ast.literal_eval(seed))
    out.append([[repr(v) for v in g.standard_normal(40000).tolist()], [repr(v) for v in g.standard_exponential(40000).tolist()]])
print(json.dumps(out))`,
      seeds,
    );
    seeds.forEach((seed, i) => {
      const e = generatorEngine.create(seed.startsWith('[') ? JSON.parse(seed).map(BigInt) : BigInt(seed));
      const normals = runPrepared(e, prepareCall('numpy-generator', 'standard_normal(size=40000)')).map(formatValue);
      const exps = runPrepared(e, prepareCall('numpy-generator', 'standard_exponential(size=40000)')).map(formatValue);
      const diff = (a: string[], b: string[]) => a.findIndex((v, k) => v !== b[k]);
      assert.strictEqual(diff(normals, want[i][0]), -1, `normal draw ${diff(normals, want[i][0])} for seed ${seed}`);
      assert.strictEqual(diff(exps, want[i][1]), -1, `exponential draw ${diff(exps, want[i][1])} for seed ${seed}`);
    });
  });

  test("bad seeds are refused with NumPy's messages (live)", function () {
    if (!referenceAvailable()) this.skip();
    const bad = ['-1', '1.5', "'abc'", '[1, -2]', '[1.5]', "['x']", "['12x']", '-18446744073709551616'];
    const want = runPythonJson(
      `import sys, json, ast, numpy as np
out = []
for t in json.load(sys.stdin):
    try:
        np.random.default_rng(ast.literal_eval(t)); out.append(None)
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
print(json.dumps(out))`,
      bad,
    );
    bad.forEach((t, i) => {
      assert.throws(() => runCallFormatted('numpy-generator', t, 'random()'), (e: Error) => {
        assert.strictEqual(e.toString(), want[i], `seed ${t}`);
        return true;
      });
    });
  });
});
