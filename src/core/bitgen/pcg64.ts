import type { Json } from '../types';
import type { BitGenerator } from './BitGenerator';
import type { SeedSequence } from './seedSequence';
import { pcgKernel, PCG_BLOCK, readyPcgKernel, type PcgKernel } from '../wasm/kernels';
import { add128, halves16, mulAdd128, u128, u128FromBigInt, u128ToBigInt, type U128 } from './uint128';

/** PCG's default 128-bit multiplier, `PCG_DEFAULT_MULTIPLIER_128` (numpy/random/src/pcg64/pcg64.h). */
export const PCG64_MULTIPLIER = 0x2360ed051fc65da44385df649fccf645n;
const MULT = halves16(u128FromBigInt(PCG64_MULTIPLIER));
/** Most outputs one {@link PCG64.rawBlock} returns. */
export const PCG64_BLOCK = PCG_BLOCK;

/** The JSON snapshot: NumPy's `PCG64.state` dict, with the 128-bit ints as decimal strings. */
export interface PCG64State {
  bit_generator: 'PCG64';
  state: { state: string; inc: string };
  has_uint32: number;
  uinteger: number;
}

/**
 * PCG64 as NumPy's default bit generator (numpy/random/src/pcg64/pcg64.h, `_pcg64.pyx`):
 * O'Neill's PCG XSL-RR 128/64 — a 128-bit LCG `state = state * MULT + inc`, advanced *before*
 * each output, whose 64-bit output is `rotr64(high ^ low, state >> 122)`.
 * (Not PCG64DXSM, which NumPy offers separately.)
 *
 * `next32` hands out one 64-bit output in two halves, LOW half first, and keeps the high half
 * buffered (`has_uint32` / `uinteger`) for the next `next32` call — that buffer is part of the
 * state. `next64`/`nextDouble` ignore the buffer and leave it as it is, as NumPy does.
 *
 * 128-bit arithmetic is in ./uint128 (no BigInt on the drawing path); bulk draws ({@link rawBlock},
 * {@link fillDoubles}) run the WebAssembly kernel of src/core/wasm/kernels.ts (native 64-bit
 * multiplies) when available — the same outputs.
 */
export class PCG64 implements BitGenerator {
  readonly state: U128 = u128();
  readonly inc: U128 = u128();
  /** The buffered high half of the last 64-bit output split by `next32`, if any. */
  hasUint32 = false;
  uinteger = 0;
  /** High and low 32 bits of the last 64-bit output (scratch, not state). */
  private hi = 0;
  private lo = 0;
  /** Output buffer of {@link rawBlock} when the WebAssembly kernel is unavailable. */
  private scratch?: Uint32Array;

  /**
   * What `PCG64(seed_seq)` does: `generate_state(4, np.uint64)` gives four uint64 words
   * `[s_hi, s_lo, i_hi, i_lo]` (each from two uint32 words, little-endian), then
   * `pcg64_set_seed(state=(s_hi, s_lo), inc=(i_hi, i_lo))` and the half-word buffer is cleared.
   */
  static fromSeedSequence(seq: SeedSequence): PCG64 {
    const w = seq.generateState(8);
    const initstate = Uint32Array.of(w[2], w[3], w[0], w[1]);
    const initseq = Uint32Array.of(w[6], w[7], w[4], w[5]);
    const g = new PCG64();
    g.seed(initstate, initseq);
    return g;
  }

