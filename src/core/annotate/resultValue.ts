import type { Args, EngineName } from '../callSpec';
import { PyNdArray, PyTuple, type PyObj } from '../types';
import { leadingShape } from '../distributions/vectorShape';
import { isFloat32Dtype } from '../dtypes';

/** A call's result as Python holds it, or why its structure is not known here. */
export type ResultValue = { ok: true; value: PyObj; numpy: boolean } | { ok: false; reason: string };

/** A nested list's regular shape (`[[1, 2], [3, 4]]` → [2, 2]), or undefined when ragged or not a list. */
export function nestedShape(v: PyObj): number[] | undefined {
  if (v instanceof PyNdArray) return v.shape;
  const items = v instanceof PyTuple ? v.items : Array.isArray(v) ? v : undefined;
  if (items === undefined) return [];
  if (items.length === 0) return [0];
  const inner = items.map(nestedShape);
  const first = inner[0];
  if (first === undefined) return undefined;
  for (const s of inner) if (s === undefined || s.length !== first.length || s.some((d, i) => d !== first[i])) return undefined;
  return [items.length, ...first];
}

/** NumPy's dtype name for C-order values from a draw (what `np.asarray` of them would give). */
function dtypeOf(values: PyObj[]): string {
  if (values.every((v) => typeof v === 'bigint')) return 'int64';
  if (values.every((v) => typeof v === 'number')) return 'float64';
  if (values.every((v) => typeof v === 'boolean')) return 'bool';
  if (values.every((v) => typeof v === 'string')) return 'str';
  return 'object';
}

/** `size` as NumPy reads it (an int or a sequence of ints; None: a scalar). */
const sizeShape = (size: PyObj): number[] | null => (size === null ? null : leadingShape(size).map(Number));

/**
 * The shape NumPy gives the result of `name(args)` (null: a NumPy scalar), from the bound
 * arguments — size, `rand(d0, d1, …)`'s dims, multinomial/dirichlet's trailing axis, the shape of
 * the array permuted — or undefined when this evaluator does not model it (e.g. `choice` along an
 * axis of a 2-D array). Array-valued distribution parameters broadcast in NumPy; the caller checks
 * the value count against the shape, so a shape this misses is reported, never guessed.
 */
function numpyShape(name: string, a: Args): number[] | null | undefined {
  switch (name) {
    case 'rand':
    case 'randn': {
      const dims: number[] = [];
      for (const key of ['d0', 'd1', 'd2', 'd3', 'd4', 'd5']) {
        const d = a[key];
        if (d === null || d === undefined) break;
        dims.push(Number(d));
      }
      return dims.length === 0 ? null : dims;
    }
    case 'permutation':
      if (typeof a.x === 'bigint' || typeof a.x === 'boolean') return [Number(a.x)];
      return nestedShape(a.x);
    case 'permuted':
      return nestedShape(a.x);
    case 'choice': {
      const shape = nestedShape(a.a);
      if (shape !== undefined && shape.length > 1) return undefined; // choice along an axis
      if (a.size === null) return null;
      const s = a.size;
      if (typeof s === 'bigint' || typeof s === 'boolean') return [Number(s)];
      if (Array.isArray(s) || s instanceof PyTuple) return nestedShape(s)?.length === 1 ? (s instanceof PyTuple ? s.items : s).map(Number) : undefined;
      return undefined;
    }
    case 'multinomial':
    case 'dirichlet':
    case 'multivariate_hypergeometric':
    case 'multivariate_normal': {
      // A trailing axis the length of pvals / alpha / colors / mean.
      const vec = { multinomial: a.pvals, dirichlet: a.alpha, multivariate_hypergeometric: a.colors, multivariate_normal: a.mean }[name];
      const k = nestedShape(vec);
      if (name === 'multinomial' && k !== undefined && k.length > 1) return k; // one row per pvals row
      if (k === undefined || k.length !== 1) return undefined;
      return [...(sizeShape(a.size ?? null) ?? []), k[0]];
    }
    default:
      return 'size' in a ? sizeShape(a.size) : null;
  }
}

/**
 * Python's value of one evaluated call from its flattened values (`CallSpec.run`): a Python
 * scalar or list for the python engine (`choices`/`sample` lists), a NumPy scalar (its `.item()`)
 * or a {@link PyNdArray} for the NumPy engines. `shuffle(x)` returns None in Python; its value
 * here is `x` afterwards (a list stays a list, an array an array).
 */
export function resultValue(engine: EngineName, name: string, args: Args, flat: PyObj[]): ResultValue {
  if (name === 'shuffle') {
    const x = args.x;
    if (x instanceof PyNdArray) {
      if (x.ndim !== 1 || flat.length !== x.size) return { ok: false, reason: 'shuffle of a multi-dimensional array is not shown here' };
      return { ok: true, value: PyNdArray.of(x.shape, x.dtype, flat), numpy: true };
    }
    const shape = nestedShape(x);
    if (shape === undefined || shape.length !== 1 || flat.length !== shape[0]) return { ok: false, reason: 'shuffle of nested lists is not shown here' };
    return { ok: true, value: flat, numpy: false };
  }
  if (engine === 'python') {
    if (name === 'choices' || name === 'sample') return { ok: true, value: flat, numpy: false };
    if (flat.length !== 1) return { ok: false, reason: `${name}() gave ${flat.length} values where one was expected` };
    return { ok: true, value: flat[0], numpy: false };
  }
  const shape = numpyShape(name, args);
  if (shape === undefined) return { ok: false, reason: `the shape of ${name}()'s result for these arguments is not modelled here` };
  if (shape === null) {
    if (flat.length !== 1) return { ok: false, reason: `${name}() with array parameters broadcasts; its shape is not modelled here` };
    return { ok: true, value: flat[0], numpy: true };
  }
  if (shape.reduce((p, d) => p * d, 1) !== flat.length) {
    return { ok: false, reason: `${name}() with array parameters broadcasts; its shape is not modelled here` };
  }
  // A float32 array's values come shown as NumPy prints float32 (the shortest decimal);
  // `x.tolist()` gives the float32 values themselves as Python floats.
  if (isFloat32Dtype(args.dtype ?? null)) return { ok: true, value: PyNdArray.of(shape, 'float32', flat.map((v) => Math.fround(v as number))), numpy: true };
  return { ok: true, value: PyNdArray.of(shape, dtypeOf(flat), flat), numpy: true };
}
