/**
 * A non-negative int as little-endian 32-bit words, at least one (`0n` → `[0]`): the key
 * CPython's `random_seed` and NumPy's `_int_to_uint32_array` make of an int. Linear in the int's
 * size — through its hex digits (V8 converts a BigInt to a power-of-two radix in linear time),
 * never by repeated `n >>= 32n`, which copies the whole BigInt each time (quadratic).
 */
export function bigintWords(n: bigint): Uint32Array {
  const hex = n.toString(16);
  const words = new Uint32Array(Math.max(1, Math.ceil(hex.length / 8)));
  for (let i = 0, end = hex.length; end > 0; i++, end -= 8) words[i] = parseInt(hex.slice(Math.max(0, end - 8), end), 16);
  return words;
}
