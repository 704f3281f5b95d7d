import type { PyObj } from './types';

/**
 * Many values of one kind, in bulk: what a call's fast path returns instead of one `PyObj` per
 * value (see `CallSpec.column`, `runPreparedColumn`).
 * - `float`: Python floats (NumPy float64), formatted as `repr(float)`;
 * - `int`: Python ints, each an exact integer with |v| <= 2**53 (formatted without a decimal point);
 * - `py`: anything else, as `PyObj`s (ints as bigint) — the generic form every call can give.
 */
export type Column =
  | { kind: 'float'; values: Float64Array }
  | { kind: 'int'; values: Float64Array | Int32Array }
  | { kind: 'py'; values: PyObj[] };

/**
 * The column's values `[from, to)` as `PyObj`s: floats as numbers, ints as bigints — what
 * `CallSpec.run` returns.
 */
export function columnToPy(col: Column, from = 0, to = col.values.length): PyObj[] {
  if (col.kind === 'py') return from === 0 && to === col.values.length ? col.values : col.values.slice(from, to);
  const out = new Array<PyObj>(to - from);
  if (col.kind === 'float') for (let i = from; i < to; i++) out[i - from] = col.values[i];
  else for (let i = from; i < to; i++) out[i - from] = BigInt(col.values[i]);
  return out;
}

/** Value `i` of the column as a `PyObj`. */
export function columnValue(col: Column, i: number): PyObj {
  return col.kind === 'int' ? BigInt(col.values[i]) : col.values[i];
}

/** Where a column's typed arrays come from: {@link FRESH_ARRAYS}, or a {@link ScratchArrays} a caller reuses. */
export interface ColumnAlloc {
  float64(n: number): Float64Array;
  int32(n: number): Int32Array;
}

/** New arrays for every column (the default): each column stays valid for as long as it is kept. */
export const FRESH_ARRAYS: ColumnAlloc = {
  float64: (n) => new Float64Array(n),
  int32: (n) => new Int32Array(n),
};

/**
 * Reused arrays for a producer that consumes each column before making the next (the CLI's and
 * the editor's chunked generation): views of two buffers that grow as needed, so a long run does
 * not allocate (and have the system zero and map) fresh memory for every chunk. A column made
 * from it is valid only until the next column is made from it.
 */
export class ScratchArrays implements ColumnAlloc {
  private f64 = new Float64Array(0);
  private i32 = new Int32Array(0);

  float64(n: number): Float64Array {
    if (this.f64.length < n) this.f64 = new Float64Array(n);
    return this.f64.length === n ? this.f64 : this.f64.subarray(0, n);
  }

  int32(n: number): Int32Array {
    if (this.i32.length < n) this.i32 = new Int32Array(n);
    return this.i32.length === n ? this.i32 : this.i32.subarray(0, n);
  }
}
