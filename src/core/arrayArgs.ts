import { anyElement } from './broadcast';
import type { Args } from './callSpec';
import { PyError, valueError } from './errors';
import { asArray } from './ndarray';
import { PyNdArray, type PyObj } from './types';

/*
 * Argument checks and result shapes that NumPy's RandomState (mtrand.pyx) and Generator
 * (_generator.pyx) write the same way, for scalar and array (broadcast) parameters alike.
 */

const isArray = (a: Args, names: readonly string[]) => names.some((k) => a[k] instanceof PyNdArray);

/**
 * triangular's checks: `left > mode`, `mode > right`, `left == right` — on the scalars, or with an
 * array among them over every broadcast pair (`np.any(np.greater(oleft, omode))`…, whose
 * mismatched shapes raise NumPy's ufunc error first).
 */
export function triangularCheck(a: Args): void {
  if (!isArray(a, ['left', 'mode', 'right'])) {
    const [left, mode, right] = [a.left, a.mode, a.right] as number[];
    if (left > mode) throw valueError('left > mode');
    if (mode > right) throw valueError('mode > right');
    if (left === right) throw valueError('left == right');
    return;
  }
  if (anyElement(a, ['left', 'mode'], (v) => v.left > v.mode)) throw valueError('left > mode');
  if (anyElement(a, ['mode', 'right'], (v) => v.mode > v.right)) throw valueError('mode > right');
  if (anyElement(a, ['left', 'right'], (v) => v.left === v.right)) throw valueError('left == right');
}

/**
 * uniform's range check: `high - low` must be finite — the scalar path's OverflowError
 * (`scalarMessage`: RandomState's `Range exceeds valid bounds`, Generator's `high - low range
 * exceeds valid bounds`), or with arrays `np.subtract(ahigh, alow)` over every broadcast pair
 * (`Range exceeds valid bounds` in both). Generator then wants `high - low >= 0`
 * (`nonNegative`): `high - low < 0`, a `-0.0` difference included (CONS_NON_NEGATIVE).
 */
export function uniformCheck(a: Args, scalarMessage: string, nonNegative: boolean): void {
  const range = (v: Record<string, number>) => v.high - v.low;
  if (!isArray(a, ['low', 'high'])) {
    const r = range(a as Record<string, number>);
    if (!Number.isFinite(r)) throw new PyError('OverflowError', scalarMessage);
    if (nonNegative && (r < 0 || Object.is(r, -0))) throw valueError('high - low < 0');
    return;
  }
  if (anyElement(a, ['high', 'low'], (v) => !Number.isFinite(range(v)))) throw new PyError('OverflowError', 'Range exceeds valid bounds');
  if (nonNegative && anyElement(a, ['high', 'low'], (v) => range(v) < 0 || Object.is(range(v), -0))) throw valueError('high - low < 0');
}

/**
 * permutation's result shape: `(x,)` for an int, else `np.asarray(x).shape` (the rows are
 * permuted); null when x is neither (the call then raises NumPy's error).
 */
export function permutationShape(x: PyObj): number[] | null {
  if (typeof x === 'bigint' || typeof x === 'boolean') return [Math.max(0, Number(x))];
  try {
    const shape = asArray(x).shape;
    return shape.length === 0 ? null : shape;
  } catch {
    return null;
  }
}
