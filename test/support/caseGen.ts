import { reprFloat } from '../../src/core/format/formatValue';

/** Random pieces of call text over a test's seeded `rand()`, shared by the per-engine case generators. */
export abstract class CaseGen {
  constructor(readonly rand: () => number) {}
  /** A seed as the user would type it for this engine. */
  abstract seed(): string;
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  /** A uniformly random non-negative int below 2**bits. */
  big(bits: number): bigint {
    let v = 0n;
    for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(this.int(0, 0xffff));
    return v & ((1n << BigInt(bits)) - 1n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  /** A float literal in [lo, hi), or log-uniform when `log`. */
  float(lo: number, hi: number, log = false): string {
    const v = log ? Math.exp(Math.log(lo) + this.rand() * (Math.log(hi) - Math.log(lo))) : lo + this.rand() * (hi - lo);
    return reprFloat(v);
  }
  /** A `, size=…` suffix: none, an int (0 included) or a 2-d tuple. */
  size(): string {
    switch (this.int(0, 3)) {
      case 0:
        return '';
      case 1:
        return `, size=${this.int(1, 12)}`;
      case 2:
        return `, size=(${this.int(1, 3)}, ${this.int(1, 4)})`;
      default:
        return `, size=${this.int(0, 3)}`;
    }
  }
}