  /**
   * `pcg64_srandom_r(initstate, initseq)`: state = 0, inc = (initseq << 1) | 1, one step,
   * state += initstate, one step. Clears the half-word buffer (`_reset_state_variables`).
   */
  seed(initstate: U128, initseq: U128): void {
    const s = this.state;
    const inc = this.inc;
    inc[3] = ((initseq[3] << 1) | (initseq[2] >>> 31)) >>> 0;
    inc[2] = ((initseq[2] << 1) | (initseq[1] >>> 31)) >>> 0;
    inc[1] = ((initseq[1] << 1) | (initseq[0] >>> 31)) >>> 0;
    inc[0] = ((initseq[0] << 1) | 1) >>> 0;
    s.fill(0);
    mulAdd128(s, MULT, inc);
    add128(s, initstate);
    mulAdd128(s, MULT, inc);
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** Advance the LCG and compute the XSL-RR output into `hi`/`lo`. */
  private step(): void {
    const s = this.state;
    mulAdd128(s, MULT, this.inc);
    const xh = (s[3] ^ s[1]) >>> 0;
    const xl = (s[2] ^ s[0]) >>> 0;
    let rot = s[3] >>> 26;
    let h = xh;
    let l = xl;
    if (rot >= 32) {
      h = xl;
      l = xh;
      rot -= 32;
    }
    if (rot === 0) {
      this.hi = h;
      this.lo = l;
    } else {
      this.hi = ((h >>> rot) | (l << (32 - rot))) >>> 0;
      this.lo = ((l >>> rot) | (h << (32 - rot))) >>> 0;
    }
  }

  next32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.step();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  next64Into(out: Uint32Array): void {
    this.step();
    out[0] = this.hi;
    out[1] = this.lo;
  }

  next64(): bigint {
    this.step();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /** `uint64_to_double(next64())` = `(x >> 11) * 2**-53`, formed exactly from the two halves. */
  nextDouble(): number {
    this.step();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }

  /**
   * The next `m` outputs (1 <= m <= {@link PCG64_BLOCK}), advancing the state past all of them:
   * output k is `words[2k]` (low 32 bits) and `words[2k + 1]` (high). The array is scratch space
   * (the WebAssembly kernel's memory, or a buffer of this generator) valid until the next call
   * that draws. The half-word buffer (`hasUint32`) is left as it is, as by {@link next64}.
   * Bulk loops ask for no more outputs than they are sure to use, so the state stays exact.
   */
  rawBlock(m: number): Uint32Array {
    const k = readyPcgKernel();
    if (k) {
      this.toKernel(k.state);
      k.fill(m, 0);
      this.state.set(k.state.subarray(0, 4));
      return k.raw;
    }
    const words = (this.scratch ??= new Uint32Array(2 * PCG64_BLOCK));
    for (let i = 0; i < m; i++) {
      this.step();
      words[2 * i] = this.lo;
      words[2 * i + 1] = this.hi;
    }
    return words;
  }

  /** `out[from..to)` = successive {@link nextDouble}s (`random_standard_uniform_fill`). */
  fillDoubles(out: Float64Array, from: number, to: number): void {
    const k = to - from >= 64 ? pcgKernel() : readyPcgKernel();
    if (!k) {
      for (let i = from; i < to; i++) out[i] = this.nextDouble();
      return;
    }
    for (let i = from; i < to; ) {
      const m = Math.min(PCG64_BLOCK, to - i);
      this.toKernel(k.state);
      k.fill(m, 1);
      this.state.set(k.state.subarray(0, 4));
      out.set(m === PCG64_BLOCK ? k.doubles : k.doubles.subarray(0, m), i);
      i += m;
    }
  }

  private toKernel(st: Uint32Array): void {
    st.set(this.state, 0);
    st.set(this.inc, 4);
  }

  /** Put this generator's state, increment and half-word buffer into the kernel (before a kernel call). */
  lendState(k: PcgKernel): PcgKernel {
    this.toKernel(k.state);
    k.half[0] = this.hasUint32 ? 1 : 0;
    k.half[1] = this.uinteger;
    return k;
  }

  /** Take the state and half-word buffer back from the kernel (after a kernel call). */
  takeState(k: PcgKernel): void {
    this.state.set(k.state.subarray(0, 4));
    this.hasUint32 = k.half[0] !== 0;
    this.uinteger = k.half[1];
  }

  getState(): Json {
    const st: PCG64State = {
      bit_generator: 'PCG64',
      state: { state: u128ToBigInt(this.state).toString(), inc: u128ToBigInt(this.inc).toString() },
      has_uint32: this.hasUint32 ? 1 : 0,
      uinteger: this.uinteger,
    };
    return st as unknown as Json;
  }

  setState(state: Json): void {
    const st = state as unknown as PCG64State;
    if (
      !st ||
      st.bit_generator !== 'PCG64' ||
      typeof st.state?.state !== 'string' ||
      typeof st.state?.inc !== 'string' ||
      typeof st.uinteger !== 'number'
    ) {
      throw new Error('invalid PCG64 state');
    }
    u128FromBigInt(BigInt(st.state.state), this.state);
    u128FromBigInt(BigInt(st.state.inc), this.inc);
    this.hasUint32 = Boolean(st.has_uint32);
    this.uinteger = st.uinteger >>> 0;
  }
}
