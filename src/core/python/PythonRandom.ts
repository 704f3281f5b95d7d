import { MT19937 } from '../bitgen/mt19937';
import type { Engine } from '../callSpec';
import { PyError } from '../errors';
import type { Json, PyObj } from '../types';
import { seedKey } from './seedKey';

const TWO32 = 4294967296;

/**
 * CPython's `random.Random` after `seed(a)`: the C core of `Modules/_randommodule.c` (MT19937,
 * `random()`, `getrandbits()`) plus the one Python-level cached value, `gauss_next` — the second
 * normal deviate that `gauss()` keeps for its next call. Both are state: `getState`/`setState`
 * carry the Mersenne Twister words, position and `gauss_next`.
 *
 * Distributions touch randomness only through {@link random}, {@link getrandbits} and
 * {@link randbelow}, as Lib/random.py's banner says of its own methods.
 */
export class PythonRandom implements Engine {
  readonly mt = new MT19937();
  /** `self.gauss_next`: null (None) or the cached deviate. */
  gaussNext: number | null = null;

  /** `random.seed(seed)` with version 2; see {@link seedKey} for the accepted types. */
  constructor(seed: PyObj) {
    this.mt.seedArray(seedKey(seed));
  }

  /** `random()`: `genrand_res53` — (a >> 5) * 2**26 + (b >> 6), divided by 2**53; in [0, 1). */
  random(): number {
    return this.mt.nextDouble();
  }

  /**
   * `getrandbits(k)` for k >= 0 (`_random_Random_getrandbits_impl`): k <= 32 is one word shifted
   * right by 32 - k; longer results are built from 32-bit words, least significant first, the
   * last (most significant) word shifted right to keep k bits.
   */
  getrandbits(k: number): bigint {
    if (k < 0) throw new PyError('ValueError', 'number of bits must be non-negative');
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.mt.next32() >>> (32 - k));
    if (k <= 64) {
      const lo = this.mt.next32();
      const hi = this.mt.next32() >>> (64 - k);
      return (BigInt(hi) << 32n) | BigInt(lo);
    }
    // Many words: collect them (least significant first), then build the int in one pass.
    const words = Math.ceil(k / 32);
    const hex: string[] = new Array(words);
    for (let i = 0; i < words; i++, k -= 32) {
      let w = this.mt.next32();
      if (k < 32) w >>>= 32 - k;
      hex[words - 1 - i] = w.toString(16).padStart(8, '0');
    }
    return BigInt('0x' + hex.join(''));
  }

  /**
   * `_randbelow_with_getrandbits(n)` for n >= 1: k = n.bit_length(), draw getrandbits(k) until it
   * is below n. Ranges below 2**53 stay in doubles (the same words, the same rejections).
   */
  randbelow(n: bigint): bigint {
    if (n < 9007199254740992n) return BigInt(this.randbelowSmall(Number(n)));
    const k = n.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** {@link randbelow} for 1 <= n < 2**53 as a number (the fast path for indices and shuffles). */
  randbelowSmall(n: number): number {
    const k = bitLength(n);
    if (k <= 32) {
      const s = 32 - k;
      let r = this.mt.next32() >>> s;
      while (r >= n) r = this.mt.next32() >>> s;
      return r;
    }
    const s = 64 - k;
    for (;;) {
      const lo = this.mt.next32();
      const hi = this.mt.next32() >>> s;
      const r = hi * TWO32 + lo;
      if (r < n) return r;
    }
  }

  getState(): Json {
    return { mt: this.mt.getState(), gaussNext: this.gaussNext };
  }

  setState(state: Json): void {
    const s = state as { mt: Json; gaussNext: number | null };
    if (!s || typeof s !== 'object' || !('mt' in s) || !(s.gaussNext === null || typeof s.gaussNext === 'number')) {
      throw new Error('invalid python random state');
    }
    this.mt.setState(s.mt);
    this.gaussNext = s.gaussNext;
  }
}

/** Bit length of an integer 1 <= n < 2**53. */
function bitLength(n: number): number {
  return n < TWO32 ? 32 - Math.clz32(n) : 32 + (32 - Math.clz32(Math.floor(n / TWO32)));
}
