import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { acos } from '../../src/core/libm/acos';
import { exp } from '../../src/core/libm/exp';
import { expm1 } from '../../src/core/libm/expm1';
import { exactFma, fma } from '../../src/core/libm/fma';
import { log } from '../../src/core/libm/log';
import { log1p } from '../../src/core/libm/log1p';
import { pow } from '../../src/core/libm/pow';
import { cos, sin } from '../../src/core/libm/sincos';
import { referenceAvailable } from '../support/python';

/*
 * src/core/libm must round exactly as the C library that NumPy and CPython call (glibc's FMA
 * builds on x86-64). Inputs are drawn fresh each run — uniform, near-1, full bit patterns,
 * special values — and the expected results come from the live C library through Python's
 * math module (ctypes for functions Python wraps with extra checks). Skipped without python3.
 * `fma` is checked against exact rational arithmetic, including constructed ties.
 */

const PYTHON = process.env.PYTHON ?? 'python3';

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const hex = (x: number) => {
  f64[0] = x;
  return u64[0].toString(16).padStart(16, '0');
};
const unhex = (h: string) => {
  u64[0] = BigInt('0x' + h);
  return f64[0];
};

/** A double with random bits (finite). */
function randomBits(): number {
  for (;;) {
    u64[0] = (BigInt(Math.floor(Math.random() * 2 ** 32)) << 32n) | BigInt(Math.floor(Math.random() * 2 ** 32));
    if (Number.isFinite(f64[0])) return f64[0];
  }
}

const FUNCS: Record<string, (...a: number[]) => number> = { log, exp, pow, log1p, expm1, sin, cos, acos };
const SPECIAL = [0, -0, 1, -1, 0.5, 2, Infinity, -Infinity, NaN, 5e-324, 2.2250738585072014e-308, 1e-310, 1e300, -1e-300, 0.9375, 1.064697265625, 709.78, -745.2, 710, -708.5, Math.PI, -Math.PI / 2, 1e22];

function inputs(name: string, n: number): number[][] {
  const u = () => Math.random();
  const out: number[][] = SPECIAL.map((x) => [x]);
  const gen: Record<string, () => number[]> = {
    log: () => [[u(), 0.9 + 0.2 * u(), Math.abs(randomBits()), u() * 1e6][Math.floor(u() * 4)]],
    exp: () => [[(u() - 0.5) * 60, (u() - 0.5) * 1455, (u() - 0.5) * 1e-6][Math.floor(u() * 3)]],
    pow: () => [[u(), 0.05 + 20 * u()], [100 * u(), (u() - 0.5) * 10], [(u() - 0.5) * 6, Math.round((u() - 0.5) * 40)], [1 - u() * 1e-9, 1e9 * u()]][Math.floor(u() * 4)],
    log1p: () => [[-u(), (u() - 0.2) * 4, (u() - 0.5) * 1e-6][Math.floor(u() * 3)]],
    expm1: () => [[(u() - 0.5) * 10, (u() - 0.5) * 1e-4, (u() - 0.5) * 1400][Math.floor(u() * 3)]],
    sin: () => [[2 * Math.PI * u(), (u() - 0.5) * 1e5, (u() - 0.5) * 1e-3][Math.floor(u() * 3)]],
    cos: () => [[2 * Math.PI * u(), (u() - 0.5) * 1e5, Math.PI * u()][Math.floor(u() * 3)]],
    acos: () => [[2 * u() - 1, 1 - u() * 1e-3, (u() - 0.5) * 0.25][Math.floor(u() * 3)]],
  };
  if (name === 'pow') {
    out.length = 0;
    for (const a of SPECIAL) for (const b of [0, -0, 1, -1, 0.5, 2, 3, -3, Infinity, -Infinity, NaN, 2 ** 63, 2 ** -70]) out.push([a, b]);
  }
  for (let i = 0; i < n; i++) out.push(gen[name]());
  return out;
}

