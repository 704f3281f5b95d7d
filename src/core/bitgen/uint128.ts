/**
 * 128-bit unsigned arithmetic for PCG64, without BigInt.
 *
 * A value is a `Uint32Array(4)` of 32-bit limbs, least significant first: `[bits 0–31,
 * bits 32–63, bits 64–95, bits 96–127]`. Everything is modulo 2**128, as C's `__uint128_t`.
 *
 * Products are formed on 16-bit half-limbs so that every partial product (< 2**32) and every
 * column sum (< 2**36) stays an exact integer in a double; no `Math.imul` overflow tricks are
 * needed and the results are exact.
 */
export type U128 = Uint32Array;

/** A fresh zero. */
export function u128(): U128 {
  return new Uint32Array(4);
}

/** From a BigInt in [0, 2**128) (higher bits are dropped). Cold path: seeding and setState. */
export function u128FromBigInt(x: bigint, out: U128 = u128()): U128 {
  for (let i = 0; i < 4; i++) {
    out[i] = Number((x >> BigInt(32 * i)) & 0xffffffffn);
  }
  return out;
}

/** To a BigInt in [0, 2**128). Cold path: getState and tests. */
export function u128ToBigInt(a: U128): bigint {
  return (BigInt(a[3]) << 96n) | (BigInt(a[2]) << 64n) | (BigInt(a[1]) << 32n) | BigInt(a[0]);
}

/** Split into eight 16-bit half-limbs, least significant first (for a constant multiplier). */
export function halves16(a: U128): Float64Array {
  const h = new Float64Array(8);
  for (let i = 0; i < 4; i++) {
    h[2 * i] = a[i] & 0xffff;
    h[2 * i + 1] = a[i] >>> 16;
  }
  return h;
}

/**
 * `x = x * m + c (mod 2**128)` in place: one step of a 128-bit LCG (PCG's
 * `pcg_setseq_128_step_r`).
 *
 * @param x the state, updated in place.
 * @param m the multiplier as {@link halves16} (precomputed once).
 * @param c the increment.
 *
 * Schoolbook multiplication on 16-bit half-limbs, column by column and unrolled; only the
 * columns below 2**128 are formed. A column holds at most 8 products < 2**32, a carry < 2**20
 * and a 16-bit increment half-limb, so it stays below 2**36: exact in a double, and `& 0xffff`
 * (ToInt32 is exact modulo 2**32 for such integers) and `/ 65536` split it exactly.
 */
export function mulAdd128(x: U128, m: Float64Array, c: U128): void {
  const a0 = x[0] & 0xffff, a1 = x[0] >>> 16, a2 = x[1] & 0xffff, a3 = x[1] >>> 16;
  const a4 = x[2] & 0xffff, a5 = x[2] >>> 16, a6 = x[3] & 0xffff, a7 = x[3] >>> 16;
  const m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3], m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7];
  const c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
  const s0 = (c0 & 0xffff) + a0 * m0;
  const r0 = s0 & 0xffff;
  const k0 = (s0 - r0) / 65536;
  const s1 = k0 + (c0 >>> 16) + a0 * m1 + a1 * m0;
  const r1 = s1 & 0xffff;
  const k1 = (s1 - r1) / 65536;
  const s2 = k1 + (c1 & 0xffff) + a0 * m2 + a1 * m1 + a2 * m0;
  const r2 = s2 & 0xffff;
  const k2 = (s2 - r2) / 65536;
  const s3 = k2 + (c1 >>> 16) + a0 * m3 + a1 * m2 + a2 * m1 + a3 * m0;
  const r3 = s3 & 0xffff;
  const k3 = (s3 - r3) / 65536;
  const s4 = k3 + (c2 & 0xffff) + a0 * m4 + a1 * m3 + a2 * m2 + a3 * m1 + a4 * m0;
  const r4 = s4 & 0xffff;
  const k4 = (s4 - r4) / 65536;
  const s5 = k4 + (c2 >>> 16) + a0 * m5 + a1 * m4 + a2 * m3 + a3 * m2 + a4 * m1 + a5 * m0;
  const r5 = s5 & 0xffff;
  const k5 = (s5 - r5) / 65536;
  const s6 = k5 + (c3 & 0xffff) + a0 * m6 + a1 * m5 + a2 * m4 + a3 * m3 + a4 * m2 + a5 * m1 + a6 * m0;
  const r6 = s6 & 0xffff;
  const k6 = (s6 - r6) / 65536;
  const s7 = k6 + (c3 >>> 16) + a0 * m7 + a1 * m6 + a2 * m5 + a3 * m4 + a4 * m3 + a5 * m2 + a6 * m1 + a7 * m0;
  const r7 = s7 & 0xffff;
  x[0] = r0 | (r1 << 16);
  x[1] = r2 | (r3 << 16);
  x[2] = r4 | (r5 << 16);
  x[3] = r6 | (r7 << 16);
}

/** `x = x + y (mod 2**128)` in place. */
export function add128(x: U128, y: U128): void {
  let carry = 0;
  for (let i = 0; i < 4; i++) {
    const s = x[i] + y[i] + carry;
    x[i] = s; // Uint32Array stores s mod 2**32
    carry = s > 0xffffffff ? 1 : 0;
  }
}
