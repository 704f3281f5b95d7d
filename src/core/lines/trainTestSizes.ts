import { PyError } from '../errors';
import { repr } from '../format/formatValue';
import type { PyObj } from '../types';

/** `np.asarray(v).dtype.kind` for the values a size can be: only `i` and `f` are usable. */
function kind(v: PyObj | undefined): 'i' | 'f' | 'other' {
  if (typeof v === 'number') return 'f';
  // int64 holds [-2**63, 2**63); above it NumPy picks uint64 ('u') or object ('O').
  if (typeof v === 'bigint') return v >= -(2n ** 63n) && v < 2n ** 63n ? 'i' : 'other';
  return 'other'; // bool → 'b', None → 'O', str → 'U'
}

/** `str(v)` as `'{}'.format(v)` prints it (None → `None`). */
const str = (v: PyObj | undefined): string => (v === undefined ? 'None' : typeof v === 'string' ? v : repr(v));

/**
 * scikit-learn's `_validate_shuffle_split(n_samples, test_size, train_size, default_test_size)`
 * (sklearn/model_selection/_split.py), step by step with its messages:
 * 1. both None → `test_size = default_test_size`;
 * 2. an int size must be in (0, n_samples), a float size in (0, 1);
 * 3. a size that is neither int nor float (bool, an int beyond int64) → `Invalid value for …`;
 * 4. two float sizes must sum to at most 1;
 * 5. `n_test = ceil(test_size * n_samples)` for a float, the int itself for an int;
 *    `n_train = floor(train_size * n_samples)` likewise; a None side is the complement;
 * 6. `n_train + n_test <= n_samples`, and `n_train > 0`.
 * Returns `[n_train, n_test]`. The float products are IEEE doubles, as in Python.
 */
export function validateShuffleSplit(
  nSamples: number,
  testSize: PyObj | undefined,
  trainSize: PyObj | undefined,
  defaultTestSize?: number,
): [number, number] {
  let test = testSize ?? undefined;
  const train = trainSize ?? undefined;
  if (test === undefined && train === undefined) test = defaultTestSize;
  const tk = kind(test);
  const rk = kind(train);
  const outOfRange = (k: string, v: PyObj | undefined) =>
    (k === 'i' && ((v as bigint) >= BigInt(nSamples) || (v as bigint) <= 0n)) ||
    (k === 'f' && ((v as number) <= 0 || (v as number) >= 1));
  for (const [name, k, v] of [['test_size', tk, test], ['train_size', rk, train]] as const) {
    if (outOfRange(k, v)) {
      throw new PyError(
        'ValueError',
        `${name}=${str(v)} should be either positive and smaller than the number of samples ${nSamples} or a float in the (0, 1) range`,
      );
    }
  }
  if (train !== undefined && rk === 'other') throw new PyError('ValueError', `Invalid value for train_size: ${str(train)}`);
  if (test !== undefined && tk === 'other') throw new PyError('ValueError', `Invalid value for test_size: ${str(test)}`);
  if (tk === 'f' && rk === 'f' && (train as number) + (test as number) > 1) {
    throw new PyError(
      'ValueError',
      `The sum of test_size and train_size = ${repr((train as number) + (test as number))}, should be in the (0, 1) range. Reduce test_size and/or train_size.`,
    );
  }
  let nTest = tk === 'f' ? Math.ceil((test as number) * nSamples) : tk === 'i' ? Number(test as bigint) : NaN;
  let nTrain = rk === 'f' ? Math.floor((train as number) * nSamples) : rk === 'i' ? Number(train as bigint) : NaN;
  if (train === undefined) nTrain = nSamples - nTest;
  else if (test === undefined) nTest = nSamples - nTrain;
  if (nTrain + nTest > nSamples) {
    throw new PyError(
      'ValueError',
      `The sum of train_size and test_size = ${Math.trunc(nTrain + nTest)}, should be smaller than the number of samples ${nSamples}. Reduce test_size and/or train_size.`,
    );
  }
  if (nTrain === 0) {
    throw new PyError(
      'ValueError',
      `With n_samples=${nSamples}, test_size=${str(test)} and train_size=${str(train)}, the resulting train set will be empty. Adjust any of the aforementioned parameters.`,
    );
  }
  return [nTrain, nTest];
}