suite('libm: bit-for-bit glibc', function () {
  this.timeout(120_000);

  for (const name of Object.keys(FUNCS)) {
    test(`${name} rounds exactly as the C library, on fresh inputs`, function () {
      if (!referenceAvailable(false)) this.skip();
      const xs = inputs(name, 20_000);
      const ref = spawnSync(
        PYTHON,
        [
          '-c',
          `import ctypes, ctypes.util, json, struct, sys
libm = ctypes.CDLL(ctypes.util.find_library('m') or 'libm.so.6')
f = getattr(libm, sys.argv[1]); f.restype = ctypes.c_double
out = []
for args in json.load(sys.stdin):
    vals = [struct.unpack('>d', bytes.fromhex(a))[0] for a in args]
    f.argtypes = [ctypes.c_double] * len(vals)
    out.append(struct.pack('>d', f(*vals)).hex())
print(json.dumps(out))`,
          name,
        ],
        { input: JSON.stringify(xs.map((a) => a.map(hex))), encoding: 'utf8', maxBuffer: 1 << 28 },
      );
      assert.strictEqual(ref.status, 0, ref.stderr);
      const want: string[] = JSON.parse(ref.stdout);
      const bad: string[] = [];
      xs.forEach((args, i) => {
        const got = FUNCS[name](...args);
        const w = unhex(want[i]);
        const same = Object.is(got, w) || (Number.isNaN(got) && Number.isNaN(w));
        if (!same && bad.length < 5) bad.push(`${name}(${args.join(', ')}) = ${got}, C library: ${w}`);
      });
      assert.deepStrictEqual(bad, []);
    });
  }

  test('fma is correctly rounded (against exact BigInt arithmetic), ties included', () => {
    const rnd = () => (Math.random() - 0.5) * 2 ** Math.floor(Math.random() * 80 - 40);
    const bad: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const a = rnd();
      const b = rnd();
      const p = a * b;
      for (const c of [rnd(), -p, -p * (1 + 2 ** -52), p * 2 ** -53, -p * 2 ** -54, 0]) {
        if (!Object.is(fma(a, b, c), exactFma(a, b, c)) && bad.length < 5) bad.push(`fma(${a}, ${b}, ${c})`);
      }
      // a product that is an exact integer plus a half-ulp addend: a rounding tie
      const x = 2 ** 26 + Math.floor(Math.random() * 2 ** 26);
      const y = 2 ** 27 + Math.floor(Math.random() * 2 ** 27);
      const z = (Math.random() < 0.5 ? 1 : -1) * 2 ** Math.floor(Math.random() * 60);
      if (!Object.is(fma(x, y, z), exactFma(x, y, z)) && bad.length < 5) bad.push(`fma(${x}, ${y}, ${z})`);
    }
    assert.deepStrictEqual(bad, []);
  });

  test('exactFma agrees with Python fractions (correct rounding of a*b + c)', function () {
    if (!referenceAvailable(false)) this.skip();
    const cases: number[][] = [];
    for (let i = 0; i < 2000; i++) {
      const a = randomBits() * 2 ** -Math.floor(Math.random() * 10);
      const b = (Math.random() - 0.5) * 2 ** Math.floor(Math.random() * 40 - 20);
      cases.push([a, b, (Math.random() - 0.5) * Math.abs(a * b) * 3 || 1], [a, b, -(a * b)]);
    }
    // Python's float(Fraction) raises OverflowError past the largest double, so the reference only
    // covers results that stay finite: keep |a*b| + |c| well inside the double range.
    const finite = cases.filter((c) => c.every(Number.isFinite) && Number.isFinite(2 * (Math.abs(c[0] * c[1]) + Math.abs(c[2]))));
    const r = spawnSync(
      PYTHON,
      ['-c', `import json, struct, sys
from fractions import Fraction as F
d = lambda h: struct.unpack('>d', bytes.fromhex(h))[0]
print(json.dumps([struct.pack('>d', float(F(d(a)) * F(d(b)) + F(d(c)))).hex() for a, b, c in json.load(sys.stdin)]))`],
      { input: JSON.stringify(finite.map((c) => c.map(hex))), encoding: 'utf8' },
    );
    assert.strictEqual(r.status, 0, r.stderr);
    const want: string[] = JSON.parse(r.stdout);
    const bad = finite.filter((c, i) => hex(exactFma(c[0], c[1], c[2])) !== want[i]).slice(0, 5);
    assert.deepStrictEqual(bad, []);
  });
});
