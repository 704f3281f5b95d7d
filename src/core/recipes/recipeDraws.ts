import type { EngineName } from '../callSpec';
import type { Engine } from '../callSpec';
import type { GeneratorEngine } from '../generator/GeneratorEngine';
import { generatorIntegers } from '../generator/integers';
import type { RandomState } from '../numpy/RandomState';
import { intDtype, randintBounds, randintDraw } from '../numpy/randint';
import type { PythonRandom } from '../python/PythonRandom';
import { randint as pyRandint } from '../python/randrange';
import { BYTE_HEX } from './byteHex';

/**
 * The few draws the value recipes are built from, each one a public call of the engine's own
 * library (so the recipes' Python definitions are plain library calls):
 *
 * | draw             | python                         | numpy (legacy)                      | numpy-generator                |
 * |------------------|--------------------------------|-------------------------------------|--------------------------------|
 * | `bytes(n)`       | `random.randbytes(n)`          | `np.random.bytes(n)`                | `rng.bytes(n)`                 |
 * | `bitsHex(k)`     | `random.getrandbits(k)`        | `int.from_bytes(np.random.bytes((k + 7) // 8), 'big') >> (-k % 8)` | the same with `rng.bytes` |
 * | `randint(a, b)`  | `random.randint(a, b)`         | `np.random.randint(a, b + 1)`       | `rng.integers(a, b + 1)`       |
 * | `random()`       | `random.random()`              | `np.random.random_sample()`         | `rng.random()`                 |
 * | `indices(n, k)`  | `floor(random() * n)` k times (`random.choices`) | `np.random.randint(n, size=k)` | `rng.integers(n, size=k)` |
 */
export interface RecipeDraws {
  /** n random bytes (0 <= n). */
  bytes(n: number): Uint8Array;
  /** A non-negative int of k random bits (k >= 1), as its hex digits zero-padded to ceil(k / 4). */
  bitsHex(k: number): string;
  /** An int in [a, b], both ends included (a <= b). */
  randint(a: bigint, b: bigint): bigint;
  /** A float in [0, 1). */
  random(): number;
  /** k indices in [0, n) (n >= 1), as the engine's way of choosing k elements with replacement. */
  indices(n: number, k: number): number[];
}

const INT64 = intDtype(null);
const UINT32 = intDtype('uint32');

/**
 * Python's `random.randbytes(n)` (3.9+): `getrandbits(n * 8).to_bytes(n, 'little')`. getrandbits
 * fills 32-bit words least significant first and shifts the last word right to keep the bits it
 * needs, so the bytes are the words' little-endian bytes, the last word shifted right by
 * 32 - 8 * (n % 4) when n is not a multiple of 4.
 */
function pythonBytes(r: PythonRandom, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 4) {
    const left = n - i;
    let w = r.mt.next32();
    if (left < 4) w >>>= 32 - 8 * left;
    for (let j = 0; j < 4 && j < left; j++) out[i + j] = (w >>> (8 * j)) & 0xff;
  }
  return out;
}

