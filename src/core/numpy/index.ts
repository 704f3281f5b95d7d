import type { EngineSpec } from '../callSpec';
import { NUMPY_CALLS } from './calls';
import { legacySeed } from './legacySeed';
import type { RandomState } from './RandomState';
import { ENGINE_SEEDING } from '../engineNames';

/**
 * The `numpy` engine: `np.random.seed(s)` then `np.random.<call>` — NumPy's legacy
 * `RandomState` (MT19937 + the cached polar-method Gaussian), whose streams NumPy has kept
 * frozen since 1.16. Seeds: an int in [0, 2**32) or a list of such ints.
 */
export const numpyEngine: EngineSpec<RandomState> = {
  name: 'numpy',
  seeding: ENGINE_SEEDING.numpy,
  create: legacySeed,
  calls: NUMPY_CALLS,
};
