/**
 * Bit-level access to doubles for the libm routines: the high and low 32-bit words of the
 * IEEE-754 representation (glibc's `asuint64` split in two, since JS has no fast uint64).
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the high word in `u32` (1 on little-endian hosts, 0 on big-endian ones). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** High 32 bits (sign, exponent, top 20 mantissa bits) of `x`, as an unsigned integer. */
export function hiWord(x: number): number {
  f64[0] = x;
  return u32[HI];
}

/** Low 32 bits of the mantissa of `x`, as an unsigned integer. */
export function loWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** The double whose representation is `hi:lo` (glibc's `asdouble`). */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0];
}

/**
 * The neighbour of `x` one unit in the last place away from zero (`up`) or toward zero.
 * `x` must be finite and non-zero.
 */
export function stepUlp(x: number, up: boolean): number {
  f64[0] = x;
  if (up) {
    if (u32[LO] === 0xffffffff) {
      u32[LO] = 0;
      u32[HI] += 1;
    } else {
      u32[LO] += 1;
    }
  } else if (u32[LO] === 0) {
    u32[LO] = 0xffffffff;
    u32[HI] -= 1;
  } else {
    u32[LO] -= 1;
  }
  return f64[0];
}

/** Whether the last mantissa bit of `x` is 1. */
export function isOdd(x: number): boolean {
  f64[0] = x;
  return (u32[LO] & 1) === 1;
}
