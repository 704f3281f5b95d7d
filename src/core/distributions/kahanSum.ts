/**
 * `kahan_sum` (numpy/random/_common.pyx): compensated summation of `x[0..n)`, 0.0 for n <= 0.
 * NumPy checks `sum(p)` in `choice` and `sum(pvals[:-1])` in `multinomial` with it, so the
 * rounding of the test is NumPy's.
 */
export function kahanSum(x: ArrayLike<number>, n = x.length): number {
  if (n <= 0) return 0.0;
  let sum = x[0];
  let c = 0.0;
  for (let i = 1; i < n; i++) {
    const y = x[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}
