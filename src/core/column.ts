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

/** The column's values as `PyObj`s: floats as numbers, ints as bigints — what `CallSpec.run` returns. */
export function columnToPy(col: Column): PyObj[] {
  const n = col.values.length;
  switch (col.kind) {
    case 'py':
      return col.values;
    case 'float': {
      const out = new Array<PyObj>(n);
      for (let i = 0; i < n; i++) out[i] = col.values[i];
      return out;
    }
    case 'int': {
      const out = new Array<PyObj>(n);
      for (let i = 0; i < n; i++) out[i] = BigInt(col.values[i]);
      return out;
    }
  }
}

/** Value `i` of the column as a `PyObj`. */
export function columnValue(col: Column, i: number): PyObj {
  return col.kind === 'int' ? BigInt(col.values[i]) : col.values[i];
}
