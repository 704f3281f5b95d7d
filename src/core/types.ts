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
 */
export type PyObj = bigint | number | string | boolean | null | PyObj[] | PyTuple;

/** A Python tuple: kept apart from lists so that `repr` prints `(1, 2)` and parsing keeps the distinction. */
export class PyTuple {
  constructor(readonly items: PyObj[]) {}
}

/** JSON-serialisable data (engine state snapshots are stored in VS Code workspace state). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
