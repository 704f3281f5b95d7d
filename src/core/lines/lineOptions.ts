import type { EngineName } from '../callSpec';
import type { PyObj } from '../types';

/**
 * What happens to blank lines (empty, or only spaces and tabs):
 * - `keep` (default): they are lines like any other and are shuffled, sampled and split.
 * - `ignore`: they take no part. Shuffle leaves each blank line where it was and shuffles the other
 *   lines among the remaining places; sample and split draw from the non-blank lines only, so
 *   their results hold no blank lines. In Python: `data = [l for l in lines if l.strip(' \t')]`.
 */
export type BlankLines = 'keep' | 'ignore';

/** Options shared by every line command. */
export interface LineOptions {
  /**
   * The first line is a header (CSV): it takes no part in the draw. Shuffle keeps it first; sample
   * puts it above the sample; split puts it on top of both train and test. Default false.
   */
  header?: boolean;
  /** Default `keep`. */
  blankLines?: BlankLines;
}

/** Options of shuffle and sample: the engine and seed, as everywhere else. */
export interface SeededLineOptions extends LineOptions {
  engine: EngineName;
  /** The seed as the user types it (`101`, `[1, 2]`, `'abc'`), or an already parsed Python value. */
  seed: string | PyObj;
}

/**
 * Options of the train/test split, which is `sklearn.model_selection.train_test_split` and so
 * always seeds NumPy's `RandomState(seed)`: there is no engine to choose.
 *
 * Sizes are Python values, read exactly as scikit-learn reads them: a `number` is a float (a
 * fraction in (0, 1): `0.25`), a `bigint` is an int (a count: `25n`); `1.0` is a float and is
 * refused as scikit-learn refuses it. Undefined means `None`; both `None` → test_size 0.25.
 * {@link parseSize} turns text typed by a user (`0.25`, `100`) into such a value.
 */
export interface SplitOptions extends LineOptions {
  /** `random_state`: an int in [0, 2**32 - 1] (seed text or parsed value). */
  seed: string | PyObj;
  testSize?: PyObj;
  trainSize?: PyObj;
}

/** The two sides of a split, in scikit-learn's order of return: train first. */
export interface TrainTest<T> {
  train: T;
  test: T;
}
