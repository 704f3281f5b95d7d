import { ENGINES } from '../engines';
import { parseSeed } from '../run';
import type { PyObj } from '../types';
import { dataLines } from './dataLines';
import { engineCall } from './engineCall';
import type { SplitOptions, TrainTest } from './lineOptions';
import { checkRandomState, checkSizeParam } from './sklearnParams';
import { layoutLike, splitLines } from './splitLines';
import { validateShuffleSplit } from './trainTestSizes';

/** The Python a split reproduces. */
export const SPLIT_PYTHON = 'train, test = train_test_split(lines, test_size=t, random_state=s)';

/**
 * `sklearn.model_selection.train_test_split(lines, test_size=…, train_size=…, random_state=seed)`
 * (scikit-learn 1.9, `_split.py`), step by step:
 * 1. `@validate_params`: test_size, train_size, random_state (see `sklearnParams.ts`);
 * 2. `_validate_shuffle_split(n, test_size, train_size, 0.25)` → n_train, n_test;
 * 3. `ShuffleSplit(test_size=n_test, train_size=n_train, random_state=seed)`, whose
 *    `_iter_indices` validates those two ints again, then draws
 *    `RandomState(seed).permutation(n)` — the numpy engine's own `permutation` row;
 * 4. test = the first n_test of the permutation, train = the next n_train, each in that order.
 * scikit-learn always seeds NumPy's legacy `RandomState`, so no engine is chosen here. With a
 * header, it tops both sides; ignored blank lines are not drawn. Throws `PyError` with
 * scikit-learn's messages.
 */
export function splitLineList(lines: readonly string[], options: SplitOptions): TrainTest<string[]> {
  checkSizeParam('test_size', options.testSize);
  checkSizeParam('train_size', options.trainSize);
  const seed = checkRandomState(typeof options.seed === 'string' ? parseSeed(options.seed) : (options.seed as PyObj));
  const { header, data } = dataLines(lines, options);
  const n = data.length;
  const [nTrain, nTest] = validateShuffleSplit(n, options.testSize, options.trainSize, 0.25);
  validateShuffleSplit(n, BigInt(nTest), BigInt(nTrain));
  const numpy = ENGINES.numpy;
  const perm = engineCall(numpy, numpy.create(seed), 'permutation', [BigInt(n)]);
  const pick = (from: number, to: number): string[] => {
    const out: string[] = header === undefined ? [] : [header];
    for (let i = from; i < to; i++) out.push(data[Number(perm[i] as bigint)]);
    return out;
  };
  return { train: pick(nTest, nTest + nTrain), test: pick(0, nTest) };
}

/**
 * {@link splitLineList} on text: two new texts in the input's style — its first line ending (LF
 * or CRLF) after every line, and a final newline only if the input had one.
 */
export function splitTrainTest(text: string, options: SplitOptions): TrainTest<string> {
  const t = splitLines(text);
  const { train, test } = splitLineList(t.lines, options);
  return { train: layoutLike(t, train), test: layoutLike(t, test) };
}
