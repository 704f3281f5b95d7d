/**
 * `kahan_sum(darr, n)` (numpy/random/_common.pyx): compensated summation of the first `n`
 * values, 0.0 for n <= 0 — what `multinomial` and `choice` compare with 1 + 1e-12 / 1 ± 1e-8.
 */
export function kahanSum(values: ArrayLike<number>, n: number = values.length): number {
  if (n <= 0) return 0.0;
  let sum = values[0];
  let c = 0.0;
  for (let i = 1; i < n; i++) {
    const y = values[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}
