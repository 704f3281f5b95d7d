import { op, wasmModule, type Code } from './wasmAssembler';

/*
 * WebAssembly kernels for the two bit generators' inner loops, where JavaScript is slow:
 * MT19937's twist + tempering with 128-bit SIMD (4 words at a time), and PCG64's 128-bit LCG
 * step with native 64-bit multiplies (JavaScript has no 64-bit integer arithmetic short of
 * BigInt). They produce exactly the words the JavaScript code produces (the tests run both and
 * compare); each bit generator falls back to its JavaScript path when WebAssembly (or SIMD) is
 * unavailable, or when the kernels are switched off with {@link setWasmKernels}.
 *
 * Each kernel has its own small module and memory; a bit generator copies its state in, runs
 * the kernel and reads the results out, so any number of generators share one instance.
 * Modules are compiled on first use (not at load time), synchronously — fine for modules of a
 * few hundred bytes in Node and in a web worker (the web extension host).
 */

/** The part of the WebAssembly JS API used here (the core is type-checked without DOM/Node types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

let enabled = true;

/** Switch the kernels off (JavaScript paths only) or back on — for tests comparing the two. */
export function setWasmKernels(on: boolean): void {
  enabled = on;
}

function instantiate(bytes: Uint8Array): Record<string, unknown> | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return null;
  try {
    return new api.Instance(new api.Module(bytes), {}).exports;
  } catch {
    return null; // no SIMD, or compilation refused (e.g. a Content-Security-Policy): use JavaScript
  }
}

// ---------------------------------------------------------------- MT19937 ----

const N = 624;
const M = 397;
/** Byte offsets in the MT kernel's memory: the 624 state words, then their tempered values. */
const MT_KEY = 1024;
const MT_TW = MT_KEY + 4 * N + 64;

/** The MT19937 kernel: copy the state into `key`, call `regen()`, read `key` (twisted) and `tw`. */
export interface MtKernel {
  /** The 624 state words (`mt[]`), in the kernel's memory. */
  key: Uint32Array;
  /** Their tempered outputs after {@link regen}. */
  tw: Uint32Array;
  /** One twist of `key` in place (all 624 words, as `mt19937_gen`), then `tw[i] = temper(key[i])`. */
  regen(): void;
}

/** A vector step of the twist for words k..k+3 at byte address `a` (local 0): `mtM` is k+M's offset. */
function twistVector(mtMOffset: number): Code {
  const a = 0;
  const y = 1;
  return [
    ...op.local_get(a),
    ...op.local_get(a), ...op.v128_load(MT_KEY), ...op.i32x4_const(0x80000000), ...op.v128_and,
    ...op.local_get(a), ...op.v128_load(MT_KEY + 4), ...op.i32x4_const(0x7fffffff), ...op.v128_and,
    ...op.v128_or, ...op.local_set(y),
    ...op.local_get(a), ...op.v128_load(mtMOffset),
    ...op.local_get(y), ...op.i32_const(1), ...op.i32x4_shr_u, ...op.v128_xor,
    ...op.i32x4_const(0), ...op.local_get(y), ...op.i32x4_const(1), ...op.v128_and, ...op.i32x4_sub,
    ...op.i32x4_const(0x9908b0df), ...op.v128_and, ...op.v128_xor,
    ...op.v128_store(MT_KEY),
  ];
}

/** A scalar step of the twist for word k (local 2 is scratch). */
function twistScalar(k: number, next: number, km: number): Code {
  const y = 2;
  const at = (i: number) => op.i32_const(MT_KEY + 4 * i);
  return [
    ...at(k),
    ...at(k), ...op.i32_load(), ...op.i32_const(0x80000000), ...op.i32_and,
    ...at(next), ...op.i32_load(), ...op.i32_const(0x7fffffff), ...op.i32_and, ...op.i32_or, ...op.local_set(y),
    ...at(km), ...op.i32_load(),
    ...op.local_get(y), ...op.i32_const(1), ...op.i32_shr_u, ...op.i32_xor,
    ...op.i32_const(0), ...op.local_get(y), ...op.i32_const(1), ...op.i32_and, ...op.i32_sub,
    ...op.i32_const(0x9908b0df), ...op.i32_and, ...op.i32_xor,
    ...op.i32_store(),
  ];
}

/** `for (a = from; a < to; a += 16) body` on local 0. */
function loop16(from: number, to: number, body: Code): Code {
  return [
    ...op.i32_const(from), ...op.local_set(0),
    ...op.loop, ...body,
    ...op.local_get(0), ...op.i32_const(16), ...op.i32_add, ...op.local_tee(0), ...op.i32_const(to), ...op.i32_lt_u, ...op.br_if(0),
    ...op.end,
  ];
}

