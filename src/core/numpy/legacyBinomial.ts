/*
 * FROZEN like NumPy's legacy code (legacy-distributions.c): RandomState's stream depends on it.
 * NumPy keeps this copy because Generator's binomial was later corrected (BTPE's error terms,
 * log1p in the inversion set-up, the n == 0 / p == 0 shortcut); RandomState must not see those.
 */
import type { BitGenerator } from '../bitgen/BitGenerator';
import { exp } from '../libm/exp';
import { log } from '../libm/log';

/** (n - X + 1) as a double, exactly as C computes it in int64 then converts (n may exceed 2**53). */
function nMinusPlus1(n: number, nBig: bigint, X: number): number {
  return n <= 2 ** 53 ? n - X + 1 : Number(nBig - BigInt(X) + 1n);
}

/**
 * `legacy_random_binomial_inversion`: sequential search from 0 with px = q^n, restarting after
 * `bound` steps. Note `exp(n·log(q))`, not log1p. Always draws (even for n == 0 or p == 0).
 */
function inversion(bits: BitGenerator, n: number, nBig: bigint, p: number): number {
  const q = 1.0 - p;
  const qn = exp(n * log(q));
  const np = n * p;
  const bound = Math.trunc(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1)));
  let X = 0;
  let px = qn;
  let U = bits.nextDouble();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = bits.nextDouble();
    } else {
      U -= px;
      px = (nMinusPlus1(n, nBig, X) * p * px) / (X * q);
    }
  }
  return X;
}

/**
 * `legacy_random_binomial_btpe`: Kachitvichyanukul & Schmeiser's BTPE (1988) for n·p > 30,
 * with the original paper's sign error kept: all four Stirling correction terms are added
 * (NumPy's comment: "The last two error terms of the Stirling approximation are incorrectly
 * added"; the constant 13680 instead of 13860 is also the legacy code's).
 * Returns y for p <= 0.5 (callers pass min(p, 1 - p)).
 */
function btpe(bits: BitGenerator, n: number, p: number): number {
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
    const u = bits.nextDouble() * p4;
    let v = bits.nextDouble();
    let y: number;
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      return p > 0.5 ? n - y : y; // Step 60
    }
    if (u <= p2) {
      // Step 20
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      // Step 30
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      // Step 40
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
      return p > 0.5 ? n - y : y;
    }
    // Step 52
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) return p > 0.5 ? n - y : y;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const x2 = x1 * x1;
    const f2 = f1 * f1;
    const z2 = z * z;
    const w2 = w * w;
    if (
      A >
      xm * log(f1 / x1) +
        (n - m + 0.5) * log(z / w) +
        (y - m) * log((w * r) / (x1 * q)) +
        (13680 - (462 - (132 - (99 - 140 / f2) / f2) / f2) / f2) / f1 / 166320 +
        (13680 - (462 - (132 - (99 - 140 / z2) / z2) / z2) / z2) / z / 166320 +
        (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x1 / 166320 +
        (13680 - (462 - (132 - (99 - 140 / w2) / w2) / w2) / w2) / w / 166320
    ) {
      continue;
    }
    return p > 0.5 ? n - y : y;
  }
}

/**
 * `legacy_random_binomial`: Binomial(n, p) as `RandomState.binomial` draws it: inversion when
 * min(p, 1-p)·n <= 30, else BTPE; for p > 0.5 it samples with q = 1 - p and returns n - X.
 * @param n >= 0 (an int64; `nBig` carries it exactly). @param p in [0, 1].
 * @returns the draw as a bigint.
 */
export function legacyBinomial(bits: BitGenerator, p: number, nBig: bigint): bigint {
  const n = Number(nBig);
  if (p <= 0.5) {
    if (p * n <= 30.0) return BigInt(inversion(bits, n, nBig, p));
    return BigInt(btpe(bits, n, p));
  }
  const q = 1.0 - p;
  if (q * n <= 30.0) return nBig - BigInt(inversion(bits, n, nBig, q));
  return nBig - BigInt(btpe(bits, n, q));
}
