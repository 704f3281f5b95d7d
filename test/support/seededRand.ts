/**
 * The seed of this test run's fresh cases: random each run, printed in suite titles, and replayed
 * with `SEEDED_RANDOM_TEST_SEED=<n> npm test`.
 */
export const RUN_SEED = Number(process.env.SEEDED_RANDOM_TEST_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a tiny seeded source of floats in [0, 1), so a failing run can be replayed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
