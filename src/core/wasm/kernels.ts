import { MT19937_N as N } from '../bitgen/mt19937Params';
import { exp } from '../libm/exp';
import { log } from '../libm/log';
import { log1p } from '../libm/log1p';
import { SPLITTER } from '../libm/fma';
import { LOG_TAB } from '../libm/logData';
import { decodeBytes } from '../tableCodec';
import { MT_KERNEL_WASM, PCG_KERNEL_WASM } from './kernelBytes';
import { MT_KEY, MT_LOG_TAB, MT_OUT, MT_POS, MT_TW, PCG_BLOCK, PCG_HALF, PCG_OUT, PCG_STATE, PCG_TABLES } from './kernelLayout';

export { PCG_BLOCK } from './kernelLayout';

/*
 * WebAssembly kernels for the inner loops where JavaScript is slow (docs/BENCHMARKS.md):
 * - MT19937: the twist + tempering with 128-bit SIMD (4 words at a time), doubles from the
 *   tempered block (SIMD), RandomState's masked rejection for randint, and the legacy polar
 *   Gaussian and exponential with glibc log's fast paths;
 * - PCG64: the 128-bit LCG step with native 64-bit multiplies (JavaScript has no 64-bit integer
 *   arithmetic short of BigInt), doubles, Lemire's bounded integers on the buffered half-words,
 *   and the normal and exponential ziggurats.
 * They produce exactly the values the JavaScript paths produce (test/core/bulk.test.ts runs both
 * and compares); every caller falls back to JavaScript when WebAssembly (or SIMD) is unavailable,
 * or when the kernels are switched off with {@link setWasmKernels}.
 *
 * Each kernel has its own small module and memory; a bit generator copies its state in, runs
 * the kernel and reads the results out, so any number of generators share one instance.
 * The modules' bytes are made ahead (scripts/tables/gen_wasm_kernels.js compiles the text-format
 * sources wat/mt19937.wat and wat/pcg64.wat with wabt into kernelBytes.ts) and compiled on first use (not at load time), synchronously — fine for modules
 * of a few kilobytes in Node and in a web worker (the web extension host).
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

function instantiate(bytes: Uint8Array, env: Record<string, unknown> = {}): Record<string, unknown> | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return null;
  try {
    return new api.Instance(new api.Module(bytes), { env }).exports;
  } catch {
    return null; // no SIMD, or compilation refused (e.g. a Content-Security-Policy): use JavaScript
  }
}

// ---------------------------------------------------------------- MT19937 ----

/** The MT19937 kernel: copy the state into `key`, call `regen()`, read `key` (twisted) and `tw`. */
export interface MtKernel {
  /** The 624 state words (`mt[]`), in the kernel's memory. */
  key: Uint32Array;
  /** Their tempered outputs after {@link regen}; bulk draws read the block from here. */
  tw: Uint32Array;
  /** Outputs of {@link doubles}. */
  doublesOut: Float64Array;
  /** Outputs of {@link masked}. */
  intsOut: Int32Array;
  /** One twist of `key` in place (all 624 words, as `mt19937_gen`), then `tw[i] = temper(key[i])`. */
  regen(): void;
  /**
   * `doublesOut[j]` = `((tw[pos + 2j] >>> 5) * 2**26 + (tw[pos + 2j + 1] >>> 6)) * 2**-53` for
   * j < count (`mt19937_next_double` on consecutive words); pos + 2·count <= 624.
   */
  doubles(pos: number, count: number): void;
  /**
   * RandomState's masked rejection on the block: from word `pos` on, `v = tw[pos++] & mask`,
   * kept (as `intsOut[k++] = low + v`, int32 arithmetic) when v <= rng, until `need` values are
   * kept or the block ends. Returns how many were kept; {@link maskedPos} is then the next word.
   */
  masked(pos: number, need: number, rng: number, mask: number, low: number): number;
  /** The word index after the last {@link masked}, {@link polar} or {@link exponentials} call. */
  maskedPos(): number;
  /**
   * `legacy_gauss` pairs (f·x2, f·x1) into `doublesOut` from word `pos` on: up to `pairs` pairs,
   * while 4 words (one try) are left in the block. Returns the pairs made.
   */
  polar(pos: number, pairs: number): number;
  /**
   * `legacy_exponential` values `scale · -log(1 - U)` (scale 1: `legacy_standard_exponential`),
   * U the double of two words, into `doublesOut` from word `pos` on: up to `count` values, while
   * 2 words are left in the block. Returns the values made; {@link maskedPos} is then the next word.
   */
  exponentials(pos: number, count: number, scale: number): number;
  /**
   * The generator whose block `tw` holds — and, when it says so, whose state `key` holds (it
   * then skips copying its state out after each twist and in before the next). Before another
   * generator uses the kernel, the owner's `release()` takes its state back.
   */
  owner: MtKernelOwner | null;
}

