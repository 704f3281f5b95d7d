import type { BitGenerator } from '../bitgen/BitGenerator';
import { exp } from '../libm/exp';
import { log } from '../libm/log';
import { log1p } from '../libm/log1p';
import { log1pf } from '../libm/log1pf';
import { pow } from '../libm/pow';
import { FE_F, FI_F, KE_F, KI_F, WE_F, WI_F, ZIGGURAT_EXP_R_F, ZIGGURAT_NOR_INV_R_F, ZIGGURAT_NOR_R_F } from './zigguratTables';

/*
 * Generator's `dtype=np.float32` draws (distributions.c, NumPy 2.4.6): `random`,
 * `standard_normal`, `standard_exponential` and `standard_gamma` have their own float32
 * algorithms on 32-bit words (`next_uint32`, i.e. PCG64's buffered half-words), with float32
 * ziggurat tables. C's float arithmetic is emulated by rounding every operation with
 * `Math.fround` (x86-64 evaluates float expressions in float, without FMA in NumPy's baseline).
 *
 * The float libm calls: `sqrtf` and `expf` are reproduced exactly (a correctly rounded sqrt;
 * glibc's expf is correctly rounded in practice, and the double `exp` rounded to float agrees);
 * `log1pf` is glibc's own algorithm in float arithmetic (libm/log1pf.ts); `logf` and `powf` are
 * taken as the glibc-exact double functions rounded to float, which differs from glibc's float
 * routines (error up to 0.82 ulp) in rare cases — only `standard_gamma(shape < 1)` returns a
 * powf result, measured by test/core/float32.test.ts and documented in docs/numpy-generator.md.
 */

const f32 = Math.fround;
const logf = (x: number) => f32(log(x));
const powf = (x: number, y: number) => f32(pow(x, y));
const expf = (x: number) => f32(exp(x));

/** `next_float`: `(next_uint32 >> 8) * (1.0f / 16777216.0f)`, a float32 in [0, 1) (exact). */
export function nextFloat(bitgen: BitGenerator): number {
  return (bitgen.next32() >>> 8) * 5.9604644775390625e-8;
}

/**
 * `random_standard_normal_f`: the 256-layer ziggurat on one 32-bit word (8 bits of layer, a
 * sign bit, a 23-bit magnitude); the tail by Marsaglia's method with log1pf; wedges accepted
 * against the double `exp(-0.5 * x * x)`.
 */
export function standardNormalF(bitgen: BitGenerator): number {
  for (;;) {
    const r = bitgen.next32();
    const idx = r & 0xff;
    const sign = (r >>> 8) & 1;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f32(rabs * WI_F[idx]);
    if (sign) x = -x;
    if (rabs < KI_F[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = f32(-ZIGGURAT_NOR_INV_R_F * log1pf(-nextFloat(bitgen)));
        const yy = -log1pf(-nextFloat(bitgen));
        if (f32(yy + yy) > f32(xx * xx)) return (rabs >>> 8) & 1 ? -f32(ZIGGURAT_NOR_R_F + xx) : f32(ZIGGURAT_NOR_R_F + xx);
      }
    }
    if (f32(f32(f32(FI_F[idx - 1] - FI_F[idx]) * nextFloat(bitgen)) + FI_F[idx]) < exp(-0.5 * x * x)) return x;
  }
}

/**
 * `random_standard_exponential_f`: the 256-layer ziggurat on one 32-bit word (the low bit
 * dropped, 8 bits of layer, 23 bits of value); the tail `r - log1pf(-U)`; wedges against `expf(-x)`;
 * a rejected wedge draws afresh.
 */
export function standardExponentialF(bitgen: BitGenerator): number {
  for (;;) {
    let ri = bitgen.next32() >>> 1;
    const idx = ri & 0xff;
    ri >>>= 8;
    const x = f32(ri * WE_F[idx]);
    if (ri < KE_F[idx]) return x;
    if (idx === 0) return f32(ZIGGURAT_EXP_R_F - log1pf(-nextFloat(bitgen)));
    if (f32(f32(f32(FE_F[idx - 1] - FE_F[idx]) * nextFloat(bitgen)) + FE_F[idx]) < expf(-x)) return x;
  }
}

/** `random_standard_exponential_inv_fill_f`'s value: `-npy_log1p(-next_float)` in double, stored as float. */
export function standardExponentialInvF(bitgen: BitGenerator): number {
  return f32(-log1p(-nextFloat(bitgen)));
}

/**
 * `random_standard_gamma_f(shape)` for a float32 shape: 1 → the float exponential; 0 → 0;
 * below 1 Johnk/Best rejection with powf/logf; above, Marsaglia–Tsang on float normals — all in
 * float arithmetic.
 */
export function standardGammaF(bitgen: BitGenerator, shape: number): number {
  if (shape === 1) return standardExponentialF(bitgen);
  if (shape === 0) return 0;
  if (shape < 1) {
    const inv = f32(1 / shape);
    for (;;) {
      const U = nextFloat(bitgen);
      const V = standardExponentialF(bitgen);
      if (U <= f32(1 - shape)) {
        const X = powf(U, inv);
        if (X <= V) return X;
      } else {
        const Y = -logf(f32(f32(1 - U) / shape));
        const X = powf(f32(f32(1 - shape) + f32(shape * Y)), inv);
        if (X <= f32(V + Y)) return X;
      }
    }
  }
  const b = f32(shape - f32(1 / 3));
  const c = f32(1 / f32(Math.sqrt(f32(9 * b))));
  const k = f32(0.0331);
  for (;;) {
    let X: number;
    let V: number;
    do {
      X = standardNormalF(bitgen);
      V = f32(1 + f32(c * X));
    } while (V <= 0);
    V = f32(f32(V * V) * V);
    const U = nextFloat(bitgen);
    const xx = f32(X * X);
    if (U < f32(1 - f32(f32(k * xx) * xx))) return f32(b * V);
    if (logf(U) < f32(f32(f32(0.5 * X) * X) + f32(b * f32(f32(1 - V) + logf(V))))) return f32(b * V);
  }
}

/**
 * A float32 value as NumPy prints it: the shortest decimal that reads back as the same float32
 * (`repr(np.float32(x))` digits, e.g. 0.5488135), returned as the double nearest that decimal,
 * so the ordinary float formatting prints NumPy's float32 text.
 */
export function float32Shown(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  for (let p = 1; p < 9; p++) {
    const d = Number(x.toPrecision(p));
    if (f32(d) === x) return d;
  }
  return Number(x.toPrecision(9));
}
