/** CPython's hash modulus: the Mersenne prime 2**61 - 1 (`sys.hash_info.modulus` on 64-bit builds). */
const P = (1n << 61n) - 1n;
/** `sys.hash_info.inf`. */
const HASH_INF = 314159n;

/**
 * `hash(x)` of a finite or infinite float on a 64-bit CPython (`Python/pyhash.c::_Py_HashDouble`):
 * for x = m * 2**e (m an integer), hash(|x|) = m * 2**e reduced modulo P = 2**61 - 1, where a
 * negative power of two is its modular inverse (2**61 ≡ 1, so 2**e ≡ 2**(e mod 61)); the sign is
 * applied after, and -1 becomes -2. ±inf hash to ±314159. NaN has no reproducible hash since
 * Python 3.10 (it hashes the object's address), so the caller must refuse it.
 */
export function floatHash(x: number): bigint {
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const frac = bits & ((1n << 52n) - 1n);
  // |x| = mant * 2**exp exactly
  const mant = biased === 0 ? frac : frac | (1n << 52n);
  const exp = (biased === 0 ? 1 : biased) - 1075;
  const e = ((exp % 61) + 61) % 61;
  let h = ((mant % P) << BigInt(e)) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}
