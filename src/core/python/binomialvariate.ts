import { PyError } from '../errors';
import type { PythonRandom } from './PythonRandom';
import { lgamma } from './lgamma';
import { floorInt, log, log2, sqrt } from './pyMath';
import { type PyNum, pyAdd, pyCompare, pyMul, pyNumEq, pySub, toFloat } from './pyNum';

/**
 * `binomialvariate(n=1, p=0.5)` — new in CPython 3.12 (Lib/random.py); this engine otherwise
 * follows 3.11, which lacks it. Number of successes in n trials of probability p:
 * - checks: n < 0 → `ValueError: n must be non-negative`; p outside (0, 1): p == 0 → 0,
 *   p == 1 → n (as given), else `ValueError: p must be in the range 0.0 <= p <= 1.0`;
 * - n == 1: `random() < p` as an int;
 * - p > 0.5: `n - binomialvariate(n, 1.0 - p)` (symmetry);
 * - n * p < 10: Devroye's geometric method (BG): add `floor(log2(random()) / log2(1 - p)) + 1`
 *   until the sum exceeds n, counting steps;
 * - else Hörmann's BTRS (transformed rejection with squeeze), its setup (alpha, lpq, mode m,
 *   h = lgamma(m + 1) + lgamma(n - m + 1)) done at the first full acceptance test.
 * n keeps Python's type (int or float): int arithmetic on n is exact, as in Python.
 * `lgamma` is CPython's own Lanczos implementation (see lgamma.ts).
 */
export function binomialvariate(r: PythonRandom, n: PyNum, p: number): PyNum {
  if (pyCompare(n, '<', 0n)) throw new PyError('ValueError', 'n must be non-negative');
  if (p <= 0.0 || p >= 1.0) {
    if (p === 0.0) return 0n;
    if (p === 1.0) return n;
    throw new PyError('ValueError', 'p must be in the range 0.0 <= p <= 1.0');
  }
  if (pyNumEq(n, 1n)) return r.random() < p ? 1n : 0n;
  if (p > 0.5) return pySub(n, binomialvariate(r, n, 1.0 - p));
  if ((pyMul(n, p) as number) < 10.0) return geometric(r, n, p);
  return btrs(r, n, p);
}

/** BG: Devroye's geometric method, O(n p) draws. */
function geometric(r: PythonRandom, n: PyNum, p: number): bigint {
  let x = 0n;
  let y = 0n;
  const c = log2(1.0 - p);
  if (!c) return x;
  for (;;) {
    y += floorInt(log2(r.random()) / c) + 1n;
    if (pyCompare(y, '>', n)) return x;
    x += 1n;
  }
}

/** BTRS: transformed rejection with squeeze (Hörmann 1993), for n p >= 10 and p <= 0.5. */
function btrs(r: PythonRandom, n: PyNum, p: number): bigint {
  const np = pyMul(n, p) as number;
  const spq = sqrt(np * (1.0 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = np + 0.5;
  const vr = 0.92 - 4.2 / b;
  let setup = false;
  let alpha = 0;
  let lpq = 0;
  let m = 0n;
  let h = 0;
  for (;;) {
    let u = r.random();
    u -= 0.5;
    const us = 0.5 - Math.abs(u);
    const k = floorInt(((2.0 * a) / us + b) * u + c);
    if (k < 0n || pyCompare(k, '>', n)) continue;
    let v = r.random();
    if (us >= 0.07 && v <= vr) return k;
    if (!setup) {
      alpha = (2.83 + 5.1 / b) * spq;
      lpq = log(p / (1.0 - p));
      m = floorInt(pyMul(pyAdd(n, 1n), p) as number);
      h = lgamma(toFloat(m + 1n)) + lgamma(toFloat(pyAdd(pySub(n, m), 1n) as PyNum));
      setup = true;
    }
    v *= alpha / (a / (us * us) + b);
    if (log(v) <= h - lgamma(toFloat(k + 1n)) - lgamma(toFloat(pyAdd(pySub(n, k), 1n) as PyNum)) + toFloat(k - m) * lpq) {
      return k;
    }
  }
}
