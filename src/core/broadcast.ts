import { sizeCount } from './call/bindArgs';
import type { Args } from './callSpec';
import { valueError } from './errors';
import { asArray } from './ndarray';
import { PyNdArray, PyTuple, type PyObj } from './types';

/**
 * NumPy's broadcasting of distribution parameters (numpy/random/_common.pyx `cont`/`disc` and
 * their `*_broadcast_*` helpers), for both NumPy engines.
 */

/**
 * The values of one call of a distribution whose parameters `names` may be arrays: with every
 * parameter a scalar, `draw` runs once per element of `size` (once for None) with the same
 * values — NumPy's scalar path; with an array among them (a float64 {@link PyNdArray}, as the
 * binder makes it), `a.size` is the broadcast output shape (the binder checked it) and `draw`
 * runs once per output element in C order, each parameter read at its broadcast position —
 * NumPy's `PyArray_MultiIterNew` walk. `draw` sees one record of the current values (reused);
 * integer parameters ({@link intParam}) arrive as bigints.
 */
export function drawEach<T extends PyObj>(a: Args, names: readonly string[], draw: (v: Record<string, number>) => T): T[] {
  const n = sizeCount(a.size);
  const out = new Array<T>(n);
  let arrays = 0;
  for (const k of names) if (a[k] instanceof PyNdArray) arrays++;
  if (arrays === 0) {
    const v = a as Record<string, number>;
    for (let i = 0; i < n; i++) out[i] = draw(v);
    return out;
  }
  const shape = (a.size as bigint[]).map(Number);
  const v: Record<string, number> = {};
  const walks: { name: string; data: PyObj[]; strides: number[] }[] = [];
  for (const k of names) {
    const x = a[k];
    if (x instanceof PyNdArray) walks.push({ name: k, data: x.data, strides: broadcastStrides(x.shape, shape) });
    else v[k] = x as number;
  }
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    for (const w of walks) {
      let off = 0;
      for (let d = 0; d < shape.length; d++) off += idx[d] * w.strides[d];
      v[w.name] = w.data[off] as number;
    }
    out[i] = draw(v);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

/**
 * The C-order strides (in elements) of an array of shape `from` read as the broadcast shape
 * `to`: its dimensions align right, a missing or length-1 dimension repeats (stride 0).
 */
export function broadcastStrides(from: readonly number[], to: readonly number[]): number[] {
  const strides = new Array<number>(to.length).fill(0);
  let stride = 1;
  for (let d = from.length - 1; d >= 0; d--) {
    const t = to.length - from.length + d;
    strides[t] = from[d] === 1 ? 0 : stride;
    stride *= from[d];
  }
  return strides;
}

/** A shape as Python prints a tuple: `(2,)`, `(2, 3)`, `()`. */
export function tupleText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * NumPy's broadcast of several shapes (`PyArray_Broadcast`, numpy/_core/src/multiarray/
 * iterators.c): dimensions align right, a 1 stretches. A conflict raises NumPy's
 * `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg i
 * with shape … and arg j with shape ….` — `i` being the last argument that set a dimension
 * (NumPy keeps one such index across dimensions), `j` the conflicting one.
 */
export function broadcastShapes(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  let src = 0;
  for (let i = 0; i < nd; i++) {
    for (let j = 0; j < shapes.length; j++) {
      const k = i + shapes[j].length - nd;
      if (k < 0) continue;
      const d = shapes[j][k];
      if (d === 1) continue;
      if (out[i] === 1) {
        out[i] = d;
        src = j;
      } else if (out[i] !== d) {
        throw valueError(
          'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between ' +
            `arg ${src} with shape ${tupleText(shapes[src])} and arg ${j} with shape ${tupleText(shapes[j])}.`,
        );
      }
    }
  }
  return out;
}

/**
 * The output shape of a distribution call with array parameters (`cont_broadcast_*`,
 * `discrete_broadcast_*` in numpy/random/_common.pyx): without `size`, the parameters' broadcast
 * shape; with `size`, the size itself, after checking that the size and the parameters broadcast
 * together (NumPy's `shape mismatch` error, the size being arg 0) to exactly the size
 * (`Output size (3,) is not compatible with broadcast dimensions of inputs (2, 3).`).
 */
export function outputShape(size: readonly number[] | null, params: readonly (readonly number[])[]): number[] {
  if (size === null) return broadcastShapes(params);
  const all = broadcastShapes([size, ...params]);
  if (all.length !== size.length || all.some((d, i) => d !== size[i])) {
    throw valueError(`Output size ${tupleText(size)} is not compatible with broadcast dimensions of inputs ${tupleText(all)}.`);
  }
  return [...size];
}

/**
 * Whether `test` holds for any element of the parameters `names` broadcast together, as the
 * legacy methods' own checks do before drawing (`np.any(np.greater(oleft, omode))` in
 * triangular, `np.subtract(ahigh, alow)` in uniform). Their shapes must broadcast: else NumPy's
 * ufunc error, `operands could not be broadcast together with shapes (2,) (3,) `.
 */
export function anyElement(a: Args, names: readonly string[], test: (v: Record<string, number>) => boolean): boolean {
  const shapes = names.map((k) => (a[k] instanceof PyNdArray ? (a[k] as PyNdArray).shape : []));
  let shape: number[];
  try {
    shape = broadcastShapes(shapes);
  } catch {
    throw valueError(`operands could not be broadcast together with shapes ${shapes.map(tupleText).join(' ')} `);
  }
  let found = false;
  drawEach({ ...a, size: shape.map(BigInt) }, names, (v) => {
    if (!found && test(v)) found = true;
    return null;
  });
  return found;
}

/** Whether an argument is array-like for NumPy (a list, a tuple or an array): its array path. */
export function isArrayLike(v: PyObj): boolean {
  return Array.isArray(v) || v instanceof PyTuple || v instanceof PyNdArray;
}

/**
 * An integer parameter NumPy converts with `PyArray_FROM_OTF(x, NPY_INT64)` on its array path:
 * a list/tuple/array becomes an int64 {@link PyNdArray} (bigint elements; floats truncated as a
 * Python list's are, bools 0/1), a 0-d one its bigint; a scalar goes through `scalar` (the
 * method's C-long conversion, with its messages).
 */
export function intParam(v: PyObj, scalar: (x: PyObj) => bigint): bigint | PyNdArray {
  if (!isArrayLike(v)) return scalar(v);
  const arr = asArray(v);
  const data = arr.data.map((x) => scalar(x));
  return arr.shape.length === 0 ? data[0] : new PyNdArray([...arr.shape], 'int64', data);
}

/** The elements of a parameter that may be an array (one element for a scalar), as numbers. */
export function elements(v: PyObj): number[] {
  return v instanceof PyNdArray ? v.data.map(Number) : [Number(v as number | bigint)];
}

/**
 * The shape of a ufunc over `a` and `b` (`np.add(ongood, onbad)`), or NumPy's ufunc error
 * `operands could not be broadcast together with shapes (2,) (3,) `.
 */
export function ufuncShape(a: readonly number[], b: readonly number[]): number[] {
  try {
    return broadcastShapes([a, b]);
  } catch {
    throw valueError(`operands could not be broadcast together with shapes ${tupleText(a)} ${tupleText(b)} `);
  }
}

/** The shape of an argument for broadcasting: an array's, `[]` for a scalar. */
export const shapeOf = (v: PyObj): number[] => (v instanceof PyNdArray ? v.shape : []);
