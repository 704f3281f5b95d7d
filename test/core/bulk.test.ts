import * as assert from 'assert';
import { MT19937 } from '../../src/core/bitgen/mt19937';
import { PCG64, PCG64_BLOCK, PCG64_MULTIPLIER } from '../../src/core/bitgen/pcg64';
import { columnToPy, columnValue, type Column } from '../../src/core/column';
import { formatColumnValue } from '../../src/core/format/formatColumnValue';
import { formatValueWith } from '../../src/core/format/formatValueWith';
import { parseNumberFormat } from '../../src/core/format/numberFormat';
import { generateBytes, generateChunks } from '../../src/core/layout/generateChunks';
import { formatLayout, layoutWriter, LAYOUTS } from '../../src/core/layout/layoutWriter';
import type { EngineName } from '../../src/core/callSpec';
import { boundedLemireUint32 } from '../../src/core/distributions/boundedLemireUint32';
import { randomStandardExponential } from '../../src/core/generator/randomStandardExponential';
import { randomStandardNormal } from '../../src/core/generator/randomStandardNormal';
import type { GeneratorEngine } from '../../src/core/generator/GeneratorEngine';
import { legacyExponential } from '../../src/core/numpy/legacyContinuous';
import { legacyGauss, legacyStandardExponential } from '../../src/core/numpy/legacyGauss';
import { intDtype, randintDraw } from '../../src/core/numpy/randint';
import type { RandomState } from '../../src/core/numpy/RandomState';
import { createEngine, formatValue, prepareCall, runPrepared, runPreparedColumn } from '../../src/core/run';
import type { Json, PyObj } from '../../src/core/types';
import { exp, lessThanExp } from '../../src/core/libm/exp';
import { log, setLogFastPath } from '../../src/core/libm/log';
import { acquireMtKernel, mtKernel, newMtKernel, pcgKernel, setWasmKernels, type MtKernel } from '../../src/core/wasm/kernels';
import { mulberry32, RUN_SEED } from '../support/seededRand';

/*
 * The bulk paths (WebAssembly kernels, `CallSpec.column`, the fill loops) give exactly the values
 * and the engine state of the one-value paths: every expected value here comes from an
 * independent model (the reference MT19937 below, a BigInt PCG64) or from the engines' one-value
 * functions, which the pinned fixtures and the live differential test tie to NumPy.
 */

