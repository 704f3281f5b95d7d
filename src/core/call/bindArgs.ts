import type { Args, CallSpec, Constraint, ParamSpec } from '../callSpec';
import { POISSON_LAM_MAX } from '../distributions/randomPoisson';
import { PyError, typeError, valueError } from '../errors';
import { repr } from '../format/formatValue';
import { PyNdArray, PyTuple, type PyObj } from '../types';
import { isArrayLike, outputShape, shapeOf } from '../broadcast';
import { floatArray, toFloat64 } from '../ndarray';
import type { CallStyle } from '../engineNames';
import type { ParsedCall } from './parseCall';
import { typeName } from './typeName';


/** Python's type name of a value, for TypeError messages. */
export function pyTypeName(v: PyObj): string {
  return typeName(v);
}

export type { CallStyle };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The "takes N positional arguments" error in the style's words. */
function tooMany(style: CallStyle, fn: string, required: number, total: number, given: number) {
  if (style === 'cython') {
    const bound = required === total ? 'exactly' : 'at most';
    return typeError(`${fn} takes ${bound} ${plural(total, 'positional argument')} (${given} given)`);
  }
  if (total === 0) return typeError(`${fn} takes no arguments (${given} given)`);
  const takes = required === total ? `${total + 1}` : `from ${required + 1} to ${total + 1}`;
  return typeError(`${fn} takes ${takes} positional arguments but ${given + 1} were given`);
}

/**
 * Bind parsed arguments to a call's parameters with Python's rules (positional, then keywords;
 * keyword-only parameters; defaults), coerce each by its declared type and check its NumPy
 * constraint, then run the spec's cross-parameter `check` (whose converted arguments, when it
 * returns them, are the result). Throws `PyError` in the words of
 * NumPy (`style` 'cython') or CPython's `random` (`style` 'python').
 */
export function bindArgs(spec: CallSpec, call: Pick<ParsedCall, 'name' | 'args' | 'kwargs'>, style: CallStyle = 'cython'): Args {
  const fn = style === 'python' ? `Random.${spec.name}()` : `${spec.name}()`;
  const positional = spec.params.filter((p) => !p.kwOnly);
  const required = positional.filter((p) => !('default' in p)).length;
  if (call.args.length > positional.length) {
    throw tooMany(style, fn, required, positional.length, call.args.length);
  }
  const raw = new Map<string, PyObj>();
  call.args.forEach((v, i) => raw.set(positional[i].name, v));
  for (const [name, v] of call.kwargs) {
    const param = spec.params.find((p) => p.name === name);
    if (param?.posOnly && style === 'python') throw typeError(`${fn} takes no keyword arguments`);
    if (!param || param.posOnly) throw typeError(`${fn} got an unexpected keyword argument '${name}'`);
    if (raw.has(name)) {
      throw typeError(`${fn} got multiple values for ${style === 'cython' ? 'keyword ' : ''}argument '${name}'`);
    }
    raw.set(name, v);
  }
  const missing = spec.params.filter((p) => !raw.has(p.name) && !('default' in p));
  if (missing.length > 0) {
    if (style === 'cython' && missing.some((p) => !p.kwOnly)) {
      const bound = required === positional.length ? 'exactly' : 'at least';
      throw typeError(`${fn} takes ${bound} ${plural(required, 'positional argument')} (${call.args.length} given)`);
    }
    const names = missing.map((p) => `'${p.name}'`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const kind = missing.every((p) => p.kwOnly) ? 'keyword-only' : 'positional';
    throw typeError(`${fn} missing ${missing.length} required ${kind} argument${missing.length > 1 ? 's' : ''}: ${list}`);
  }
  const args: Args = {};
  for (const p of spec.params) {
    const v = raw.has(p.name) ? raw.get(p.name)! : p.default!;
    args[p.name] = coerce(p, v, style);
  }
  // NumPy's array path (numpy/random/_common.pyx `cont`/`disc`): once any distribution parameter
  // is an array, every constraint is checked with check_array_constraint's wording
  const floats = spec.params.filter((p) => p.type === 'float');
  const broadcast = spec.broadcast ?? floats.map((p) => p.name);
  const arrayCall = broadcast.some((name) => isArrayLike(args[name]));
  for (const p of spec.params) {
    const v = args[p.name];
    if (!p.constraint) continue;
    if (v instanceof PyNdArray) checkArrayConstraint(p.name, v.data as number[], p.constraint);
    else if (typeof v === 'number') (arrayCall ? checkArrayConstraint(p.name, [v], p.constraint) : checkConstraint(p.name, v, p.constraint));
  }
  const checked = spec.check?.(args) ?? args;
  if (!arrayCall || !spec.params.some((p) => p.name === 'size' && p.type === 'size')) return checked;
  // the output shape: size, or the parameters' broadcast shape (NumPy's errors for a mismatch)
  const size = checked.size === null ? null : (checked.size as bigint[]).map(Number);
  const shapes = broadcast.map((name) => shapeOf(checked[name]));
  return { ...checked, size: outputShape(size, shapes).map(BigInt) };
}

/**
 * Convert one argument to the representation its parameter type promises `run`. A NumPy `float`
 * parameter (style `cython`) given a list, tuple or array becomes a float64 {@link PyNdArray}
 * (0-d: its number), which the row broadcasts (see broadcast.ts).
 */
export function coerce(p: ParamSpec, v: PyObj, style: CallStyle = 'cython'): PyObj {
  switch (p.type) {
    case 'any':
      return v;
    case 'float':
      if (typeof v === 'number') return v;
      if (style === 'cython' && (Array.isArray(v) || v instanceof PyTuple || v instanceof PyNdArray)) {
        const arr = floatArray(v);
        return arr.shape.length === 0 ? (arr.data[0] as number) : arr;
      }
      if (typeof v === 'bigint') {
        const x = Number(v);
        if (!Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
        return x;
      }
      if (typeof v === 'boolean') return v ? 1 : 0;
      // NumPy converts with np.asarray(v, float64) first (a str that float() cannot parse fails there),
      // then takes the scalar as a C double, which refuses any str: `normal("0", 1)` is a TypeError.
      if (typeof v === 'string') {
        toFloat64(v);
        throw typeError('must be real number, not str');
      }
      throw typeError(`must be real number, not ${pyTypeName(v)}`);
    case 'int':
      if (typeof v === 'bigint') return v;
      if (typeof v === 'boolean') return v ? 1n : 0n;
      throw typeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'bigint') return v !== 0n;
      throw typeError(`${p.name} must be True or False, not '${pyTypeName(v)}'`);
    case 'size':
      return coerceSize(v);
  }
}

/** `size`: None, an int, or a tuple/list of ints → null or the shape as bigint[]. */
function coerceSize(v: PyObj): PyObj {
  if (v === null) return null;
  // NumPy refuses a bool as a size (`size=True`, `size=False`) and inside one (`(True, 2)`).
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
    throw typeError(`expected a sequence of integers or a single integer, got '${typeof v === 'number' ? repr(v) : typeof v === 'boolean' ? (v ? 'True' : 'False') : v}'`);
  }
  const dims = v instanceof PyTuple ? v.items : Array.isArray(v) ? v : [v];
  const shape: bigint[] = [];
  for (const d of dims) {
    if (typeof d === 'boolean') throw typeError('an integer is required');
    if (typeof d !== 'bigint') {
      throw typeError(`'${pyTypeName(d)}' object cannot be interpreted as an integer`);
    }
    const n = d;
    if (n < 0n) throw valueError('negative dimensions are not allowed');
    shape.push(n);
  }
  return shape;
}

