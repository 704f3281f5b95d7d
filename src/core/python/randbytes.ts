import { PyError } from '../errors';
import { MAX_VALUES_PER_CALL } from '../layout/checkCount';
import { PyBytes, type PyObj } from '../types';
import type { PythonRandom } from './PythonRandom';
import { pyIndex } from './pyNum';

/**
 * `Random.randbytes(n)` (CPython 3.11 Lib/random.py): `self.getrandbits(n * 8).to_bytes(n,
 * 'little')` — 32-bit words least significant first, so whole words are written little-endian
 * and a last partial word keeps its high bytes (getrandbits drops the low bits). `n * 8` follows
 * Python's operators: a float n gives `'float' object cannot be interpreted as an integer`, a
 * negative n `number of bits must be non-negative`. Sizes above {@link MAX_VALUES_PER_CALL}
 * bytes are refused (CPython would allocate them).
 */
export function randbytes(r: PythonRandom, nArg: PyObj): PyBytes {
  if (nArg === null) throw new PyError('TypeError', "unsupported operand type(s) for *: 'NoneType' and 'int'");
  const n = typeof nArg === 'bigint' || typeof nArg === 'boolean' ? BigInt(nArg) : pyIndex(nArg); // str/list * 8 stay non-ints: pyIndex's TypeError
  if (n < 0n) throw new PyError('ValueError', 'number of bits must be non-negative');
  if (n > BigInt(MAX_VALUES_PER_CALL)) throw new PyError('ValueError', `randbytes(n) above ${MAX_VALUES_PER_CALL} bytes is not supported by this tool`);
  const len = Number(n);
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i += 4) {
    const left = len - i;
    let w = r.mt.next32();
    if (left < 4) w >>>= 32 - 8 * left; // getrandbits keeps a partial word's high bits
    for (let b = 0; b < Math.min(4, left); b++) out[i + b] = (w >>> (8 * b)) & 0xff;
  }
  return new PyBytes(out);
}
