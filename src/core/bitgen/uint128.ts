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

const scratchA = new Float64Array(8);

/**
 * `x = x * m + c (mod 2**128)` in place: one step of a 128-bit LCG (PCG's
 * `pcg_setseq_128_step_r`).
 *
 * @param x the state, updated in place.
 * @param m the multiplier as {@link halves16} (precomputed once).
 * @param c the increment.
 *
 * Schoolbook multiplication on 16-bit half-limbs, column by column; only the columns below
 * 2**128 are formed. A column holds at most 8 products < 2**32 plus a carry < 2**20 plus a
 * 16-bit increment half-limb, so it stays far below 2**53.
 */
export function mulAdd128(x: U128, m: Float64Array, c: U128): void {
  const a = scratchA;
  a[0] = x[0] & 0xffff;
  a[1] = x[0] >>> 16;
  a[2] = x[1] & 0xffff;
  a[3] = x[1] >>> 16;
  a[4] = x[2] & 0xffff;
  a[5] = x[2] >>> 16;
  a[6] = x[3] & 0xffff;
  a[7] = x[3] >>> 16;
  let carry = 0;
  for (let k = 0; k < 8; k += 2) {
    // Even column k (low half of limb k/2).
    let lo = carry + (c[k >> 1] & 0xffff);
    for (let i = 0; i <= k; i++) lo += a[i] * m[k - i];
    const loHalf = lo % 65536;
    carry = (lo - loHalf) / 65536;
    // Odd column k + 1 (high half of limb k/2).
    let hi = carry + (c[k >> 1] >>> 16);
    for (let i = 0; i <= k + 1; i++) hi += a[i] * m[k + 1 - i];
    const hiHalf = hi % 65536;
    carry = (hi - hiHalf) / 65536;
    x[k >> 1] = hiHalf * 65536 + loHalf;
  }
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
