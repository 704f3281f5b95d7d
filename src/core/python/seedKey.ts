import { sha512 } from '@noble/hashes/sha2.js';
import { PyError } from '../errors';
import { PySeqView, type PyObj } from '../types';
import { floatHash } from './floatHash';
import { utf8Encode } from './utf8';

const SEED_TYPES = 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.';

/**
 * The `init_by_array` key that CPython 3.11 `random.seed(a)` (version 2) derives from `a`:
 * - str → `int.from_bytes(a.encode() + sha512(a.encode()).digest(), 'big')` (Lib/random.py `seed`),
 *   then as an int; bytes the same without the encoding (`b'abc'` seeds as `'abc'` does);
 * - int → `abs(a)` (bool → 0 or 1, through `int.__abs__`), split into 32-bit words from the least
 *   significant; 0 gives the key `[0]` (Modules/_randommodule.c `random_seed`);
 * - float → `hash(a)` cast to a 64-bit unsigned `size_t`, then as an int;
 * - None → not reproducible (CPython reads os.urandom), refused;
 * - anything else → `TypeError` with CPython 3.11's message (a line break included).
 */
export function seedKey(seed: PyObj): Uint32Array {
  const isBytes = seed instanceof PySeqView && seed.pyType === 'bytes';
  if (typeof seed === 'string' || isBytes) {
    const text = isBytes ? Uint8Array.from(seed.items, Number) : utf8Encode(seed as string);
    const digest = sha512(text);
    let n = 0n;
    for (const b of text) n = (n << 8n) | BigInt(b);
    for (const b of digest) n = (n << 8n) | BigInt(b);
    return intKey(n);
  }
  if (typeof seed === 'bigint') return intKey(seed < 0n ? -seed : seed);
  if (typeof seed === 'boolean') return intKey(seed ? 1n : 0n);
  if (typeof seed === 'number') {
    if (seed !== seed) {
      throw new PyError('ValueError', 'a NaN seed is not reproducible: hash(nan) depends on the object since Python 3.10');
    }
    const h = floatHash(seed);
    return intKey(h < 0n ? h + (1n << 64n) : h);
  }
  if (seed === null) {
    throw new PyError('ValueError', 'random.seed(None) seeds from os.urandom, which is not reproducible: give an int or str seed');
  }
  throw new PyError('TypeError', SEED_TYPES);
}

/** A non-negative int as little-endian 32-bit words (at least one word). */
function intKey(n: bigint): Uint32Array {
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return Uint32Array.from(words);
}