/** Little-endian bytes of 32-bit words, cut to n: `….astype('<u4').tobytes()[:n]` in NumPy's `bytes`. */
function wordBytes(words: readonly number[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (words[i >> 2] >>> (8 * (i & 3))) & 0xff;
  return out;
}

const hex8 = (w: number) => BYTE_HEX[w >>> 24] + BYTE_HEX[(w >>> 16) & 255] + BYTE_HEX[(w >>> 8) & 255] + BYTE_HEX[w & 255];

/** Hex digits of an int, zero-padded to ceil(k / 4). */
const padHex = (v: bigint, k: number) => v.toString(16).padStart(Math.ceil(k / 4), '0');

/**
 * `getrandbits(k)` in hex, from its words: the lower words give 8 digits each, the top word
 * (shifted right to its r = k - 32 * (words - 1) bits) ceil(r / 4) digits.
 */
function pythonBitsHex(r: PythonRandom, k: number): string {
  if (k <= 32) return (r.mt.next32() >>> (32 - k)).toString(16).padStart(Math.ceil(k / 4), '0');
  const words = Math.ceil(k / 32);
  const parts: string[] = new Array(words);
  let left = k;
  for (let i = 0; i < words; i++, left -= 32) {
    const w = r.mt.next32();
    parts[words - 1 - i] = left < 32 ? (w >>> (32 - left)).toString(16).padStart(Math.ceil(left / 4), '0') : hex8(w);
  }
  return parts.join('');
}

/** {@link bitsFromBytes} in hex: the bytes' digits when k is a whole number of bytes. */
function bytesBitsHex(b: Uint8Array, k: number): string {
  if (k % 8 !== 0) return padHex(bitsFromBytes(b, k), k);
  let out = '';
  for (const x of b) out += BYTE_HEX[x];
  return out;
}

/** `int.from_bytes(b, 'big') >> (-k % 8)`: the k leading bits of ceil(k / 8) bytes. */
function bitsFromBytes(b: Uint8Array, k: number): bigint {
  if (k === 0) return 0n;
  let hex = '';
  for (const x of b) hex += x.toString(16).padStart(2, '0');
  return BigInt('0x' + hex) >> BigInt((8 - (k % 8)) % 8);
}

/**
 * NumPy's `n_uint32 = ((length - 1) // 4 + 1)`, a C division in Cython (cdivision): it truncates,
 * so `bytes(0)` still draws one 32-bit word — kept, since the stream position after it counts.
 */
const wordCount = (n: number) => Math.trunc((n - 1) / 4) + 1;

function pythonDraws(r: PythonRandom): RecipeDraws {
  return {
    bytes: (n) => pythonBytes(r, n),
    bitsHex: (k) => pythonBitsHex(r, k),
    randint: (a, b) => pyRandint(r, a, b),
    random: () => r.random(),
    indices: (n, k) => {
      const out = new Array<number>(k);
      for (let i = 0; i < k; i++) out[i] = Math.floor(r.random() * n); // random.choices without weights
      return out;
    },
  };
}

/**
 * NumPy's legacy `RandomState.bytes(n)` (numpy/random/mtrand.pyx): `randint(0, 4294967296,
 * size=(n - 1) // 4 + 1, dtype=np.uint32)` as little-endian bytes, cut to n — the full uint32
 * range takes one MT19937 word per element.
 */
function numpyDraws(rs: RandomState): RecipeDraws {
  const bytes = (n: number) => wordBytes(randintDraw(rs.bitgen, 0n, 0xffffffffn, UINT32, wordCount(n)).map(Number), n);
  return {
    bytes,
    bitsHex: (k) => bytesBitsHex(bytes(Math.ceil(k / 8)), k),
    randint: (a, b) => {
      const { low, high } = randintBounds(a, b + 1n, INT64);
      return randintDraw(rs.bitgen, low, high, INT64, 1)[0] as bigint;
    },
    random: () => rs.bitgen.nextDouble(), // random_sample: legacy next_double = genrand_res53
    indices: (n, k) => randintDraw(rs.bitgen, 0n, BigInt(n - 1), INT64, k).map(Number),
  };
}

/**
 * `Generator.bytes(n)` (numpy/random/_generator.pyx): `integers(0, 4294967296,
 * size=(n - 1) // 4 + 1, dtype=np.uint32)` as little-endian bytes, cut to n — the full uint32
 * range takes `next_uint32` per element (PCG64's buffered half-words).
 */
function generatorDraws(g: GeneratorEngine): RecipeDraws {
  const bytes = (n: number) => wordBytes(Array.from({ length: wordCount(n) }, () => g.bitgen.next32()), n);
  return {
    bytes,
    bitsHex: (k) => bytesBitsHex(bytes(Math.ceil(k / 8)), k),
    randint: (a, b) => generatorIntegers(g.bitgen, a, b + 1n, 1, false)[0] as bigint,
    random: () => g.bitgen.nextDouble(),
    indices: (n, k) => generatorIntegers(g.bitgen, 0n, BigInt(n), k, false).map(Number),
  };
}

const cache = new WeakMap<Engine, RecipeDraws>();

/** The recipe draws on a seeded engine of the given kind (one adapter per engine object). */
export function recipeDraws(name: EngineName, engine: Engine): RecipeDraws {
  let d = cache.get(engine);
  if (!d) {
    d = name === 'python' ? pythonDraws(engine as PythonRandom) : name === 'numpy' ? numpyDraws(engine as RandomState) : generatorDraws(engine as GeneratorEngine);
    cache.set(engine, d);
  }
  return d;
}