/** What the MT kernel asks of its owner. */
export interface MtKernelOwner {
  /** Copy back anything of yours the kernel's memory holds; the kernel is about to serve another generator. */
  release(): void;
}

let mtKernelCache: MtKernel | null | undefined;

/** The MT19937 kernel, or null when WebAssembly SIMD is unavailable or the kernels are off. */
export function mtKernel(): MtKernel | null {
  if (!enabled) return null;
  if (mtKernelCache === undefined) mtKernelCache = newMtKernel(log);
  return mtKernelCache;
}

/**
 * A new instance of the MT19937 kernel (not the shared one {@link mtKernel} returns), whose
 * `log` — what `polar` and `exponentials` call when log's fast path cannot decide — is
 * `fallbackLog`: glibc's {@link log} in {@link mtKernel}'s; tests pass a spy wrapping it, to see
 * which arguments reach the fallback. Null when WebAssembly SIMD is unavailable.
 */
export function newMtKernel(fallbackLog: (x: number) => number): MtKernel | null {
  const ex = instantiate(decodeBytes(MT_KERNEL_WASM), { log: fallbackLog });
  if (ex === null) return null;
  const buffer = (ex.memory as { buffer: ArrayBuffer }).buffer;
  const pos = new Uint32Array(buffer, MT_POS, 1);
  const logTab = new Float64Array(buffer, MT_LOG_TAB, 512);
  for (let i = 0; i < 128; i++) {
    const invc = LOG_TAB[2 * i];
    const t = SPLITTER * invc;
    const ch = t - (t - invc);
    logTab.set([invc, LOG_TAB[2 * i + 1], ch, invc - ch], 4 * i);
  }
  return {
    polar: ex.polar as (pos: number, pairs: number) => number,
    exponentials: ex.exponentials as (pos: number, count: number, scale: number) => number,
    key: new Uint32Array(buffer, MT_KEY, N),
    tw: new Uint32Array(buffer, MT_TW, N),
    doublesOut: new Float64Array(buffer, MT_OUT, N / 2),
    intsOut: new Int32Array(buffer, MT_OUT, N),
    regen: ex.regen as () => void,
    doubles: ex.doubles as (pos: number, count: number) => void,
    masked: ex.masked as (pos: number, need: number, rng: number, mask: number, low: number) => number,
    maskedPos: () => pos[0],
    owner: null,
  };
}

/**
 * Make `owner` the kernel's owner: the previous owner, if another, releases it first. Returns
 * whether `owner` already owned it (its block, and its state if it left it there, are in place).
 */
export function acquireMtKernel(k: MtKernel, owner: MtKernelOwner): boolean {
  if (k.owner === owner) return true;
  k.owner?.release();
  k.owner = owner;
  return false;
}

/** Stop `owner` owning the kernel (its state changed: seeding, setState), without a release. */
export function disownMtKernel(owner: MtKernelOwner): void {
  if (mtKernelCache && mtKernelCache.owner === owner) mtKernelCache.owner = null;
}

/** The MT kernel if it was ever made, even while the kernels are switched off (to take state back). */
export function builtMtKernel(): MtKernel | null {
  return mtKernelCache ?? null;
}

/**
 * The MT kernel if it is on and already made (by a bulk draw), else null: one-value draws use it
 * when it is there but do not pay for making it (compiling takes a millisecond or more).
 */
