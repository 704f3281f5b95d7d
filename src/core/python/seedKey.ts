import { sha512 } from '@noble/hashes/sha2.js';
import { bigintWords } from '../bitgen/bigintWords';
import { PyError } from '../errors';
import type { PyObj } from '../types';
import { floatHash } from './floatHash';
import { utf8Encode } from './utf8';

const SEED_TYPES = 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.';

/**
 * The `init_by_array` key that CPython 3.11 `random.seed(a)` (version 2) derives from `a`:
 * - str → `int.from_bytes(a.encode() + sha512(a.encode()).digest(), 'big')` (Lib/random.py `seed`),
 *   then as an int;
 * - int → `abs(a)` (bool → 0 or 1, through `int.__abs__`), split into 32-bit words from the least
 *   significant; 0 gives the key `[0]` (Modules/_randommodule.c `random_seed`);
 * - float → `hash(a)` cast to a 64-bit unsigned `size_t`, then as an int;
 * - None → not reproducible (CPython reads os.urandom), refused;
 * - anything else → `TypeError` with CPython 3.11's message (a line break included).
 */
export function seedKey(seed: PyObj): Uint32Array {
  if (typeof seed === 'string') {
    const text = utf8Encode(seed);
    const bytes = new Uint8Array(text.length + 64);
    bytes.set(text);
    bytes.set(sha512(text), text.length);
    return bytesKey(bytes);
  }
  if (typeof seed === 'bigint') return bigintWords(seed < 0n ? -seed : seed);
  if (typeof seed === 'boolean') return bigintWords(seed ? 1n : 0n);
  if (typeof seed === 'number') {
    if (seed !== seed) {
      throw new PyError('ValueError', 'a NaN seed is not reproducible: hash(nan) depends on the object since Python 3.10');
    }
    const h = floatHash(seed);
    return bigintWords(h < 0n ? h + (1n << 64n) : h);
  }
  if (seed === null) {
    throw new PyError('ValueError', 'random.seed(None) seeds from os.urandom, which is not reproducible: give an int or str seed');
  }
  throw new PyError('TypeError', SEED_TYPES);
}

/**
 * `int.from_bytes(bytes, 'big')` as little-endian 32-bit words with the high zero words dropped
 * (at least one word): what {@link bigintWords} gives for that int, in linear time — Python builds the
 * int in one pass too, where a BigInt built a byte at a time would cost quadratic time.
 */
function bytesKey(bytes: Uint8Array): Uint32Array {
  const count = Math.ceil(bytes.length / 4);
  const words = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const end = bytes.length - 4 * i; // the word's least significant byte is bytes[end - 1]
    let w = 0;
    for (let j = Math.max(0, end - 4); j < end; j++) w = (w * 256 + bytes[j]) >>> 0;
    words[i] = w;
  }
  let used = count;
  while (used > 1 && words[used - 1] === 0) used--;
  return words.subarray(0, used);
}
