import { sizeCount } from './call/bindArgs';
import type { Args } from './callSpec';
import { PyNdArray, type PyObj } from './types';

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
 * NumPy's `PyArray_MultiIterNew` walk. `draw` sees one record of the current values (reused).
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
