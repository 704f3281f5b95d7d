import { PyError } from '../errors';
import { bigintWords } from './bigintWords';
import { reprFloat, reprString } from '../format/formatValue';
import { PyBytes, PyNdArray, PyTuple, type PyObj } from '../types';

/** NumPy's `SeedSequence` constants (numpy/random/bit_generator.pyx). */
const DEFAULT_POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;

/**
 * NumPy's `SeedSequence(entropy)` (numpy/random/bit_generator.pyx), the seeding behind
 * `np.random.default_rng(seed)`: the entropy is cut into uint32 words, hashed into a pool of
 * four words, and `generate_state` hashes the pool out into as many words as a bit generator needs.
 *
 * Only `entropy` is modelled (no `spawn_key`, default `pool_size`): that is all `default_rng`
 * uses. `entropy=None` (fresh OS entropy) is refused, since it cannot be reproduced.
 */
export class SeedSequence {
  /** The mixed entropy pool (4 words). */
  readonly pool: Uint32Array;

  /**
   * @param entropy a Python int >= 0 of any size, or a list/tuple of them (nested sequences
   *   and decimal or `0x` strings inside a sequence are accepted as NumPy does). Errors carry
   *   NumPy's wording: `ValueError: expected non-negative integer`,
   *   `TypeError: SeedSequence expects int or sequence of ints for entropy not 1.5`,
   *   `TypeError: seed must be integer`, `ValueError: unrecognized seed string`.
   */
  constructor(entropy: PyObj) {
    if (entropy === null) {
      throw new PyError(
        'ValueError',
        'seed None draws fresh OS entropy, which cannot be reproduced: give an integer seed',
      );
    }
    if (typeof entropy !== 'bigint' && typeof entropy !== 'boolean' && !Array.isArray(entropy) && !(entropy instanceof PyTuple)) {
      throw new PyError('TypeError', `SeedSequence expects int or sequence of ints for entropy not ${pyStr(entropy)}`);
    }
    this.pool = mixEntropy(coerceToUint32Array(entropy));
  }

  /**
   * `generate_state(n_words, np.uint32)`: `n_words` uint32 words cycled out of the pool
   * through NumPy's hash (`INIT_B`/`MULT_B`, xor-shift 16).
   * For `dtype=np.uint64`, NumPy draws `2 * n_words` words and pairs them little-endian:
   * word `2k` is the low half of uint64 `k`.
   */
  generateState(nWords: number): Uint32Array {
    const out = new Uint32Array(nWords);
    let hashConst = INIT_B;
    for (let i = 0; i < nWords; i++) {
      let v = (this.pool[i % this.pool.length] ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      v = Math.imul(v, hashConst) >>> 0;
      v = (v ^ (v >>> XSHIFT)) >>> 0;
      out[i] = v;
    }
    return out;
  }
}

/** `hashmix(value, hash_const)`: NumPy mutates the multiplier as it goes; so does `state.h`. */
function hashmix(value: number, state: { h: number }): number {
  value = (value ^ state.h) >>> 0;
  state.h = Math.imul(state.h, MULT_A) >>> 0;
  value = Math.imul(value, state.h) >>> 0;
  return (value ^ (value >>> XSHIFT)) >>> 0;
}

/** `mix(x, y)`: `(MIX_MULT_L * x - MIX_MULT_R * y)` as uint32, then xor-shift 16. */
function mix(x: number, y: number): number {
  let r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  r = (r ^ (r >>> XSHIFT)) >>> 0;
  return r;
}

/**
 * `SeedSequence.mix_entropy` into a fresh pool: hash the first words in (zeros past the end),
 * cross-mix every pool word into every other, then fold in any words beyond the pool size.
 */
function mixEntropy(entropy: number[]): Uint32Array {
  const pool = new Uint32Array(DEFAULT_POOL_SIZE);
  const hc = { h: INIT_A };
  for (let i = 0; i < pool.length; i++) {
    pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hc);
  }
  for (let src = 0; src < pool.length; src++) {
    for (let dst = 0; dst < pool.length; dst++) {
      if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src], hc));
    }
  }
  for (let src = pool.length; src < entropy.length; src++) {
    for (let dst = 0; dst < pool.length; dst++) {
      pool[dst] = mix(pool[dst], hashmix(entropy[src], hc));
    }
  }
  return pool;
}

/**
 * `_coerce_to_uint32_array(x)`: an int becomes its uint32 words, least significant first
 * (0 → `[0]`); a sequence is the concatenation of its elements' words (recursively); a string
 * element is read as hex after `0x` or as a decimal integer.
 */
export function coerceToUint32Array(x: PyObj): number[] {
  if (typeof x === 'string') {
    return intToUint32Array(parseSeedString(x));
  }
  if (typeof x === 'bigint') return intToUint32Array(x);
  if (typeof x === 'boolean') return intToUint32Array(x ? 1n : 0n);
  if (typeof x === 'number') throw new PyError('TypeError', 'seed must be integer');
  if (x === null) throw new PyError('TypeError', "object of type 'NoneType' has no len()");
  if (x instanceof PyNdArray) return coerceToUint32Array(x.toList());
  if (x instanceof PyBytes) throw new PyError('TypeError', 'SeedSequence expects int or sequence of ints for entropy not bytes');
  const items = x instanceof PyTuple ? x.items : x;
  const out: number[] = [];
  for (const v of items) for (const w of coerceToUint32Array(v)) out.push(w);
  return out;
}

/** `_int_to_uint32_array(n)`. */
function intToUint32Array(n: bigint): number[] {
  if (n < 0n) throw new PyError('ValueError', 'expected non-negative integer');
  return Array.from(bigintWords(n));
}

/**
 * A seed string inside a sequence: `'0x…'` → `int(x, 16)`; a string starting with a digit →
 * `int(x)` (Python's rules: underscores between digits, surrounding whitespace); anything else
 * → `ValueError: unrecognized seed string`.
 */
function parseSeedString(s: string): bigint {
  if (s.startsWith('0x')) {
    const body = s.trim();
    if (/^0x_?[0-9a-fA-F](_?[0-9a-fA-F])*$/.test(body)) return BigInt('0x' + body.slice(2).replace(/_/g, ''));
    throw new PyError('ValueError', `invalid literal for int() with base 16: ${reprString(s)}`);
  }
  if (/^[0-9]/.test(s)) {
    const body = s.trim();
    if (/^[0-9](_?[0-9])*$/.test(body)) return BigInt(body.replace(/_/g, ''));
    throw new PyError('ValueError', `invalid literal for int() with base 10: ${reprString(s)}`);
  }
  throw new PyError('ValueError', 'unrecognized seed string');
}

/** Python `str(v)` for the scalar kinds a seed can be. */
function pyStr(v: PyObj): string {
  if (typeof v === 'number') return reprFloat(v);
  if (typeof v === 'string') return v;
  return String(v);
}

