/**
 * Python values as the call parser reads them and the engines return them.
 *
 * The mapping is fixed so that formatting never has to guess a type:
 * - `int`   → `bigint` (any size, exact)
 * - `float` → `number`  (IEEE double; `2.0` is a float because it is a number, not because of its value)
 * - `str`   → `string`
 * - `bool`  → `boolean`
 * - `None`  → `null`
 * - `list`  → `PyObj[]`
 * - `tuple` → {@link PyTuple}
 * - `numpy.ndarray` → {@link PyNdArray}
 * - `bytes` → {@link PyBytes} (results only: `np.random.bytes`, `rng.bytes`, `random.randbytes`)
 */
export type PyObj = bigint | number | string | boolean | null | PyObj[] | PyTuple | PyNdArray | PyBytes;

/** A Python `bytes` value; `repr` prints it as Python does (`b'\x8f\x01A'`). */
export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/** A Python tuple: kept apart from lists so that `repr` prints `(1, 2)` and parsing keeps the distinction. */
export class PyTuple {
  constructor(readonly items: PyObj[]) {}
}

/**
 * A NumPy array value (`numpy.ndarray`), the one array type shared by the call language, the
 * engines, the static evaluator and the templates.
 *
 * - `shape`: NumPy's `a.shape` (`[]` for a 0-d array; every entry a non-negative integer).
 * - `dtype`: NumPy's `a.dtype.name` — `'int64'`, `'float64'`, `'uint8'`, `'bool'`, `'float32'`, …
 *   (`'object'` for arrays of Python objects).
 * - `data`: the elements in C order as the Python scalars `a.tolist()` gives back — `bigint` for
 *   integer dtypes, `number` for float dtypes (float32 values already rounded to float32),
 *   `boolean` for bool; `data.length` is the product of `shape`.
 *
 * `repr`/`formatValue` print it as `a.tolist()` (nested lists), which is how the product inserts
 * arrays; `np.asarray` ({@link ../core/ndarray}) accepts it as is. Construct through
 * {@link PyNdArray.of} to have the size checked.
 */
export class PyNdArray {
  constructor(
    readonly shape: number[],
    readonly dtype: string,
    readonly data: PyObj[],
  ) {}

  /** A checked constructor: throws a `RangeError` when `data.length` is not the product of `shape`. */
  static of(shape: number[], dtype: string, data: PyObj[]): PyNdArray {
    let size = 1;
    for (const n of shape) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`invalid array dimension ${n}`);
      size *= n;
    }
    if (size !== data.length) throw new RangeError(`array of shape (${shape.join(', ')}) needs ${size} elements, got ${data.length}`);
    return new PyNdArray(shape, dtype, data);
  }

  /** `a.size`: the number of elements. */
  get size(): number {
    return this.data.length;
  }

  /** `a.ndim`. */
  get ndim(): number {
    return this.shape.length;
  }

  /** `a.tolist()`: nested lists of the C-order scalars (the scalar itself for a 0-d array). */
  toList(): PyObj {
    if (this.shape.length === 0) return this.data[0];
    const build = (dim: number, offset: number, stride: number): PyObj[] => {
      const n = this.shape[dim];
      const inner = n === 0 ? 0 : stride / n;
      const out: PyObj[] = [];
      for (let i = 0; i < n; i++) {
        out.push(dim === this.shape.length - 1 ? this.data[offset + i] : build(dim + 1, offset + i * inner, inner));
      }
      return out;
    };
    return build(0, 0, this.data.length);
  }
}

/** JSON-serialisable data (engine state snapshots are stored in VS Code workspace state). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
