import type { BitGenerator } from '../bitgen/BitGenerator';
import { randomInterval } from '../distributions/randomInterval';
import { logfactorial } from './logfactorial';
import { log } from '../libm/log';

/** 2 * sqrt(2 / e) and 3 - 2 * sqrt(3 / e), NumPy's literals. */
const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;

/**
 * `hypergeometric_sample` (numpy/random/src/distributions/random_hypergeometric.c): draw the
 * smaller of sample / total - sample items one by one with `random_interval`, stopping early when
 * no good (or only good) items remain; returns the number of good items drawn.
 */
function hypergeometricSample(bitgen: BitGenerator, good: number, bad: number, sample: number): number {
  const total = good + bad;
  const computedSample0 = sample > Math.floor(total / 2) ? total - sample : sample;
  let computedSample = computedSample0;
  let remainingTotal = total;
  let remainingGood = good;
  while (computedSample > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
    --remainingTotal;
    if (randomInterval(bitgen, remainingTotal) < remainingGood) --remainingGood;
    --computedSample;
  }
  if (remainingTotal === remainingGood) remainingGood -= computedSample;
  return sample > Math.floor(total / 2) ? remainingGood : good - remainingGood;
}

/**
 * `hypergeometric_hrua` (random_hypergeometric.c): Stadlober's ratio-of-uniforms algorithm HRUA
 * (1989/1990), two next_doubles per try, with log-factorials from {@link logfactorial}.
 */
function hypergeometricHrua(bitgen: BitGenerator, good: number, bad: number, sample: number): number {
  const popsize = good + bad;
  const computedSample = Math.min(sample, popsize - sample);
  const mingoodbad = Math.min(good, bad);
  const maxgoodbad = Math.max(good, bad);
  const p = mingoodbad / popsize;
  const q = maxgoodbad / popsize;
  const mu = computedSample * p;
  const a = mu + 0.5;
  const variance = ((popsize - computedSample) * computedSample * p * q) / (popsize - 1);
  const c = Math.sqrt(variance + 0.5);
  const h = D1 * c + D2;
  const m = Math.floor(((computedSample + 1) * (mingoodbad + 1)) / (popsize + 2));
  const g =
    logfactorial(m) +
    logfactorial(mingoodbad - m) +
    logfactorial(computedSample - m) +
    logfactorial(maxgoodbad - computedSample + m);
  const b = Math.min(Math.min(computedSample, mingoodbad) + 1, Math.floor(a + 16 * c));
  let K: number;
  for (;;) {
    const U = bitgen.nextDouble();
    const V = bitgen.nextDouble();
    const X = a + (h * (V - 0.5)) / U;
    if (X < 0.0 || X >= b) continue;
    K = Math.floor(X);
    const gp =
      logfactorial(K) +
      logfactorial(mingoodbad - K) +
      logfactorial(computedSample - K) +
      logfactorial(maxgoodbad - computedSample + K);
    const T = g - gp;
    if (U * (4.0 - U) - 3.0 <= T) break;
    if (U * (U - T) >= 1) continue;
    if (2.0 * log(U) <= T) break;
  }
  if (good > bad) K = computedSample - K;
  if (computedSample < sample) K = good - K;
  return K;
}

/**
 * `random_hypergeometric` (random_hypergeometric.c), Generator's hypergeometric: HRUA when
 * 10 <= sample <= good + bad - 10, else direct sampling. (RandomState keeps the older
 * `random_hypergeometric_original` with loggam.)
 *
 * @param good, bad in [0, 1e9), @param sample in [0, good + bad] (checked by the caller).
 * @returns the number of good items in the sample.
 */
export function randomHypergeometric(bitgen: BitGenerator, good: number, bad: number, sample: number): number {
  if (sample >= 10 && sample <= good + bad - 10) return hypergeometricHrua(bitgen, good, bad, sample);
  return hypergeometricSample(bitgen, good, bad, sample);
}
