import type { BitGenerator } from '../bitgen/BitGenerator';
import { log } from '../libm/log';

/**
 * `random_binomial_btpe` (numpy/random/src/distributions/distributions.c, NumPy 2.4.x):
 * Kachitvichyanukul & Schmeiser's BTPE (Binomial, Triangle, Parallelogram, Exponential;
 * Comm. ACM 31, 1988) for n * min(p, 1-p) > 30. Two next_doubles per try.
 * In NumPy 2.4 one function serves both `RandomState.binomial` and `Generator.binomial`; here
 * RandomState keeps its own frozen copy (src/core/numpy/legacyBinomial.ts, as NumPy >= 2.5
 * does), so this one is Generator's.
 *
 * @param n >= 1, as an integral double (NumPy's int64; exact below 2**53).
 * @param p in (0, 0.5] — the callers pass min(p, 1 - p) and mirror the result.
 * @returns an integral double in [0, n].
 *
 * Bit-exactness: the Step 5.2 squeeze keeps NumPy 2.4's Stirling terms exactly as written
 * there — constant 13680. and all four correction terms added. NumPy 2.5 corrected these
 * (numpy#31238: 13860., two terms subtracted), which changes Generator's stream from 2.5 on. Evaluation order and the `floor` casts are NumPy's; NumPy's
 * `binomial_t` setup cache only saves time and is not modelled.
 */
export function randomBinomialBtpe(bitgen: BitGenerator, n: number, p: number): number {
  const r = Math.min(p, 1.0 - p);
  const q = 1.0 - r;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1.0 + a / 2.0);
  const p2 = p1 * (1.0 + 2.0 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;

  for (;;) {
    // Step 10
    const nrq = n * r * q;
    const u = bitgen.nextDouble() * p4;
    let v = bitgen.nextDouble();
    let y: number;
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      return finish(y, n, p);
    }
    if (u <= p2) {
      // Step 20: parallelogram
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      // Step 30: left exponential tail
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      // Step 40: right exponential tail
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    // Step 50
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const s = r / q;
      a = s * (n + 1);
      let F = 1.0;
      if (m < y) {
        for (let i = m + 1; i <= y; i++) F *= a / i - s;
      } else if (m > y) {
        for (let i = y + 1; i <= m; i++) F /= a / i - s;
      }
      if (v > F) continue;
      return finish(y, n, p);
    }
    // Step 52: squeeze on log(v)
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) return finish(y, n, p);
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const x2 = x1 * x1;
    const f2 = f1 * f1;
    const z2 = z * z;
    const w2 = w * w;
    const bound =
      xm * log(f1 / x1) +
      (n - m + 0.5) * log(z / w) +
      (y - m) * log((w * r) / (x1 * q)) +
      (13680 - (462 - (132 - (99 - 140 / f2) / f2) / f2) / f2) / f1 / 166320 +
      (13680 - (462 - (132 - (99 - 140 / z2) / z2) / z2) / z2) / z / 166320 +
      (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x1 / 166320 +
      (13680 - (462 - (132 - (99 - 140 / w2) / w2) / w2) / w2) / w / 166320;
    if (A > bound) continue;
    return finish(y, n, p);
  }
}

/** Step 60: mirror for p > 0.5 (never taken through NumPy's callers, kept as NumPy has it). */
function finish(y: number, n: number, p: number): number {
  return p > 0.5 ? n - y : y;
}