export function readyMtKernel(): MtKernel | null {
  return enabled ? (mtKernelCache ?? null) : null;
}

/** The PCG64 kernel if it is on and already made, else null (see {@link readyMtKernel}). */
export function readyPcgKernel(): PcgKernel | null {
  return enabled ? (pcgKernelCache ?? null) : null;
}

// ------------------------------------------------------------------ PCG64 ----

/** The PCG64 kernel: write state and increment to `state`, call a function, read outputs and the new state. */
export interface PcgKernel {
  /** [state bits 0–31, 32–63, 64–95, 96–127, inc bits 0–31, …, 96–127] — a `U128` pair, as `PCG64` keeps them. */
  state: Uint32Array;
  /** [has_uint32, uinteger]: the buffered half-word, read and written by {@link lemire}. */
  half: Uint32Array;
  /** Raw outputs after `fill(n, 0)`: output k is `raw[2k]` (low 32 bits) and `raw[2k + 1]` (high). */
  raw: Uint32Array;
  /** Doubles after `fill(n, 1)` (`(output >> 11) * 2**-53`) and ziggurat values. */
  doubles: Float64Array;
  /** Int32 values after {@link lemire}. */
  ints: Int32Array;
  /** Advance the state `n` ≤ {@link PCG_BLOCK} times, writing each step's output (`mode` 0: raw, 1: as a double). */
  fill(n: number, mode: number): void;
  /**
   * `n` ≤ 2·{@link PCG_BLOCK} values `low + v` (int32 arithmetic), v from Lemire's method on [0, rng]
   * (`buffered_bounded_lemire_uint32`, 0 < rng < 2**32 - 1) on `next_uint32` — the half-words
   * with the buffer in {@link half}.
   */
  lemire(n: number, rng: number, low: number): void;
  /** `n` ≤ {@link PCG_BLOCK} values of `random_standard_normal` into {@link doubles}. */
  normals(n: number): void;
  /** `n` ≤ {@link PCG_BLOCK} values of `random_standard_exponential` into {@link doubles}. */
  exponentials(n: number): void;
  /** Whether {@link setTables} was called. */
  tablesSet: boolean;
  /**
   * Copy in what the ziggurats use: NumPy's tables ki, wi, fi, ke, we, fe (256 doubles each),
   * and `consts` = [normal r, 1/r, exponential r].
   */
  setTables(tables: readonly Float64Array[], consts: readonly number[]): void;
}

let pcgKernelCache: PcgKernel | null | undefined;

/** The PCG64 kernel, or null when WebAssembly is unavailable or the kernels are off. */
export function pcgKernel(): PcgKernel | null {
  if (!enabled) return null;
  if (pcgKernelCache === undefined) {
    const ex = instantiate(
      decodeBytes(PCG_KERNEL_WASM),
      { fastExp: Math.exp, exp, log1p },
    );
    if (ex === null) {
      pcgKernelCache = null;
    } else {
      const buffer = (ex.memory as { buffer: ArrayBuffer }).buffer;
      const tables = new Float64Array(buffer, PCG_TABLES, 6 * 256 + 3);
      pcgKernelCache = {
        tablesSet: false,
        setTables(t: readonly Float64Array[], consts: readonly number[]) {
          t.forEach((table, k) => tables.set(table, 256 * k));
          tables.set(consts, 6 * 256);
          this.tablesSet = true;
        },
        state: new Uint32Array(buffer, PCG_STATE, 8),
        half: new Uint32Array(buffer, PCG_HALF, 2),
        raw: new Uint32Array(buffer, PCG_OUT, 2 * PCG_BLOCK),
        doubles: new Float64Array(buffer, PCG_OUT, PCG_BLOCK),
        ints: new Int32Array(buffer, PCG_OUT, 2 * PCG_BLOCK),
        fill: ex.fill as (n: number, mode: number) => void,
        lemire: ex.lemire as (n: number, rng: number, low: number) => void,
        normals: ex.normals as (n: number) => void,
        exponentials: ex.exponentials as (n: number) => void,
      };
    }
  }
  return pcgKernelCache;
}
