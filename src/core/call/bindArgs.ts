import type { Args, CallSpec, Constraint, ParamSpec } from '../callSpec';
import { toFloat64 } from '../ndarray';
import { PyError, typeError, valueError } from '../errors';
import { repr } from '../format/formatValue';
import { PyTuple, type PyObj } from '../types';
import type { ParsedCall } from './parseCall';

/** NumPy's `POISSON_LAM_MAX`: `int64 max - sqrt(int64 max) * 10`, as a double. */
export const POISSON_LAM_MAX = 9223372036854775807 - Math.sqrt(9223372036854775807) * 10;

/** Python's type name of a value, for TypeError messages. */
export function pyTypeName(v: PyObj): string {
  if (v === null) return 'NoneType';
  if (v instanceof PyTuple) return 'tuple';
  if (Array.isArray(v)) return 'list';
  return { bigint: 'int', number: 'float', string: 'str', boolean: 'bool' }[typeof v as 'bigint'] ?? 'object';
}

/**
 * Whose wording calling errors use: NumPy's methods are Cython functions
 * (`normal() takes at most 3 positional arguments (4 given)`), CPython's `random` methods are
 * Python methods, named by qualified name and counting `self`
 * (`Random.randint() takes 3 positional arguments but 4 were given`).
 */
export type CallStyle = 'cython' | 'python';

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
 * constraint, then run the spec's cross-parameter `check`. Throws `PyError` in the words of
 * NumPy (`style` 'cython') or CPython's `random` (`style` 'python').
 */
export function bindArgs(spec: CallSpec, call: ParsedCall, style: CallStyle = 'cython'): Args {
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
    args[p.name] = coerce(p, v);
    if (p.constraint && typeof args[p.name] === 'number') checkConstraint(p.name, args[p.name] as number, p.constraint);
  }
  spec.check?.(args);
  return args;
}

/** Convert one argument to the representation its parameter type promises `run`. */
export function coerce(p: ParamSpec, v: PyObj): PyObj {
  switch (p.type) {
    case 'any':
      return v;
    case 'float':
      if (typeof v === 'number') return v;
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

