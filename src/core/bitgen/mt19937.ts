import type { Json } from '../types';
import { acquireMtKernel, builtMtKernel, disownMtKernel, mtKernel, readyMtKernel, type MtKernel, type MtKernelOwner } from '../wasm/kernels';
import { TWO_M53, type BitGenerator } from './BitGenerator';

import { MT19937_M as M, MT19937_MATRIX_A as MATRIX_A, MT19937_N as N, MT19937_TEMPER_B, MT19937_TEMPER_C } from './mt19937Params';

const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

/**
 * MT19937, the Mersenne Twister of Matsumoto & Nishimura (1998), as both NumPy
 * (`numpy/random/src/mt19937/mt19937.c`) and CPython (`Modules/_randommodule.c`) implement it.
 * The two libraries share the generator and differ only in seeding, which lives with each engine:
 * NumPy's `np.random.seed(int)` uses {@link seedInt} (`init_genrand`), CPython's `random.seed`
 * and NumPy's array seeds use {@link seedArray} (`init_by_array`).
 *
 * 32-bit arithmetic uses `Math.imul` and `>>> 0`, so every word stays an exact uint32. Words are
 * tempered a block at a time (624 words per twist) into `tw`, which `next32` and bulk loops read.
 */
export class MT19937 implements BitGenerator, MtKernelOwner {
  readonly mt = new Uint32Array(N);
  /**
   * The tempered outputs of the current block: `tw[i]` is the word `next32` returns for `mt[i]`,
   * valid for i >= pos while pos < N (kept by {@link regen} and {@link setState}). Bulk loops read
   * it directly; it is a cache of `mt`, not state.
   */
  readonly tw = new Uint32Array(N);
  /** Index of the next word in `mt`; N means "regenerate before the next draw". */
  pos = N;
  /**
   * Whether the state words are in the WebAssembly kernel's memory (`mt` is then stale until
   * {@link release}): a generator twisting block after block leaves them there.
   */
  private keyInKernel = false;

  /** `init_genrand(s)`: NumPy's `mt19937_seed`. `s` must be in [0, 2**32). */
  seedInt(s: number): void {
    const mt = this.mt;
    disownMtKernel(this);
    this.keyInKernel = false;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
    this.pos = N;
  }

  /** `init_by_array(key)`: CPython's seeding of every int/str seed, NumPy's array seeds. */
  seedArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.seedInt(19650218);
    let i = 1;
    let j = 0;
    const len = key.length;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + (key[j] >>> 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.pos = N;
  }

  /**
   * Regenerate all N words (the "twist") and temper them into {@link tw}: with the WebAssembly
   * SIMD kernel when available (src/core/wasm/kernels.ts, the same words), else in JavaScript.
   */
  regen(): void {
    const k = readyMtKernel();
    if (k) {
      this.twistInKernel(k);
      this.tw.set(k.tw);
    } else {
      this.release();
      disownMtKernel(this);
      twist(this.mt);
      temper(this.mt, this.tw, 0);
    }
    this.pos = 0;
  }

  /** Twist (and temper) in the kernel, leaving the state there; the new block is in `k.tw`, not yet in {@link tw}. */
  private twistInKernel(k: MtKernel): void {
    if (!acquireMtKernel(k, this) || !this.keyInKernel) k.key.set(this.mt);
    k.regen();
    this.keyInKernel = true;
  }

  /** Take the state words back from the kernel's memory, if they are there ({@link MtKernelOwner}). */
  release(): void {
    if (this.keyInKernel) {
      this.mt.set(builtMtKernel()!.key);
      this.keyInKernel = false;
    }
  }

  next32(): number {
    if (this.pos >= N) this.regen();
    return this.tw[this.pos++];
  }

  next64Into(out: Uint32Array): void {
    out[0] = this.next32();
    out[1] = this.next32();
  }

