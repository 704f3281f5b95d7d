import type { BitGenerator } from '../bitgen/BitGenerator';
import { PyError } from '../errors';
import { MAX_VALUES_PER_CALL } from '../layout/checkCount';
import type { PyObj } from '../types';

/**
 * `RandomState.bytes(length)` and `Generator.bytes(length)` (mtrand.pyx, _generator.pyx):
 * `randint`/`integers(0, 4294967296, size=n, dtype=np.uint32).astype('<u4').tobytes()[:length]`
 * with `n = (length - 1) // 4 + 1` in C division (Cython `cdivision`: `bytes(-1)` draws one word
 * and keeps 3 bytes, as NumPy does). A full-range uint32 fill is one raw `next32` per word
 * (`random_bounded_uint32_fill`, rng == 0xFFFFFFFF), written little-endian.
 *
 * @param words the word count n, already checked to be >= 0.
 * @param keep Python's slice `[:length]` applied to the 4n bytes (negative counts from the end).
 */
export function randomBytes(bitgen: BitGenerator, words: number, keep: number): Uint8Array {
  const all = new Uint8Array(words * 4);
  for (let i = 0; i < words; i++) {
    const w = bitgen.next32();
    all[4 * i] = w & 0xff;
    all[4 * i + 1] = (w >>> 8) & 0xff;
    all[4 * i + 2] = (w >>> 16) & 0xff;
    all[4 * i + 3] = w >>> 24;
  }
  const end = keep < 0 ? Math.max(0, all.length + keep) : Math.min(all.length, keep);
  return all.subarray(0, end);
}

/**
 * `bytes(length)`'s word count and slice end: `length` converted as Cython's `npy_intp` (ints and
 * bools; floats truncated; anything else `an integer is required`), then `(length - 1) / 4 + 1`
 * words in C's truncating division (negative → `negative dimensions are not allowed`).
 * Lengths above {@link MAX_VALUES_PER_CALL} are refused (NumPy would allocate them).
 */
export function bytesArgs(lengthArg: PyObj): [words: number, keep: number] {
  let length: number;
  if (typeof lengthArg === 'bigint' || typeof lengthArg === 'boolean') {
    const n = BigInt(lengthArg);
    if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) throw new PyError('OverflowError', 'Python int too large to convert to C long');
    length = Number(n);
  } else if (typeof lengthArg === 'number') {
    if (lengthArg !== lengthArg) throw new PyError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(lengthArg)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
    if (Math.abs(lengthArg) >= 2 ** 63) throw new PyError('OverflowError', 'Python int too large to convert to C long');
    length = Math.trunc(lengthArg);
  } else {
    throw new PyError('TypeError', 'an integer is required');
  }
  if (length > MAX_VALUES_PER_CALL) throw new PyError('ValueError', `bytes(length) above ${MAX_VALUES_PER_CALL} bytes is not supported by this tool`);
  const words = Math.trunc((length - 1) / 4) + 1;
  if (words < 0) throw new PyError('ValueError', 'negative dimensions are not allowed');
  return [words, length];
}