/**
 * `regen`: MT19937's twist (Matsumoto & Nishimura; numpy/random/src/mt19937/mt19937.c
 * `mt19937_gen`) four words at a time. Words 0..226 combine old words only (k+1, k+M); words
 * 227..622 read word k+M-N, already new and at least 227 behind, so 4-wide steps see the same
 * values as the scalar loop. 227 = 4·56 + 3 and 396 = 4·99, so: 56 vector steps, 3 scalar, 99
 * vector, then word 623 (which wraps to word 0). Then the tempering of all 624 words, 4 at a time.
 */
function mtRegenCode(): Code {
  const y = 1;
  const temper: Code = [
    ...op.local_get(0), ...op.v128_load(MT_KEY), ...op.local_set(y),
    ...op.local_get(y), ...op.local_get(y), ...op.i32_const(11), ...op.i32x4_shr_u, ...op.v128_xor, ...op.local_set(y),
    ...op.local_get(y), ...op.local_get(y), ...op.i32_const(7), ...op.i32x4_shl, ...op.i32x4_const(0x9d2c5680), ...op.v128_and, ...op.v128_xor, ...op.local_set(y),
    ...op.local_get(y), ...op.local_get(y), ...op.i32_const(15), ...op.i32x4_shl, ...op.i32x4_const(0xefc60000), ...op.v128_and, ...op.v128_xor, ...op.local_set(y),
    ...op.local_get(0),
    ...op.local_get(y), ...op.local_get(y), ...op.i32_const(18), ...op.i32x4_shr_u, ...op.v128_xor,
    ...op.v128_store(MT_TW),
  ];
  return [
    ...loop16(0, 4 * 224, twistVector(MT_KEY + 4 * M)),
    ...twistScalar(224, 225, 224 + M),
    ...twistScalar(225, 226, 225 + M),
    ...twistScalar(226, 227, 226 + M),
    ...loop16(4 * 227, 4 * 623, twistVector(MT_KEY - 4 * (N - M))),
    ...twistScalar(623, 0, M - 1),
    ...loop16(0, 4 * N, temper),
  ];
}

let mtKernelCache: MtKernel | null | undefined;

/** The MT19937 kernel, or null when WebAssembly SIMD is unavailable or the kernels are off. */
export function mtKernel(): MtKernel | null {
  if (!enabled) return null;
  if (mtKernelCache === undefined) {
    const ex = instantiate(wasmModule([{ name: 'regen', params: [], results: [], locals: ['i32', 'v128', 'i32'], code: mtRegenCode() }], 1));
    if (ex === null) {
      mtKernelCache = null;
    } else {
      const buffer = (ex.memory as { buffer: ArrayBuffer }).buffer;
      mtKernelCache = { key: new Uint32Array(buffer, MT_KEY, N), tw: new Uint32Array(buffer, MT_TW, N), regen: ex.regen as () => void };
    }
  }
  return mtKernelCache;
}

// ------------------------------------------------------------------ PCG64 ----

/** Most outputs one {@link PcgKernel.fill} call produces. */
export const PCG_BLOCK = 4096;
const PCG_STATE = 0;
const PCG_OUT = 64;

/** PCG64's multiplier `PCG_DEFAULT_MULTIPLIER_128` in 64-bit halves, and the low half in 32-bit halves. */
const MUL_HI = 0x2360ed051fc65da4n;
const MUL_LO = 0x4385df649fccf645n;
const MUL_LO_0 = 0x9fccf645n;
const MUL_LO_1 = 0x4385df64n;
const MASK32 = 0xffffffffn;

/** The PCG64 kernel: write state and increment to `state`, call `fill`, read outputs and the new state. */
export interface PcgKernel {
  /** [state bits 0–31, 32–63, 64–95, 96–127, inc bits 0–31, …, 96–127] — a `U128` pair, as `PCG64` keeps them. */
  state: Uint32Array;
  /** Raw outputs after `fill(n, 0)`: output k is `raw[2k]` (low 32 bits) and `raw[2k + 1]` (high). */
  raw: Uint32Array;
  /** Doubles after `fill(n, 1)`: `(output >> 11) * 2**-53`. */
  doubles: Float64Array;
  /** Advance the state `n` ≤ {@link PCG_BLOCK} times, writing each step's output (`mode` 0: raw, 1: as a double). */
  fill(n: number, mode: number): void;
}

/**
 * `fill(n, mode)`: n steps of `pcg_setseq_128_step_r` + `pcg_output_xsl_rr_128_64`
 * (numpy/random/src/pcg64/pcg64.h). state = state·MUL + inc mod 2**128 on 64-bit halves:
 * low = lo(s_lo·M_lo) + inc_lo, high = hi(s_lo·M_lo) + s_lo·M_hi + s_hi·M_lo + inc_hi + carry,
 * with hi(s_lo·M_lo) (the high 64 bits of a 64×64 product) from four 32×32 products. Output:
 * rotr64(high ^ low, high >> 58).
 */
