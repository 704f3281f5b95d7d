import type { Args, CallSpec, Container } from './callSpec';
import { PyNdArray, PyTuple, type PyObj } from './types';

/**
 * The shape one call of `spec` returns with these bound arguments: the row's
 * {@link CallSpec.shape}, else NumPy's rule for distributions — the `size` argument (a bigint
 * tuple after binding, or an int or tuple where the row binds it itself; None → null, a scalar).
 */
export function callShape(spec: Pick<CallSpec, 'shape'>, args: Args): number[] | null {
  if (spec.shape) return spec.shape(args);
  const size = args.size;
  if (size === null || size === undefined) return null;
  const dims = size instanceof PyTuple ? size.items : Array.isArray(size) ? size : [size];
  return dims.map((d) => (typeof d === 'bigint' || typeof d === 'boolean' ? Math.max(0, Number(d)) : 0));
}

/** The number of values of a shape (1 for a scalar's null; may be beyond 2**53 as a float). */
export function shapeCount(shape: readonly number[] | null): number {
  if (shape === null) return 1;
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** `(2, 3)`-style text of a shape, as NumPy prints `a.shape`. */
export function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * One call's flat values as the Python value it returns: the scalar itself (shape null), a list
 * (container `list`: the values, nested by the shape's leading axis only — a list's elements are
 * already whole values), or a {@link PyNdArray} of that shape whose dtype is read off the values
 * (`int64` for ints, `float64` for floats, `bool`, else `object`).
 */
export function callResult(values: readonly PyObj[], shape: readonly number[] | null, container: Container): PyObj {
  if (shape === null) return values[0] ?? null;
  if (container === 'list') return values.slice();
  return PyNdArray.of([...shape], dtypeOf(values), values.slice());
}

function dtypeOf(values: readonly PyObj[]): string {
  if (values.length === 0) return 'float64';
  const t = typeof values[0];
  if (!values.every((v) => typeof v === t)) return 'object';
  return t === 'bigint' ? 'int64' : t === 'number' ? 'float64' : t === 'boolean' ? 'bool' : 'object';
}