/**
 * NumPy's `check_array_constraint` (numpy/random/_common.pyx, NumPy 2.4.6's wording, checked
 * live): the same tests as {@link checkConstraint} over every element, worded for arrays
 * (`p < 0, p > 1 or p contains NaNs`); `poisson` tests the bound first, which NaN fails
 * (`lam value too large`, as NumPy says).
 */
export function checkArrayConstraint(name: string, values: readonly number[], cons: Constraint): void {
  const any = (test: (v: number) => boolean) => values.some(test);
  switch (cons) {
    case 'non_negative':
      if (any((v) => v === v && (v < 0 || Object.is(v, -0)))) throw valueError(`${name} < 0`);
      return;
    case 'positive_not_nan':
      if (any((v) => v !== v)) throw valueError(`${name} must not be NaN`);
      if (any((v) => v <= 0)) throw valueError(`${name} <= 0`);
      return;
    case 'positive':
      if (any((v) => v <= 0)) throw valueError(`${name} <= 0`);
      return;
    case 'bounded_0_1':
      if (any((v) => !(v >= 0 && v <= 1))) throw valueError(`${name} < 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case 'bounded_gt_0_1':
      if (any((v) => !(v > 0 && v <= 1))) throw valueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case 'bounded_lt_0_1':
      if (any((v) => !(v >= 0 && v < 1))) throw valueError(`${name} < 0, ${name} >= 1 or ${name} contains NaNs`);
      return;
    case 'gt_1':
      if (any((v) => !(v > 1))) throw valueError(`${name} <= 1 or ${name} contains NaNs`);
      return;
    case 'gte_1':
      if (any((v) => !(v >= 1))) throw valueError(`${name} < 1 or ${name} contains NaNs`);
      return;
    case 'poisson':
      if (any((v) => !(v <= POISSON_LAM_MAX))) throw valueError(`${name} value too large`); // NaN too, as NumPy
      if (any((v) => !(v >= 0))) throw valueError(`${name} < 0 or ${name} contains NaNs`);
      return;
  }
}

/** NumPy's scalar `check_constraint` (numpy/random/_common.pyx), with its messages. */
export function checkConstraint(name: string, v: number, cons: Constraint): void {
  const nan = v !== v;
  switch (cons) {
    case 'non_negative':
      if (!nan && (v < 0 || Object.is(v, -0))) throw valueError(`${name} < 0`);
      return;
    case 'positive_not_nan':
      if (nan) throw valueError(`${name} must not be NaN`);
      if (v <= 0) throw valueError(`${name} <= 0`);
      return;
    case 'positive':
      if (v <= 0) throw valueError(`${name} <= 0`);
      return;
    case 'bounded_0_1':
      if (!(v >= 0 && v <= 1)) throw valueError(`${name} < 0, ${name} > 1 or ${name} is NaN`);
      return;
    case 'bounded_gt_0_1':
      if (!(v > 0 && v <= 1)) throw valueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case 'bounded_lt_0_1':
      if (!(v >= 0 && v < 1)) throw valueError(`${name} < 0, ${name} >= 1 or ${name} is NaN`);
      return;
    case 'gt_1':
      if (!(v > 1)) throw valueError(`${name} <= 1 or ${name} is NaN`);
      return;
    case 'gte_1':
      if (!(v >= 1)) throw valueError(`${name} < 1 or ${name} is NaN`);
      return;
    case 'poisson':
      if (v > POISSON_LAM_MAX) throw valueError(`${name} value too large`);
      if (!(v >= 0)) throw valueError(`${name} < 0 or ${name} is NaN`);
      return;
  }
}

/** Total number of elements of a `size` shape (null → a scalar call, 1 element). */
export function sizeCount(size: PyObj): number {
  if (size === null) return 1;
  let n = 1;
  for (const d of size as bigint[]) n *= Number(d);
  return n;
}