  next64(): bigint {
    const hi = this.next32();
    const lo = this.next32();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /**
   * `(a >> 5) * 67108864 + (b >> 6)) / 9007199254740992`: NumPy's `mt19937_next_double`, CPython's
   * `random()` (the division by 2**53 is exact, so it is done as a multiplication by 2**-53).
   */
  nextDouble(): number {
    const pos = this.pos;
    if (pos >= N - 1) {
      const a = this.next32() >>> 5;
      return (a * 67108864 + (this.next32() >>> 6)) * TWO_M53;
    }
    const tw = this.tw;
    this.pos = pos + 2;
    return ((tw[pos] >>> 5) * 67108864 + (tw[pos + 1] >>> 6)) * TWO_M53;
  }

  /**
   * `out[from..to)` = successive {@link nextDouble}s (NumPy's `random_standard_uniform_fill`),
   * read straight from the tempered block.
   */
  fillDoubles(out: Float64Array, from: number, to: number): void {
    const tw = this.tw;
    const k = to - from >= 32 ? mtKernel() : null;
    let pos = this.pos;
    let i = from;
    while (i < to) {
      if (k && pos === N && to - i >= N / 2) {
        // a whole block: twisted, tempered and converted in the kernel, its words never copied out
        // (the block is used up, so `tw` is not needed: the next draw twists again)
        this.twistInKernel(k);
        k.doubles(0, N / 2);
        out.set(k.doublesOut, i);
        i += N / 2;
        continue;
      }
      if (pos >= N - 1) {
        this.pos = pos;
        out[i++] = this.nextDouble();
        pos = this.pos;
        continue;
      }
      const count = Math.min(to - i, (N - pos) >> 1);
      if (k && count >= 16) {
        // the WebAssembly kernel converts the block's words, 4 at a time
        this.lendBlock(k).doubles(pos, count);
        out.set(count === N / 2 ? k.doublesOut : k.doublesOut.subarray(0, count), i);
        i += count;
        pos += 2 * count;
      } else {
        const end = i + count;
        for (; i < end; i++, pos += 2) out[i] = ((tw[pos] >>> 5) * 67108864 + (tw[pos + 1] >>> 6)) * TWO_M53;
      }
    }
    this.pos = pos;
  }

  /** The kernel, with this generator's current block in its memory (copied in unless it is there). */
  lendBlock(k: MtKernel): MtKernel {
    if (!acquireMtKernel(k, this)) k.tw.set(this.tw);
    return k;
  }

  getState(): Json {
    this.release();
    return { key: Array.from(this.mt), pos: this.pos };
  }

  setState(state: Json): void {
    const s = state as { key: number[]; pos: number };
    if (!s || !Array.isArray(s.key) || s.key.length !== N || typeof s.pos !== 'number') {
      throw new Error('invalid MT19937 state');
    }
    disownMtKernel(this);
    this.keyInKernel = false;
    this.mt.set(s.key);
    this.pos = s.pos;
    if (this.pos < N) temper(this.mt, this.tw, this.pos);
  }
}

/** The twist of all N words in place (`mt19937_gen`), in JavaScript. */
function twist(mt: Uint32Array): void {
  let k = 0;
  for (; k < N - M; k++) {
    const y = (mt[k] & UPPER) | (mt[k + 1] & LOWER);
    mt[k] = mt[k + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  for (; k < N - 1; k++) {
    const y = (mt[k] & UPPER) | (mt[k + 1] & LOWER);
    mt[k] = mt[k + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  const y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
  mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
}

/** MT19937's tempering of `mt[from..N)` into `tw[from..N)`. */
function temper(mt: Uint32Array, tw: Uint32Array, from: number): void {
  for (let i = from; i < N; i++) {
    let y = mt[i];
    y ^= y >>> 11;
    y ^= (y << 7) & MT19937_TEMPER_B;
    y ^= (y << 15) & MT19937_TEMPER_C;
    y ^= y >>> 18;
    tw[i] = y;
  }
}
