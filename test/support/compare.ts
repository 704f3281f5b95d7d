/** Result of comparing our values with the reference's, value by value. */
export interface Comparison {
  /** Values whose text is identical. */
  exact: number;
  /** Float values that differ only in the last bits (libm rounding), with their ulp distance. */
  near: { index: number; expected: string; actual: string; ulps: number }[];
  /** The first real mismatch (different text that is not a near float, or different lengths). */
  mismatch?: string;
  /** How many of the compared values were floats. */
  floats: number;
}

/** Largest ulp distance accepted as a libm difference (the README's accuracy bar: at most 4). */
export const MAX_ULPS = 4;

const FLOAT_RE = /^-?(\d+\.\d*(e[+-]\d+)?|\d+e[+-]\d+|inf|nan)$/;

/** Distance in units in the last place between two finite doubles of the same sign. */
export function ulpDistance(a: number, b: number): number {
  if (a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.sign(a) !== Math.sign(b)) return Infinity;
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, Math.abs(a));
  buf.setFloat64(8, Math.abs(b));
  const d = buf.getBigInt64(0) - buf.getBigInt64(8);
  return Number(d < 0n ? -d : d);
}

const isFloatText = (s: string) => FLOAT_RE.test(s);

export function compareValues(expected: string[], actual: string[]): Comparison {
  const out: Comparison = { exact: 0, near: [], floats: 0 };
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (isFloatText(e)) out.floats++;
    if (e === a) {
      out.exact++;
      continue;
    }
    const ulps = isFloatText(e) && isFloatText(a) ? ulpDistance(Number(e), Number(a)) : Infinity;
    if (ulps <= MAX_ULPS) {
      out.near.push({ index: i, expected: e, actual: a, ulps });
    } else {
      out.mismatch ??= `value ${i}: expected ${e}, got ${a}`;
    }
  }
  if (expected.length !== actual.length) {
    out.mismatch ??= `expected ${expected.length} values, got ${actual.length}`;
  }
  return out;
}
