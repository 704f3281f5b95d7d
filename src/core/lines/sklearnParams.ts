import { PyError } from '../errors';
import { repr } from '../format/formatValue';
import type { PyObj } from '../types';

/**
 * scikit-learn's `@validate_params` for `train_test_split` (sklearn/model_selection/_split.py,
 * checked live against scikit-learn 1.9): parameters are checked in signature order —
 * `test_size`, `train_size`, `random_state` — and a bad one raises `InvalidParameterError`
 * (a ValueError) worded `The '<name>' parameter of train_test_split must be … Got <repr> instead.`
 */
const SIZE_RULE =
  'must be a float in the range (0.0, 1.0), an int in the range [1, inf) or None';
const RANDOM_STATE_RULE =
  "must be an int in the range [0, 4294967295], an instance of 'numpy.random.mtrand.RandomState' or None";

/**
 * scikit-learn's `InvalidParameterError`, a subclass of ValueError (and TypeError): `type` is
 * `ValueError` for code that sorts errors by kind; it prints under its own name, as Python does.
 */
export class InvalidParameterError extends PyError {
  constructor(message: string) {
    super('ValueError', message);
  }
  override toString(): string {
    return `InvalidParameterError: ${this.message}`;
  }
}

const invalid = (name: string, rule: string, v: PyObj) =>
  new InvalidParameterError(`The '${name}' parameter of train_test_split ${rule}. Got ${repr(v)} instead.`);

/**
 * `test_size` / `train_size`: `Interval(RealNotInt, 0, 1, closed="neither")` (a float strictly
 * between 0 and 1; NaN fails), `Interval(Integral, 1, None, closed="left")` (an int >= 1; `True`
 * is an Integral and passes, `False` does not), or None (`null`/undefined).
 */
export function checkSizeParam(name: 'test_size' | 'train_size', v: PyObj | undefined): void {
  if (v === undefined || v === null) return;
  if (typeof v === 'number' && v > 0 && v < 1) return;
  if (typeof v === 'bigint' && v >= 1n) return;
  if (v === true) return;
  throw invalid(name, SIZE_RULE, v);
}

/**
 * `random_state` as an int seed: `Interval(Integral, 0, 2**32 - 1, closed="both")` (a bool is an
 * Integral). Returns the seed as a bigint for `RandomState(seed)`. None (a fresh, unseeded
 * state) is not offered: a split here is always reproducible, so a seed is required.
 */
export function checkRandomState(v: PyObj): bigint {
  const n = typeof v === 'boolean' ? BigInt(v) : v;
  if (typeof n === 'bigint' && n >= 0n && n <= 0xffffffffn) return n;
  throw invalid('random_state', RANDOM_STATE_RULE, v);
}