function pcgFillCode(): Code {
  const [n, mode, slo, shi, ilo, ihi, a0, a1, t0, t1, t2, plo, x, addr] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  const g = op.local_get;
  const s = op.local_set;
  const shr32: Code = [...op.i64_const(32n), ...op.i64_shr_u];
  const step: Code = [
    ...g(slo), ...op.i64_const(MASK32), ...op.i64_and, ...s(a0),
    ...g(slo), ...shr32, ...s(a1),
    ...g(a0), ...op.i64_const(MUL_LO_0), ...op.i64_mul, ...s(t0),
    ...g(a1), ...op.i64_const(MUL_LO_0), ...op.i64_mul, ...g(t0), ...shr32, ...op.i64_add, ...s(t1),
    ...g(a0), ...op.i64_const(MUL_LO_1), ...op.i64_mul, ...g(t1), ...op.i64_const(MASK32), ...op.i64_and, ...op.i64_add, ...s(t2),
    // new high = hi(s_lo·M_lo) + s_lo·M_hi + s_hi·M_lo + inc_hi + carry(low)
    ...g(a1), ...op.i64_const(MUL_LO_1), ...op.i64_mul, ...g(t1), ...shr32, ...op.i64_add, ...g(t2), ...shr32, ...op.i64_add,
    ...g(slo), ...op.i64_const(MUL_HI), ...op.i64_mul, ...op.i64_add,
    ...g(shi), ...op.i64_const(MUL_LO), ...op.i64_mul, ...op.i64_add,
    ...g(ihi), ...op.i64_add,
    ...g(slo), ...op.i64_const(MUL_LO), ...op.i64_mul, ...g(ilo), ...op.i64_add, ...op.local_tee(plo),
    ...g(ilo), ...op.i64_lt_u, ...op.i64_extend_i32_u, ...op.i64_add, ...s(shi),
    ...g(plo), ...s(slo),
    ...g(shi), ...g(slo), ...op.i64_xor, ...g(shi), ...op.i64_const(58n), ...op.i64_shr_u, ...op.i64_rotr, ...s(x),
  ];
  const st = (off: number) => [...op.i32_const(PCG_STATE), ...op.i64_load(off)];
  return [
    ...st(0), ...s(slo), ...st(8), ...s(shi), ...st(16), ...s(ilo), ...st(24), ...s(ihi),
    ...op.i32_const(PCG_OUT), ...s(addr),
    ...op.block, ...g(n), ...op.i32_eqz, ...op.br_if(0),
    ...op.loop,
    ...step,
    ...g(mode), ...op.if,
    ...g(addr), ...g(x), ...op.i64_const(11n), ...op.i64_shr_u, ...op.f64_convert_i64_u, ...op.f64_const(2 ** -53), ...op.f64_mul, ...op.f64_store(),
    ...op.else,
    ...g(addr), ...g(x), ...op.i64_store(),
    ...op.end,
    ...g(addr), ...op.i32_const(8), ...op.i32_add, ...s(addr),
    ...g(n), ...op.i32_const(1), ...op.i32_sub, ...op.local_tee(n), ...op.br_if(0),
    ...op.end,
    ...op.end,
    ...op.i32_const(PCG_STATE), ...g(slo), ...op.i64_store(0),
    ...op.i32_const(PCG_STATE), ...g(shi), ...op.i64_store(8),
  ];
}

let pcgKernelCache: PcgKernel | null | undefined;

/** The PCG64 kernel, or null when WebAssembly is unavailable or the kernels are off. */
export function pcgKernel(): PcgKernel | null {
  if (!enabled) return null;
  if (pcgKernelCache === undefined) {
    const locals = ['i64', 'i64', 'i64', 'i64', 'i64', 'i64', 'i64', 'i64', 'i64', 'i64', 'i64', 'i32'] as const;
    const ex = instantiate(wasmModule([{ name: 'fill', params: ['i32', 'i32'], results: [], locals: [...locals], code: pcgFillCode() }], 1));
    if (ex === null) {
      pcgKernelCache = null;
    } else {
      const buffer = (ex.memory as { buffer: ArrayBuffer }).buffer;
      pcgKernelCache = {
        state: new Uint32Array(buffer, PCG_STATE, 8),
        raw: new Uint32Array(buffer, PCG_OUT, 2 * PCG_BLOCK),
        doubles: new Float64Array(buffer, PCG_OUT, PCG_BLOCK),
        fill: ex.fill as (n: number, mode: number) => void,
      };
    }
  }
  return pcgKernelCache;
}
