/*
 * FROZEN like NumPy's legacy code (legacy-distributions.c): RandomState's stream depends on it.
 * Generator replaced these with a different algorithm (random_hypergeometric.c).
 */
import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomLoggam } from '../distributions/randomLoggam';
import { log } from '../libm/log';

/** D1 = 2·sqrt(2/e), D2 = 3 - 2·sqrt(3/e), NumPy's literals. */
const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;

/**
 * `random_hypergeometric_hyp`: the HYP algorithm (Kachitvichyanukul & Schmeiser 1985) for
 * sample <= 10: one next_double per sampled item until the smaller colour is exhausted.
 */
function hyp(bits: BitGenerator, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0.0) {
    const u = bits.nextDouble();
    y -= Math.floor(u + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

/**
 * `random_hypergeometric_hrua`: the HRUA* ratio-of-uniforms algorithm (Stadlober 1989, with
 * Ivan Frohne's corrections from rv.py) for sample > 10; log-factorials by `random_loggam`.
 */
function hrua(bits: BitGenerator, good: number, bad: number, sample: number): number {
  const mingoodbad = Math.min(good, bad);
  const popsize = good + bad;
  const maxgoodbad = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingoodbad / popsize;
  const d5 = 1.0 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt((((popsize - m) * sample * d4 * d5) / (popsize - 1)) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = Math.floor(((m + 1) * (mingoodbad + 1)) / (popsize + 2));
  const d10 =
    randomLoggam(d9 + 1) + randomLoggam(mingoodbad - d9 + 1) + randomLoggam(m - d9 + 1) + randomLoggam(maxgoodbad - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingoodbad) + 1.0, Math.floor(d6 + 16 * d7));
  let Z: number;
  for (;;) {
    const X = bits.nextDouble();
    const Y = bits.nextDouble();
    const W = d6 + (d8 * (Y - 0.5)) / X;
    if (W < 0.0 || W >= d11) continue;
    Z = Math.floor(W);
    const T =
      d10 -
      (randomLoggam(Z + 1) + randomLoggam(mingoodbad - Z + 1) + randomLoggam(m - Z + 1) + randomLoggam(maxgoodbad - m + Z + 1));
    if (X * (4.0 - X) - 3.0 <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2.0 * log(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < sample) Z = good - Z;
  return Z;
}

/**
 * `legacy_random_hypergeometric`: HRUA for sample > 10, HYP for 0 < sample <= 10, else 0.
 * @param good, bad >= 0, 1 <= sample <= good + bad (checked by the caller); all below 2**53.
 */
export function legacyHypergeometric(bits: BitGenerator, good: number, bad: number, sample: number): number {
  if (sample > 10) return hrua(bits, good, bad, sample);
  if (sample > 0) return hyp(bits, good, bad, sample);
  return 0;
}
