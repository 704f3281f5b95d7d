import type { BitGenerator } from '../bitgen/BitGenerator';
import { PCG64 } from '../bitgen/pcg64';
import { FRESH_ARRAYS, type ColumnAlloc } from '../column';
import { PyError } from '../errors';
import { boundedLemireUint32 } from '../distributions/boundedLemireUint32';
import { randomBoundedUint64Fill } from '../distributions/randomBoundedUint64Fill';
import type { PyObj } from '../types';
import { lemireIntFill } from './generatorFill';
import { pyInt } from './pyInt';
import { UINT64_MAX } from '../int64';
import { intDtype, type IntDtype } from '../dtypes';
import { randomBoundedBoolFill } from '../distributions/randomBoundedBoolFill';
import { randomBoundedSmallFill } from '../distributions/randomBoundedSmallFill';
import { randomBoundedUint32Fill } from '../distributions/randomBoundedUint32Fill';

const INT64 = intDtype('int64', 'integers');
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * `Generator.integers(low, high=None, size=None, dtype=np.int64, endpoint=False)` for scalar
 * bounds (`_rand_int64` in numpy/random/_bounded_integers.pyx.in): `cnt` int64 values in
 * [low, high) — or [low, high] with `endpoint` — by Lemire's method: ranges below 2**32 - 1 use
 * the 32-bit sampler on `next32` (PCG64's buffered half-words), wider ones the 64-bit sampler.
 *
 * Checks, in NumPy's order: `low is out of bounds for int64`, `high is out of bounds for int64`,
 * then `high <= 0` / `high < 0` (low == 0) or `low >= high` / `low > high`. NumPy skips every
 * check when the requested size has no elements (`cnt == 0`).
 *
 * @param low, high Python ints, bools, floats (truncated) or decimal strings, as `int()` takes them.
 */
export function generatorIntegers(bitgen: BitGenerator, low: PyObj, high: PyObj, cnt: number, endpoint: boolean, dtype: IntDtype = INT64): PyObj[] {
  if (cnt === 0) return [];
  const { lo, hi } = integersBounds(low, high, endpoint, dtype);
  if (dtype !== INT64) return integersOfDtype(bitgen, lo, hi, cnt, dtype);
  if (bitgen instanceof PCG64) {
    const col = integersColumn(bitgen, lo, hi, cnt);
    if (col) return Array.from(col, (v) => BigInt(v)); // the bulk path, so the pinned fixtures check it
  }
  const rng = hi - lo;
  if (rng > 0n && rng < 0xffffffffn && lo >= -SAFE && hi <= SAFE) {
    // The common case on plain numbers: NumPy's 32-bit Lemire path, off + value exact in doubles.
    const r = Number(rng);
    const off = Number(lo);
    const out = new Array<bigint>(cnt);
    for (let i = 0; i < cnt; i++) out[i] = BigInt(off + boundedLemireUint32(bitgen, r));
    return out;
  }
  return randomBoundedUint64Fill(bitgen, lo & UINT64_MAX, rng, cnt, false).map((v) => BigInt.asIntN(64, v));
}

/**
 * `_rand_<dtype>`'s draws (numpy/random/_bounded_integers.pyx.in) for a dtype other than int64,
 * on the checked closed interval [lo, hi], by Lemire's method (Generator never masks):
 * 64-bit → `random_bounded_uint64_fill`, 32-bit → `random_bounded_uint32_fill` (next32),
 * 16/8-bit → the fills on 16/8-bit words buffered from one next32 per call, bool → one bit per
 * draw from a buffered next32. The buffers live for one call only (a call with size=None
 * draws a fresh word). Values wrap modulo 2**bits from `off = <utype>low`, then are read as
 * the dtype's signed or unsigned integers.
 */
function integersOfDtype(bitgen: BitGenerator, lo: bigint, hi: bigint, cnt: number, dtype: IntDtype): PyObj[] {
  const rng = hi - lo;
  switch (dtype.bits) {
    case 64: {
      const vals = randomBoundedUint64Fill(bitgen, lo & UINT64_MAX, rng, cnt, false);
      return dtype.signed ? vals.map((v) => BigInt.asIntN(64, v)) : vals;
    }
    case 32: {
      const vals = randomBoundedUint32Fill(bitgen, Number(BigInt.asUintN(32, lo)), Number(rng), cnt, false);
      return vals.map((v) => BigInt(dtype.signed ? v | 0 : v));
    }
    case 16:
    case 8: {
      const w = dtype.bits;
      const vals = randomBoundedSmallFill(bitgen, w, Number(BigInt.asUintN(w, lo)), Number(rng), cnt, false);
      return vals.map((v) => BigInt(dtype.signed ? (v << (32 - w)) >> (32 - w) : v));
    }
    default:
      return randomBoundedBoolFill(bitgen, lo === 1n, Number(rng), cnt);
  }
}

/** The closed interval [lo, hi] of `integers(low, high, endpoint=...)`, checked in NumPy's order with its messages. */
export function integersBounds(low: PyObj, high: PyObj, endpoint: boolean, dtype: IntDtype = INT64): { lo: bigint; hi: bigint } {
  const lo = pyInt(low);
  let hi = pyInt(high);
  if (!endpoint) hi -= 1n;
  const lb = dtype.bits === 1 || !dtype.signed ? 0n : -(2n ** BigInt(dtype.bits - 1));
  const ub = dtype.bits === 1 ? 1n : dtype.signed ? 2n ** BigInt(dtype.bits - 1) - 1n : 2n ** BigInt(dtype.bits) - 1n;
  if (lo < lb) throw new PyError('ValueError', `low is out of bounds for ${dtype.name}`);
  if (hi > ub) throw new PyError('ValueError', `high is out of bounds for ${dtype.name}`);
  if (lo > hi) {
    const msg = lo === 0n ? (endpoint ? 'high < 0' : 'high <= 0') : endpoint ? 'low > high' : 'low >= high';
    throw new PyError('ValueError', msg);
  }
  return { lo, hi };
}

/**
 * `cnt` values of `integers` on [lo, hi] in bulk ({@link lemireIntFill}) when the range takes
 * NumPy's 32-bit path (hi - lo <= 2**32 - 1) and the bounds are exact in doubles: an Int32Array
 * when they fit, else a Float64Array; undefined for wider ranges (the 64-bit path).
 */
export function integersColumn(bitgen: PCG64, lo: bigint, hi: bigint, cnt: number, alloc: ColumnAlloc = FRESH_ARRAYS): Float64Array | Int32Array | undefined {
  const rng = hi - lo;
  if (rng > 0xffffffffn || lo < -SAFE || hi > SAFE) return undefined;
  const low = Number(lo);
  const values = low >= -0x80000000 && hi <= 0x7fffffffn ? alloc.int32(cnt) : alloc.float64(cnt);
  lemireIntFill(bitgen, values, 0, cnt, low, Number(rng));
  return values;
}
