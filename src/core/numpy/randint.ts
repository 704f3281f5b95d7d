import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomBoundedBoolFill } from '../distributions/randomBoundedBoolFill';
import { randomBoundedSmallFill } from '../distributions/randomBoundedSmallFill';
import { randomBoundedUint32Fill } from '../distributions/randomBoundedUint32Fill';
import { randomBoundedUint64Fill } from '../distributions/randomBoundedUint64Fill';
import { valueError } from '../errors';
import type { PyObj } from '../types';
import { pyInt } from './intArg';
import { intDtype, type IntDtype } from '../dtypes';

export { intDtype, type IntDtype };

/** NumPy's `format_bounds_error` for the open interval: `high <= 0` when low is 0, else `low >= high`. */
const boundsError = (low: bigint) => valueError(low === 0n ? 'high <= 0' : 'low >= high');

/** The validated closed interval [low, high - 1] of `_rand_<dtype>`'s scalar path. */
export function randintBounds(lowArg: PyObj, highArg: PyObj, dtype: IntDtype): { low: bigint; high: bigint } {
  let low = pyInt(lowArg, 'low');
  let high: bigint;
  if (highArg === null) {
    high = low;
    low = 0n;
  } else {
    high = pyInt(highArg, 'high');
  }
  high -= 1n; // the generator produces the closed interval [low, high]
  const lb = dtype.bits === 1 ? 0n : dtype.signed ? -(2n ** BigInt(dtype.bits - 1)) : 0n;
  const ub = dtype.bits === 1 ? 1n : dtype.signed ? 2n ** BigInt(dtype.bits - 1) - 1n : 2n ** BigInt(dtype.bits) - 1n;
  if (low < lb) throw valueError(`low is out of bounds for ${dtype.name}`);
  if (high > ub) throw valueError(`high is out of bounds for ${dtype.name}`);
  if (low > high) throw boundsError(low);
  return { low, high };
}

/**
 * `RandomState.randint`'s draws for a validated [low, high]: `_rand_<dtype>` with the masked
 * rejection sampler (NumPy keeps the slower masked method for RandomState's compatibility):
 * 64-bit dtypes → `random_bounded_uint64_fill`, 32-bit → `random_bounded_uint32_fill`,
 * 16/8-bit → the buffered fills, bool → `random_bounded_bool_fill`.
 * @returns Python ints (bigint), or bools for dtype bool.
 */
export function randintDraw(bits: BitGenerator, low: bigint, high: bigint, dtype: IntDtype, cnt: number): PyObj[] {
  const rng = high - low;
  switch (dtype.bits) {
    case 64: {
      if (rng < 0xffffffffn && low >= -(2n ** 52n) && high <= 2n ** 52n) {
        // the common case, on plain numbers: a 32-bit masked draw plus low (exact below 2**53)
        const r = Number(rng);
        const lo = Number(low);
        const vals = randomBoundedUint32Fill(bits, 0, r, cnt, true);
        return vals.map((v) => BigInt(lo + v));
      }
      const off = BigInt.asUintN(64, low);
      const vals = randomBoundedUint64Fill(bits, off, rng, cnt, true);
      return dtype.signed ? vals.map((v) => BigInt.asIntN(64, v)) : vals;
    }
    case 32: {
      const vals = randomBoundedUint32Fill(bits, Number(BigInt.asUintN(32, low)), Number(rng), cnt, true);
      return vals.map((v) => BigInt(dtype.signed ? v | 0 : v));
    }
    case 16:
    case 8: {
      const w = dtype.bits;
      const vals = randomBoundedSmallFill(bits, w, Number(BigInt.asUintN(w, low)), Number(rng), cnt, true);
      return vals.map((v) => BigInt(dtype.signed ? (v << (32 - w)) >> (32 - w) : v));
    }
    default:
      return randomBoundedBoolFill(bits, low === 1n, Number(rng), cnt);
  }
}