/** Matsumoto & Nishimura's reference MT19937 (mt19937ar.c), one word at a time. */
class ReferenceMT {
  mt = new Uint32Array(624);
  mti = 625;
  initGenrand(s: number): void {
    this.mt[0] = s >>> 0;
    for (let i = 1; i < 624; i++) {
      const p = this.mt[i - 1] ^ (this.mt[i - 1] >>> 30);
      this.mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.mti = 624;
  }
  genrandInt32(): number {
    const mag01 = [0, 0x9908b0df];
    if (this.mti >= 624) {
      let kk = 0;
      for (; kk < 624 - 397; kk++) {
        const y = (this.mt[kk] & 0x80000000) | (this.mt[kk + 1] & 0x7fffffff);
        this.mt[kk] = this.mt[kk + 397] ^ (y >>> 1) ^ mag01[y & 1];
      }
      for (; kk < 623; kk++) {
        const y = (this.mt[kk] & 0x80000000) | (this.mt[kk + 1] & 0x7fffffff);
        this.mt[kk] = this.mt[kk + 397 - 624] ^ (y >>> 1) ^ mag01[y & 1];
      }
      const y = (this.mt[623] & 0x80000000) | (this.mt[0] & 0x7fffffff);
      this.mt[623] = this.mt[396] ^ (y >>> 1) ^ mag01[y & 1];
      this.mti = 0;
    }
    let y = this.mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

/** PCG64 (XSL-RR 128/64) in BigInt. */
function pcgModel(state: bigint, inc: bigint) {
  let s = state;
  return () => {
    s = (s * PCG64_MULTIPLIER + inc) % 2n ** 128n;
    const x = ((s >> 64n) ^ s) & 0xffffffffffffffffn;
    const rot = s >> 122n;
    return ((x >> rot) | (x << ((64n - rot) % 64n))) & 0xffffffffffffffffn;
  };
}

const MODES: [string, boolean][] = [
  ['WebAssembly kernels', true],
  ['JavaScript only', false],
];

suite(`bulk paths give the one-value paths' values and state (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, function () {
  this.timeout(120_000);
  teardown(() => setWasmKernels(true));

  test('the WebAssembly kernels are available in this Node (else the JavaScript paths are all that is tested)', () => {
    assert.ok(mtKernel() !== null, 'MT19937 SIMD kernel');
    assert.ok(pcgKernel() !== null, 'PCG64 kernel');
  });

  for (const [mode, on] of MODES) {
    test(`MT19937 (${mode}): next32, nextDouble and fillDoubles follow the reference generator across blocks`, () => {
      setWasmKernels(on);
      const rand = mulberry32(RUN_SEED);
      for (let t = 0; t < 20; t++) {
        const seed = Math.floor(rand() * 2 ** 32);
        const ref = new ReferenceMT();
        ref.initGenrand(seed);
        const g = new MT19937();
        g.seedInt(seed);
        for (let k = 0; k < 1500; k++) assert.strictEqual(g.next32(), ref.genrandInt32(), `seed ${seed}, word ${k}`);
        // an odd number of words so far half the time: doubles then straddle the blocks' ends
        if (rand() < 0.5) assert.strictEqual(g.next32(), ref.genrandInt32());
        const n = 1 + Math.floor(rand() * 2000);
        const out = new Float64Array(n + 2);
        g.fillDoubles(out, 1, n + 1);
        for (let k = 1; k <= n; k++) {
          const a = ref.genrandInt32() >>> 5;
          const b = ref.genrandInt32() >>> 6;
          assert.strictEqual(out[k], (a * 67108864 + b) / 9007199254740992, `seed ${seed}, double ${k}`);
        }
        assert.strictEqual(out[0], 0);
        assert.strictEqual(out[n + 1], 0);
        const a = ref.genrandInt32() >>> 5;
        assert.strictEqual(g.nextDouble(), (a * 67108864 + (ref.genrandInt32() >>> 6)) / 9007199254740992);
        // a snapshot restored into a fresh generator continues the same stream
        const h = new MT19937();
        h.setState(g.getState());
        for (let k = 0; k < 700; k++) assert.strictEqual(h.next32(), ref.genrandInt32());
      }
    });

    test(`PCG64 (${mode}): rawBlock and fillDoubles follow the BigInt model and leave the half-word buffer alone`, () => {
      setWasmKernels(on);
      const rand = mulberry32(RUN_SEED + 1);
      const big = () => BigInt(Math.floor(rand() * 2 ** 32));
      for (let t = 0; t < 20; t++) {
        const s0 = (big() << 96n) | (big() << 64n) | (big() << 32n) | big();
        const inc = ((big() << 96n) | (big() << 64n) | (big() << 32n) | big()) | 1n;
        const g = new PCG64();
        g.setState({ bit_generator: 'PCG64', state: { state: String(s0), inc: String(inc) }, has_uint32: 1, uinteger: 12345 });
        const model = pcgModel(s0, inc);
        const m = 1 + Math.floor(rand() * PCG64_BLOCK);
        const words = g.rawBlock(m);
        for (let k = 0; k < m; k++) {
          const want = model();
          assert.strictEqual(words[2 * k], Number(want & 0xffffffffn), `low half of output ${k}`);
          assert.strictEqual(words[2 * k + 1], Number(want >> 32n), `high half of output ${k}`);
        }
        const n = 1 + Math.floor(rand() * 3 * PCG64_BLOCK);
        const out = new Float64Array(n);
        g.fillDoubles(out, 0, n);
        for (let k = 0; k < n; k++) assert.strictEqual(out[k], Number(model() >> 11n) / 2 ** 53, `double ${k}`);
        assert.strictEqual(g.next64(), model(), 'the state after the bulk draws');
        const st = g.getState() as { has_uint32: number; uinteger: number };
        assert.deepStrictEqual([st.has_uint32, st.uinteger], [1, 12345]);
      }
    });

    test(`PCG64 (${mode}): fillDoubles and rawBlock for n = 0, 1, 2, 3, … and across blocks, from states mid-stream and with carrying states and increments`, () => {
      setWasmKernels(on);
      const rand = mulberry32(RUN_SEED + 2);
      const big = () => BigInt(Math.floor(rand() * 2 ** 32));
      const rand128 = () => (big() << 96n) | (big() << 64n) | (big() << 32n) | big();
      const top = 2n ** 128n - 1n;
      const starts: [bigint, bigint][] = [
        [0n, 1n],
        [top, top],
        [top, 1n],
        [2n ** 64n - 1n, 2n ** 64n - 1n],
        [2n ** 64n, ((2n ** 64n - 1n) << 64n) | 1n],
      ];
      while (starts.length < 12) starts.push([rand128(), rand128() | 1n]);
      const B = PCG64_BLOCK;
      const counts = [0, 1, 2, 3, 4, 5, 6, 7, 63, 64, 65, 127, 128, B - 1, B, B + 1, 2 * B - 1, 2 * B + 3, 3 * B, 1 + Math.floor(rand() * 4 * B)];
      for (const [s0, inc] of starts) {
        const g = new PCG64();
        g.setState({ bit_generator: 'PCG64', state: { state: String(s0), inc: String(inc) }, has_uint32: 0, uinteger: 0 });
        const model = pcgModel(s0, inc);
        for (const n of counts) {
          // mid-stream: a few 64-bit outputs first, and a buffered half-word half the time
          for (let k = Math.floor(rand() * 3); k > 0; k--) assert.strictEqual(g.next64(), model());
          let buffered: number | null = null;
          const st = g.getState() as { has_uint32: number; uinteger: number };
          if (!st.has_uint32 && rand() < 0.5) {
            const x = model();
            assert.strictEqual(g.next32(), Number(x & 0xffffffffn));
            buffered = Number(x >> 32n);
          } else if (st.has_uint32) {
            buffered = st.uinteger;
          }
          const out = new Float64Array(n + 2).fill(-1);
          g.fillDoubles(out, 1, n + 1);
          for (let k = 1; k <= n; k++) assert.strictEqual(out[k], Number(model() >> 11n) / 2 ** 53, `state ${s0}, inc ${inc}: double ${k - 1} of ${n}`);
          assert.deepStrictEqual([out[0], out[n + 1]], [-1, -1], `n ${n}: nothing written outside`);
          if (n >= 1 && n <= B) {
            const words = g.rawBlock(n);
            for (let k = 0; k < n; k++) {
              const want = model();
              assert.deepStrictEqual([words[2 * k], words[2 * k + 1]], [Number(want & 0xffffffffn), Number(want >> 32n)], `state ${s0}: raw output ${k} of ${n}`);
            }
          }
          if (buffered !== null) assert.strictEqual(g.next32(), buffered, `n ${n}: the buffered half-word survives`);
          assert.strictEqual(g.next64(), model(), `state ${s0}, inc ${inc}: the state after n = ${n}`);
        }
      }
      if (on) {
        // the kernel itself, below fillDoubles' threshold: n = 0 leaves the state alone
        const k = pcgKernel();
        assert.ok(k !== null);
        for (let n = 0; n <= 9; n++) {
          for (const mode01 of [0, 1]) {
            const [s0, inc] = [rand128(), rand128() | 1n];
            const model = pcgModel(s0, inc);
            const words = [s0, inc].flatMap((v) => [0n, 32n, 64n, 96n].map((sh) => Number((v >> sh) & 0xffffffffn)));
            k.state.set(words);
            k.fill(n, mode01);
            for (let j = 0; j < n; j++) {
              const want = model();
              if (mode01) assert.strictEqual(k.doubles[j], Number(want >> 11n) / 2 ** 53, `kernel fill(${n}, 1): ${j}`);
              else assert.deepStrictEqual([k.raw[2 * j], k.raw[2 * j + 1]], [Number(want & 0xffffffffn), Number(want >> 32n)], `kernel fill(${n}, 0): ${j}`);
            }
            let s = s0;
            for (let j = 0; j < n; j++) s = (s * PCG64_MULTIPLIER + inc) % 2n ** 128n;
            const got = [0, 1, 2, 3].reduce((acc: bigint, j: number): bigint => acc | (BigInt(k.state[j]) << BigInt(32 * j)), 0n);
            assert.strictEqual(got, s, `kernel fill(${n}, ${mode01}): the state after`);
            const gotInc = [4, 5, 6, 7].reduce((acc: bigint, j: number): bigint => acc | (BigInt(k.state[j]) << BigInt(32 * (j - 4))), 0n);
            assert.strictEqual(gotInc, inc, `kernel fill(${n}, ${mode01}): the increment is left alone`);
          }
        }
      }
    });
  }

  test('MT19937: generators sharing the kernel, interleaved (fills, words, snapshots, restores), each follows its own stream', () => {
    setWasmKernels(true);
    const rand = mulberry32(RUN_SEED + 5);
    const gens = [0, 1, 2].map(() => new MT19937());
    const refs = [0, 1, 2].map(() => new ReferenceMT());
    gens.forEach((g, j) => {
      g.seedInt(1000 + j);
      refs[j].initGenrand(1000 + j);
    });
    for (let step = 0; step < 3000; step++) {
      const j = Math.floor(rand() * 3);
      const g = gens[j];
      const ref = refs[j];
      const what = rand();
      if (what < 0.4) {
        const n = 1 + Math.floor(rand() * 700);
        const out = new Float64Array(n);
        g.fillDoubles(out, 0, n);
        for (let k = 0; k < n; k++) {
          const a = ref.genrandInt32() >>> 5;
          assert.strictEqual(out[k], (a * 67108864 + (ref.genrandInt32() >>> 6)) / 9007199254740992, `generator ${j}, step ${step}`);
        }
      } else if (what < 0.8) {
        for (let k = Math.floor(rand() * 50); k >= 0; k--) assert.strictEqual(g.next32(), ref.genrandInt32(), `generator ${j}, step ${step}`);
      } else if (what < 0.9) {
        const h = new MT19937();
        h.setState(g.getState()); // a copy continues the same stream; the original goes on too
        gens[j] = h;
      } else {
        g.setState(g.getState());
      }
    }
  });

  test('PCG64: generators sharing the kernel, interleaved (doubles, raw blocks, half-words, snapshots), each follows its own model', () => {
    setWasmKernels(true);
    const rand = mulberry32(RUN_SEED + 6);
    const big = () => BigInt(Math.floor(rand() * 2 ** 32));
    const rand128 = () => (big() << 96n) | (big() << 64n) | (big() << 32n) | big();
    /** The model with NumPy's buffered half-word (`pcg64_next32`). */
    const models = [0, 1, 2].map(() => {
      const [s0, inc] = [rand128(), rand128() | 1n];
      const next64 = pcgModel(s0, inc);
      const m = { s0, inc, next64, has: false, buf: 0 };
      return m;
    });
    const next32 = (m: (typeof models)[number]): number => {
      if (m.has) {
        m.has = false;
        return m.buf;
      }
      const x = m.next64();
      m.has = true;
      m.buf = Number(x >> 32n);
      return Number(x & 0xffffffffn);
    };
    const gens = models.map((m) => {
      const g = new PCG64();
      g.setState({ bit_generator: 'PCG64', state: { state: String(m.s0), inc: String(m.inc) }, has_uint32: 0, uinteger: 0 });
      return g;
    });
    for (let step = 0; step < 600; step++) {
      const j = Math.floor(rand() * 3);
      const [g, m] = [gens[j], models[j]];
      const what = rand();
      if (what < 0.35) {
        const n = rand() < 0.5 ? Math.floor(rand() * 8) : Math.floor(rand() * 3 * PCG64_BLOCK);
        const out = new Float64Array(n);
        g.fillDoubles(out, 0, n);
        for (let k = 0; k < n; k++) assert.strictEqual(out[k], Number(m.next64() >> 11n) / 2 ** 53, `generator ${j}, step ${step}, double ${k} of ${n}`);
      } else if (what < 0.55) {
        const n = 1 + Math.floor(rand() * (rand() < 0.5 ? 8 : PCG64_BLOCK));
        const words = g.rawBlock(n);
        for (let k = 0; k < n; k++) {
          const want = m.next64();
          assert.deepStrictEqual([words[2 * k], words[2 * k + 1]], [Number(want & 0xffffffffn), Number(want >> 32n)], `generator ${j}, step ${step}, raw ${k} of ${n}`);
        }
      } else if (what < 0.8) {
        for (let k = Math.floor(rand() * 5); k >= 0; k--) assert.strictEqual(g.next32(), next32(m), `generator ${j}, step ${step}`);
      } else if (what < 0.9) {
        assert.strictEqual(g.next64(), m.next64(), `generator ${j}, step ${step}`);
      } else {
        const h = new PCG64();
        h.setState(g.getState()); // a copy continues the same stream
        gens[j] = h;
      }
    }
    gens.forEach((g, j) => {
      const st = g.getState() as { has_uint32: number; uinteger: number };
      assert.deepStrictEqual([st.has_uint32 !== 0, st.uinteger], [models[j].has, models[j].has ? models[j].buf : st.uinteger]);
    });
  });

  /** The one-value reference for `count` values of a call, by the engine's scalar functions. */
  type Reference = (engine: never, count: number) => PyObj[];
  const rsRef = (f: (rs: RandomState) => PyObj): Reference => ((rs: RandomState, count: number) => Array.from({ length: count }, () => f(rs))) as Reference;
  const genRef = (f: (g: GeneratorEngine) => PyObj): Reference => ((g: GeneratorEngine, count: number) => Array.from({ length: count }, () => f(g))) as Reference;
  const randint = (low: bigint, high: bigint, dtype: string | null): Reference =>
    ((rs: RandomState, count: number) => randintDraw(rs.bitgen, low, high - 1n, intDtype(dtype), count)) as Reference;
  const lemire = (low: number, rng: number): Reference => genRef((g) => BigInt(low + boundedLemireUint32(g.bitgen, rng)));

  const CASES: { engine: EngineName; call: string; perCall: number; ref?: Reference }[] = [
    { engine: 'numpy', call: 'random_sample()', perCall: 1, ref: rsRef((rs) => rs.bitgen.nextDouble()) },
    { engine: 'numpy', call: 'random(size=3)', perCall: 3 },
    { engine: 'numpy', call: 'rand(2, 3)', perCall: 6 },
    { engine: 'numpy', call: 'uniform(-2, 5)', perCall: 1 },
    { engine: 'numpy', call: 'randint(0, 1000)', perCall: 1, ref: randint(0n, 1000n, null) },
    { engine: 'numpy', call: 'randint(-5, 2147483641, size=2)', perCall: 2, ref: randint(-5n, 2n ** 31n - 7n, null) },
    { engine: 'numpy', call: 'randint(-2147483648, 2147483648, dtype="int32")', perCall: 1, ref: randint(-(2n ** 31n), 2n ** 31n, 'int32') },
    { engine: 'numpy', call: 'randint(7, 4294967303)', perCall: 1, ref: randint(7n, 2n ** 32n + 7n, null) },
    { engine: 'numpy', call: 'randint(3, 4294967296, dtype="uint32")', perCall: 1, ref: randint(3n, 2n ** 32n, 'uint32') },
    { engine: 'numpy', call: 'randint(-4503599627370496, -4503599627370419)', perCall: 1, ref: randint(-(2n ** 52n), -(2n ** 52n) + 77n, null) },
    { engine: 'numpy', call: 'randint(5, 6)', perCall: 1, ref: randint(5n, 6n, null) },
    { engine: 'numpy', call: 'randint(0, 10, dtype="int8")', perCall: 1 },
    { engine: 'numpy', call: 'random_integers(1, 6)', perCall: 1, ref: randint(1n, 7n, null) },
    { engine: 'numpy', call: 'standard_normal()', perCall: 1, ref: rsRef(legacyGauss) },
    { engine: 'numpy', call: 'randn(3)', perCall: 3, ref: rsRef(legacyGauss) },
    { engine: 'numpy', call: 'normal(3, 0.5, size=5)', perCall: 5 },
    { engine: 'numpy', call: 'standard_exponential()', perCall: 1, ref: rsRef(legacyStandardExponential) },
    { engine: 'numpy', call: 'standard_exponential(size=3)', perCall: 3, ref: rsRef(legacyStandardExponential) },
    { engine: 'numpy', call: 'exponential(2.5)', perCall: 1, ref: rsRef((rs) => legacyExponential(rs, 2.5)) },
    { engine: 'numpy', call: 'exponential(0.3, size=2)', perCall: 2, ref: rsRef((rs) => legacyExponential(rs, 0.3)) },
    { engine: 'numpy-generator', call: 'random()', perCall: 1, ref: genRef((g) => g.bitgen.nextDouble()) },
    { engine: 'numpy-generator', call: 'uniform(1, 2, size=2)', perCall: 2 },
    { engine: 'numpy-generator', call: 'integers(0, 1000)', perCall: 1, ref: lemire(0, 999) },
    { engine: 'numpy-generator', call: 'integers(-3, 2147483647, size=3)', perCall: 3, ref: lemire(-3, 2 ** 31 + 1) },
    { engine: 'numpy-generator', call: 'integers(10, 4294967305)', perCall: 1 },
    { engine: 'numpy-generator', call: 'integers(10, 4294967306)', perCall: 1 },
    { engine: 'numpy-generator', call: 'integers(1099511627776, 1099511627779, endpoint=True)', perCall: 1 },
    { engine: 'numpy-generator', call: 'integers(5, 6)', perCall: 1 },
    { engine: 'numpy-generator', call: 'integers(0, 1099511627776)', perCall: 1 },
    { engine: 'numpy-generator', call: 'standard_normal()', perCall: 1, ref: genRef((g) => randomStandardNormal(g.bitgen)) },
    { engine: 'numpy-generator', call: 'normal(-1, 3, size=4)', perCall: 4 },
    { engine: 'numpy-generator', call: 'standard_exponential()', perCall: 1, ref: genRef((g) => randomStandardExponential(g.bitgen)) },
    { engine: 'numpy-generator', call: "standard_exponential(method='inv')", perCall: 1 },
    { engine: 'numpy-generator', call: 'exponential(0.5, size=3)', perCall: 3 },
    { engine: 'python', call: 'random()', perCall: 1 },
  ];

  /** A seeded engine, disturbed so bulk fills start mid-block, mid-pair and with a buffered half-word. */
  function engineAt(engine: EngineName, seed: number, warm: number): { rng: ReturnType<typeof createEngine>; state: Json } {
    const rng = createEngine(engine, String(seed));
    if (engine === 'numpy') {
      runPrepared(rng, prepareCall(engine, `randint(0, 4294967296, dtype='uint32', size=${warm})`));
      if (warm % 2) runPrepared(rng, prepareCall(engine, 'standard_normal()')); // leaves a cached Gaussian
    } else if (engine === 'numpy-generator') {
      runPrepared(rng, prepareCall(engine, `integers(0, 10, size=${warm})`)); // odd warm: a buffered half-word
    }
    return { rng, state: rng.getState() };
  }

  for (const c of CASES) {
    test(`${c.engine}: ${c.call} — one column of n calls = n single calls${c.ref ? ' = the one-value functions' : ''}, in both modes`, () => {
      const rand = mulberry32(RUN_SEED + c.call.length);
      for (let t = 0; t < 6; t++) {
        const seed = Math.floor(rand() * 2 ** 32);
        const warm = Math.floor(rand() * 1300);
        const n = 1 + Math.floor(rand() * (t < 3 ? 40 : 3000));
        const call = prepareCall(c.engine, c.call);
        setWasmKernels(false);
        const single = engineAt(c.engine, seed, warm).rng;
        const want: string[] = [];
        for (let k = 0; k < n; k++) for (const v of runPrepared(single, call, 1)) want.push(formatValue(v));
        const wantState = single.getState();
        for (const [mode, on] of MODES) {
          setWasmKernels(on);
          const bulk = engineAt(c.engine, seed, warm).rng;
          const got: string[] = [];
          for (let done = 0; done < n; ) {
            const calls = Math.min(n - done, 1 + Math.floor(rand() * n)); // random chunking
            for (const v of columnToPy(runPreparedColumn(bulk, call, calls))) got.push(formatValue(v));
            done += calls;
          }
          assert.deepStrictEqual(got, want, `${mode}: seed ${seed}, warm ${warm}, n ${n}`);
          assert.deepStrictEqual(bulk.getState(), wantState, `${mode}: state after, seed ${seed}`);
        }
        if (c.ref) {
          setWasmKernels(false);
          const eng = engineAt(c.engine, seed, warm).rng;
          const ref = c.ref(eng as never, n * c.perCall).map(formatValue);
          assert.deepStrictEqual(want, ref, `one-value functions: seed ${seed}, warm ${warm}, n ${n}`);
          assert.deepStrictEqual(eng.getState(), wantState, `one-value functions: state after, seed ${seed}`);
        }
        assert.strictEqual(want.length, n * c.perCall);
      }
    });
  }

  test('a column of 0 calls draws nothing (as runPrepared with n = 0)', () => {
    const rng = createEngine('numpy', '1');
    runPrepared(rng, prepareCall('numpy', 'standard_normal()')); // a cached Gaussian stays cached
    const before = rng.getState();
    assert.deepStrictEqual(columnToPy(runPreparedColumn(rng, prepareCall('numpy', 'standard_normal()'), 0)), []);
    assert.deepStrictEqual(rng.getState(), before);
  });
});

suite(`libm log: the fast path equals the exact FMA form (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, () => {
  teardown(() => setLogFastPath(true));

  test('on uniform draws, the near-1 band, tiny and huge arguments and random bit patterns', () => {
    const rand = mulberry32(RUN_SEED + 7);
    const f64 = new Float64Array(1);
    const u32 = new Uint32Array(f64.buffer);
    const xs: number[] = [0, -0, 1, Infinity, -1, NaN, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.9375, 1.064697265625];
    for (let i = 0; i < 100_000; i++) xs.push(rand());
    for (let i = 0; i < 100_000; i++) xs.push(0.9375 + rand() * 0.1271972656);
    for (let i = 0; i < 20_000; i++) xs.push(1 - rand() * 1e-7, 1 + rand() * 1e-9);
    for (let i = 0; i < 50_000; i++) {
      u32[0] = Math.floor(rand() * 2 ** 32);
      u32[1] = Math.floor(rand() * 0x7ff00000);
      xs.push(f64[0]);
    }
    setLogFastPath(true);
    const fast = xs.map(log);
    setLogFastPath(false);
    const exact = xs.map(log);
    for (let i = 0; i < xs.length; i++) assert.ok(Object.is(fast[i], exact[i]), `log(${xs[i]}): fast ${fast[i]}, exact ${exact[i]}`);
  });
});

/** `mt19937_next_double` of two consecutive tempered words: how the MT kernel makes U from its block. */
const blockDouble = (a: number, b: number): number => ((a >>> 5) * 67108864 + (b >>> 6)) * 2 ** -53;

/** The shared MT kernel with its block ours to write: a made-up block, no generator's (the owner releases nothing). */
function kernelForMadeUpBlocks(): MtKernel {
  setWasmKernels(true);
  const k = mtKernel();
  assert.ok(k !== null, 'MT19937 SIMD kernel');
  acquireMtKernel(k, { release: () => undefined });
  return k;
}

suite(`legacy exponential: the MT kernel's values are -log(1 - U) in JavaScript (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, function () {
  this.timeout(120_000);
  teardown(() => setWasmKernels(true));

  test('10**6 values of standard_exponential(size=10**6) and 2·10**5 of exponential(0.3, size=...) = the one-value path, values and state, from even and odd words mid-block', () => {
    const rand = mulberry32(RUN_SEED + 19);
    const cases: [string, number, (rs: RandomState) => number][] = [
      ['standard_exponential(size=1000000)', 1_000_000, legacyStandardExponential],
      ['exponential(0.3, size=200000)', 200_000, (rs) => legacyExponential(rs, 0.3)],
    ];
    for (const [call, n, one] of cases) {
      for (const warm of [0, 1 + 2 * Math.floor(rand() * 300), 2 + 2 * Math.floor(rand() * 300)]) {
        const seed = String(Math.floor(rand() * 2 ** 32));
        const start = (): RandomState => {
          const rs = createEngine('numpy', seed) as RandomState;
          for (let k = 0; k < warm; k++) rs.bitgen.next32(); // an odd warm: a double straddles each block's end
          return rs;
        };
        setWasmKernels(true);
        const bulk = start();
        const col = runPreparedColumn(bulk, prepareCall('numpy', call), 1);
        setWasmKernels(false);
        const single = start();
        const got = col.values as Float64Array;
        assert.strictEqual(got.length, n);
        for (let i = 0; i < n; i++) {
          const want = one(single);
          if (!Object.is(got[i], want)) assert.fail(`${call}, seed ${seed}, warm ${warm}: value ${i} is ${got[i]}, the one-value path ${want}`);
        }
        assert.deepStrictEqual(bulk.getState(), single.getState(), `${call}, seed ${seed}, warm ${warm}: state`);
      }
    }
  });

  test('on crafted and random blocks: U = 0 (-0.0), U = 1 - 2**-53, the near-1 band\'s edge, tiny U, random words', () => {
    const k = kernelForMadeUpBlocks();
    const rand = mulberry32(RUN_SEED + 23);
    const words = new Uint32Array(624);
    const crafted: [number, number][] = [
      [0, 0], // U = 0: -log(1) = -0
      [0xffffffff, 0xffffffff], // U = 1 - 2**-53: 1 - U = 2**-53
      [1 << 28, 0], // U = 1/16: 1 - U = 0.9375, the near-1 branch's edge
      [(1 << 28) - 32, 0xffffffc0], // just below it
      [(1 << 28) + 32, 0], // just above it
      [0, 64], // U = 2**-53
      [0x80000000, 0], // U = 1/2
    ];
    for (let block = 0; block < 3000; block++) {
      // some blocks with small U only (the near-1 branch, where the fast path gives up 1 in 40)
      const shift = block % 4 === 0 ? Math.floor(rand() * 32) : 0;
      for (let j = 0; j < 624; j++) words[j] = Math.floor(rand() * 2 ** 32) >>> shift;
      if (block === 0) crafted.forEach(([a, b], j) => words.set([a, b], 2 * j)); // scale 1, from word 0
      const scale = block % 3 === 0 ? 1 : block % 3 === 1 ? 0.3 : 1e300;
      const pos = block % 2; // from an odd word, 311 values and the last word left
      k.tw.set(words);
      const made = k.exponentials(pos, 400, scale);
      assert.strictEqual(made, (624 - pos) >> 1);
      assert.strictEqual(k.maskedPos(), pos + 2 * made);
      for (let j = 0; j < made; j++) {
        const want = scale * -log(1.0 - blockDouble(words[pos + 2 * j], words[pos + 2 * j + 1]));
        const got = k.doublesOut[j];
        if (!Object.is(got, want)) assert.fail(`block ${block}, value ${j} (scale ${scale}): kernel ${got}, JavaScript ${want}`);
      }
      if (block === 0) {
        assert.ok(Object.is(k.doublesOut[0], -0), 'U = 0 gives -0.0, as -log(1.0)');
        assert.ok(Math.abs(k.doublesOut[1] - 53 * Math.LN2) < 1e-12, 'U = 1 - 2**-53 gives 53·ln 2');
      }
    }
  });
});

/**
 * Tries of the polar method (U1, U2 as k1, k2: U = k·2**-53) whose r2 = x1² + x2² is a hard case
 * of glibc log: its fast path (libm/log.ts; the same arithmetic in the MT kernel) cannot decide
 * the rounding, so the kernel must call its fallback, the exact JavaScript log. Found by a search
 * with the fast path's arithmetic over random tries (r2 from 1.6e-19 to 1 - 2**-52); "fast ≠ glibc":
 * the fast path's value hi + (y - bound) is not glibc's log there, and it changes the pair
 * (f·x2, f·x1), so a kernel returning it instead of calling the fallback gives a wrong pair.
 */
const HARD_POLAR_TRIES: [number, number][] = [
  // near-1 branch
  [8843704378735112, 4006497406446202], // r2 = 0.940895
  [1131325131123274, 1728155537552810], // r2 = 0.940486
  [140021792626917, 4405822518500860], // r2 = 0.939256
  [4756844533093764, 8888799979225654], // r2 = 0.951273, fast ≠ glibc
  [6328283587583321, 497780972597297], // r2 = 0.955313, fast ≠ glibc
  [1786042249152246, 1079560182141107], // r2 = 0.942155, fast ≠ glibc
  [7482408883690210, 1296569768841223], // r2 = 0.944579, fast ≠ glibc
  [2601237115371317, 8472870448906592], // r2 = 0.955217, fast ≠ glibc
  [1727731393456748, 7867887972612744], // r2 = 0.937950, fast ≠ glibc
  [8260994787633671, 6774791666740993], // r2 = 0.950397, fast ≠ glibc
  [624539022055949, 2494557174559508], // r2 = 0.940882, fast ≠ glibc
  [4331301918478299, 72822947794125], // r2 = 0.969385, fast ≠ glibc
  [104216335724310, 5450706157591994], // r2 = 0.998480
  [438683640642244, 2564819695430631], // r2 = 1 - 2.22e-16
  [5620580603660406, 149639179830884], // r2 = 0.996165
  [7692294377649603, 1331886749544285], // r2 = 0.997295, fast ≠ glibc
  [1377202030631508, 1264446517434054], // r2 = 0.999214, fast ≠ glibc
  [78856738864968, 3711196691090081], // r2 = 0.996245, fast ≠ glibc
  // main branch
  [979571444049634, 7005794518769814], // r2 = 0.920983
  [1344396872711682, 4536442631451193], // r2 = 0.492133, fast ≠ glibc
  [7494730672998870, 3123333913999644], // r2 = 0.535045
  [6913497215892008, 2153427988094809], // r2 = 0.558657
  [7095644621814596, 7593343720809188], // r2 = 0.801937, fast ≠ glibc
  [1385301196775659, 1457297010758036], // r2 = 0.936957, fast ≠ glibc
  [4436793560304207, 867867062895882], // r2 = 0.651945, fast ≠ glibc
  [2412327272588809, 1155303700844024], // r2 = 0.768375, fast ≠ glibc
  [5827779105938715, 7521879880374424], // r2 = 0.535610, fast ≠ glibc
  [4178437014098450, 4996907178188852], // r2 = 0.0172111, fast ≠ glibc
  [1383155524128276, 5731014516397578], // r2 = 0.554358, fast ≠ glibc
  [2201255186569442, 3132092731668689], // r2 = 0.354091, fast ≠ glibc
  [4503833194631517, 4503590665658747], // r2 = 2.69366e-9
  [4503595729441544, 4503596746306756], // r2 = 1.15836e-12, fast ≠ glibc
  [3858229746896401, 4148588792381872], // r2 = 0.0267490
  [5883771396332613, 4630346296325372], // r2 = 0.0947096, fast ≠ glibc
  [3951705581422892, 4689884390037827], // r2 = 0.0167282
  [3415661853432932, 4404699384364120], // r2 = 0.0588387, fast ≠ glibc
  [4491005478726173, 4496333544746361], // r2 = 0.0000104232, fast ≠ glibc
  [4503599630473291, 4503599628195165], // r2 = 5.08195e-19, fast ≠ glibc
  [4503597188653709, 4503605268535348], // r2 = 1.86221e-12, fast ≠ glibc
  [4503607868291055, 4503601276228276], // r2 = 3.48240e-12, fast ≠ glibc
  [4503599629181794, 4503599627596500], // r2 = 1.64274e-19, fast ≠ glibc
  [4503586724020985, 4503587985572072], // r2 = 1.48911e-11, fast ≠ glibc
];

/** Two tempered words whose double is k·2**-53 (0 <= k < 2**53); the bits the double ignores are random. */
function wordsOfDouble(k: number, rand: () => number): [number, number] {
  const junk = (bits: number) => Math.floor(rand() * 2 ** bits);
  return [Math.floor(k / 2 ** 26) * 32 + junk(5), (k % 2 ** 26) * 64 + junk(6)];
}

/** Write the 4 words of the polar try (k1, k2) into `words` at `at`. */
function setTry(words: Uint32Array, at: number, [k1, k2]: [number, number], rand: () => number): void {
  words.set([...wordsOfDouble(k1, rand), ...wordsOfDouble(k2, rand)], at);
}

/** The one-value path, `legacyGauss`, on a RandomState whose bit generator reads the doubles of `words` from word `at` on. */
function gaussOnWords(words: Uint32Array, at: number): { next: () => number; pos: () => number } {
  let p = at;
  const nextDouble = () => {
    const d = blockDouble(words[p], words[p + 1]);
    p += 2;
    return d;
  };
  const rs = { hasGauss: false, gauss: 0.0, bitgen: { nextDouble } } as unknown as RandomState;
  return { next: () => legacyGauss(rs), pos: () => p };
}

/** Compare `made` pairs of the kernel's polar outputs with the one-value path's on the same words, bit for bit. */
function assertPolarPairs(k: MtKernel, ref: { next: () => number }, made: number, what: string): void {
  for (let j = 0; j < made; j++) {
    for (const [lane, name] of [[0, 'f·x2'], [1, 'f·x1']] as const) {
      const want = ref.next();
      const got = k.doublesOut[2 * j + lane];
      if (!Object.is(got, want)) assert.fail(`${what}: pair ${j}, ${name}: kernel ${got}, JavaScript ${want}`);
    }
  }
}

suite(`legacy Gaussian: the MT kernel's polar method on glibc log's hard cases (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, function () {
  this.timeout(120_000);
  teardown(() => setWasmKernels(true));

  const r2Of = ([k1, k2]: [number, number]) => {
    const x1 = 2.0 * k1 * 2 ** -53 - 1.0;
    const x2 = 2.0 * k2 * 2 ** -53 - 1.0;
    return x1 * x1 + x2 * x2;
  };

  test(`each of the ${HARD_POLAR_TRIES.length} hard tries reaches the kernel's fallback log (both branches) and gives the one-value path's pair`, () => {
    const r2s = HARD_POLAR_TRIES.map(r2Of);
    const nearOne = r2s.filter((r2) => r2 >= 0.9375).length;
    assert.ok(nearOne >= 10 && r2s.length - nearOne >= 10, `near-1 branch ${nearOne}, main branch ${r2s.length - nearOne}`);
    for (const r2 of r2s) assert.ok(r2 > 0 && r2 < 1, `r2 = ${r2}: the try is accepted`);
    const calls: number[] = [];
    const k = newMtKernel((x) => {
      calls.push(x);
      return log(x);
    });
    assert.ok(k !== null, 'MT19937 SIMD kernel');
    const rand = mulberry32(RUN_SEED + 29);
    const words = new Uint32Array(624);
    for (let j = 0; j < 624; j++) words[j] = Math.floor(rand() * 2 ** 32);
    HARD_POLAR_TRIES.forEach((t, j) => setTry(words, 4 * j, t, rand));
    k.tw.set(words);
    const made = k.polar(0, HARD_POLAR_TRIES.length);
    assert.strictEqual(made, HARD_POLAR_TRIES.length);
    assert.strictEqual(k.maskedPos(), 4 * made);
    const ref = gaussOnWords(words, 0);
    assertPolarPairs(k, ref, made, 'hard tries from word 0');
    assert.strictEqual(ref.pos(), 4 * made);
    // the fast path gave up on every one of them (else the list no longer tests the fallback: search again)
    assert.deepStrictEqual(calls, r2s, 'the arguments of the fallback log calls');
  });

  test('the shared kernel on made-up blocks: the hard tries among random ones (accepted, rejected, small r2), from any word, any number of pairs', () => {
    const k = kernelForMadeUpBlocks();
    const rand = mulberry32(RUN_SEED + 31);
    const words = new Uint32Array(624);
    let hardSeen = 0;
    for (let block = 0; block < 2000; block++) {
      // a quarter of the blocks with words near 2**31 (U near 1/2, so x near 0 and r2 small)
      const shift = block % 4 === 0 ? 1 + Math.floor(rand() * 31) : 0;
      for (let j = 0; j < 624; j++) {
        const w = Math.floor(rand() * 2 ** 32);
        words[j] = shift ? (0x80000000 + (w & 1 ? 1 : -1) * (w >>> shift)) >>> 0 : w;
      }
      const pos = Math.floor(rand() * 4);
      const hard = new Set<number>();
      for (let h = 1 + Math.floor(rand() * 12); h > 0; h--) {
        const at = pos + 4 * Math.floor(rand() * ((624 - pos) >> 2));
        setTry(words, at, HARD_POLAR_TRIES[Math.floor(rand() * HARD_POLAR_TRIES.length)], rand);
        hard.add(at);
      }
      // and now and then a rejected edge: r2 = 0 (U1 = U2 = 1/2) or r2 = 1 (U1 = 0, x1 = -1)
      if (block % 7 === 0) setTry(words, pos + 4 * Math.floor(rand() * ((624 - pos) >> 2)), rand() < 0.5 ? [2 ** 52, 2 ** 52] : [0, 2 ** 52], rand);
      const pairs = rand() < 0.3 ? 1 + Math.floor(rand() * 20) : 156;
      k.tw.set(words);
      const made = k.polar(pos, pairs);
      const ref = gaussOnWords(words, pos);
      assertPolarPairs(k, ref, made, `block ${block} from word ${pos}`);
      for (const at of hard) if (at < ref.pos()) hardSeen++;
      if (made === pairs) assert.strictEqual(k.maskedPos(), ref.pos(), `block ${block}: the next word`);
      else assert.ok(k.maskedPos() > 620 && ref.pos() <= k.maskedPos(), `block ${block}: to the block's end`);
    }
    assert.ok(hardSeen > 5000, `hard tries compared: ${hardSeen}`);
  });
});

suite(`layouts: typed columns print as their PyObj values do (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, () => {
  const rand = mulberry32(RUN_SEED + 11);
  const floats = [0, -0, NaN, Infinity, -Infinity, 1e-4, 9.999999999999999e-5, 1e-5, 1e16, 9999999999999998, 1e22, 123, -5.5, 5e-324, 1.7976931348623157e308, -2.5e-7, 0.1];
  for (let i = 0; i < 300; i++) floats.push((rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20), rand());
  const ints = [0, -1, 1, -1024, -1025, 65535, 65536, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, -(2 ** 53), 1234567];
  for (let i = 0; i < 300; i++) ints.push(Math.floor((rand() - 0.5) * 2 ** Math.floor(rand() * 54)), Math.floor(rand() * 1000));
  const small = ints.filter((v) => v >= -(2 ** 31) && v < 2 ** 31);
  const columns: [string, Column][] = [
    ['float', { kind: 'float', values: Float64Array.from(floats) }],
    ['int (Float64Array)', { kind: 'int', values: Float64Array.from(ints) }],
    ['int (Int32Array)', { kind: 'int', values: Int32Array.from(small) }],
  ];
  const formats = ['repr', ',', '.3f', ',.6g'];
  for (const layout of LAYOUTS) {
    test(`${layout}: every format, any chunking`, () => {
      for (const [name, col] of columns) {
        for (const f of formats) {
          const opts = { layout, format: parseNumberFormat(f)!, eol: rand() < 0.5 ? '\n' : '\r\n' };
          const want = formatLayout(columnToPy(col), opts);
          const w = layoutWriter(opts);
          let got = w.start;
          for (let at = 0; at < col.values.length; ) {
            const to = Math.min(col.values.length, at + 1 + Math.floor(rand() * 50));
            got += w.column(col, at, to);
            at = to;
          }
          got += w.end();
          assert.strictEqual(got, want, `${name} column, format ${f}`);
          for (let i = 0; i < col.values.length; i++) {
            assert.strictEqual(formatColumnValue(col, i, opts.format), formatValueWith(columnValue(col, i), opts.format));
          }
        }
      }
    });
  }
});

suite(`generateBytes: the UTF-8 bytes of generateChunks' text (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, () => {
  const REQUESTS: { engine: EngineName; call: string; n: number }[] = [
    { engine: 'numpy', call: 'random_sample(size=7)', n: 50 },
    { engine: 'numpy', call: 'randint(-3, 1000)', n: 200 },
    { engine: 'numpy', call: 'standard_normal()', n: 99 },
    { engine: 'numpy', call: 'lognormal(0, 30)', n: 60 }, // tiny and huge floats, no bulk path
    { engine: 'numpy-generator', call: 'integers(0, 4294967296, size=3)', n: 40 },
    { engine: 'numpy-generator', call: "choice(['a', 'é,\"x\"', '😀', '\\U0001f600'])", n: 80 },
    { engine: 'python', call: 'random()', n: 120 },
    { engine: 'python', call: "choice(['ünï', 'b'])", n: 10 },
    { engine: 'numpy', call: 'randint(0, 2, dtype="bool")', n: 30 },
  ];
  for (const layout of LAYOUTS) {
    test(`${layout}: every format, chunk size and line break`, () => {
      const rand = mulberry32(RUN_SEED + 13);
      for (const r of REQUESTS) {
        for (const format of ['repr', ',', '.2f']) {
          const req = {
            ...r,
            seed: String(Math.floor(rand() * 1000)),
            layout,
            format: parseNumberFormat(format)!,
            header: 'välue',
            eol: rand() < 0.5 ? '\n' : '\r\n',
            chunkValues: 1 + Math.floor(rand() * 100),
          };
          let text = '';
          for (const c of generateChunks(req)) text += c.text;
          const parts: Buffer[] = [];
          for (const b of generateBytes(req)) parts.push(Buffer.from(b)); // copies: each view is reused
          assert.ok(Buffer.concat(parts).equals(Buffer.from(text, 'utf8')), `${r.engine} ${r.call} ${layout} ${format}`);
        }
      }
    });
  }
});

suite(`libm lessThanExp: a < exp(x) exactly (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, () => {
  test('for a far from, near, at and next to exp(x), over the ziggurat wedges\' range of x', () => {
    const rand = mulberry32(RUN_SEED + 17);
    const f64 = new Float64Array(1);
    const u32 = new Uint32Array(f64.buffer);
    const step = (v: number, k: number) => {
      f64[0] = v;
      const lo = u32[0] + k;
      u32[1] += Math.floor(lo / 2 ** 32);
      u32[0] = lo >>> 0;
      return f64[0];
    };
    for (let i = 0; i < 50_000; i++) {
      const x = -rand() * 8;
      const e = exp(x);
      const as = [e, step(e, 1), step(e, -1), step(e, 3), step(e, -5000), step(e, 5000), e * (1 + (rand() - 0.5) * 1e-9), rand()];
      for (const a of as) assert.strictEqual(lessThanExp(a, x), a < e, `a = ${a}, x = ${x}`);
    }
  });
});
