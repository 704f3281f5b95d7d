import type { Args, CallSpec, EngineName } from '../callSpec';
import { callResult, callShape, shapeCount } from '../callShape';
import { isFloat32Dtype } from '../dtypes';
import { ENGINE_INFO } from '../engineNames';
import { nestedShape } from '../ndarray';
import { PyNdArray, type PyObj } from '../types';

/** A call's result as Python holds it, or why its structure is not known here. */
export type ResultValue = { ok: true; value: PyObj; numpy: boolean } | { ok: false; reason: string };

/**
 * Python's value of one evaluated call from its flattened values (`CallSpec.run`), shaped by the
 * call's row as `run`, the CLI and the reproducing code shape it ({@link callShape},
 * {@link callResult}): a Python scalar or list for the python engine (`choices`/`sample` lists),
 * a NumPy scalar (its `.item()`) or a {@link PyNdArray} for the NumPy engines. An in-place call
 * (`shuffle(x)`, `CallSpec.inPlace`) returns None in Python; its value here is `x` afterwards (a
 * list stays a list, an array an array).
 */
export function resultValue(engine: EngineName, spec: CallSpec, args: Args, flat: PyObj[]): ResultValue {
  const numpy = ENGINE_INFO[engine].ndarray;
  if (spec.inPlace) {
    const x = args[spec.inPlace];
    if (x instanceof PyNdArray) {
      if (flat.length !== x.size) return { ok: false, reason: `${spec.name}() gave ${flat.length} values for an array of ${x.size}` };
      return { ok: true, value: PyNdArray.of(x.shape, x.dtype, flat), numpy: true };
    }
    const shape = nestedShape(x);
    if (shape === undefined || shape.length !== 1 || flat.length !== shape[0]) return { ok: false, reason: `${spec.name} of nested lists is not shown here` };
    return { ok: true, value: flat, numpy: false };
  }
  const shape = callShape(spec, args);
  if (shapeCount(shape) !== flat.length) {
    return { ok: false, reason: `${spec.name}() gave ${flat.length} values where its shape has ${shapeCount(shape)}` };
  }
  const container = spec.container ?? (numpy ? 'ndarray' : 'list');
  // A float32 array's values come shown as NumPy prints float32 (the shortest decimal);
  // `x.tolist()` gives the float32 values themselves as Python floats.
  if (shape !== null && container === 'ndarray' && isFloat32Dtype(args.dtype ?? null)) {
    return { ok: true, value: PyNdArray.of(shape, 'float32', flat.map((v) => Math.fround(v as number))), numpy: true };
  }
  return { ok: true, value: callResult(flat, shape, container), numpy };
}
