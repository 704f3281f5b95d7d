import type { EngineSpec } from '../callSpec';
import { PyError } from '../errors';

/** PLACEHOLDER until the engine lands: no calls, and seeding always fails. */
export const numpyEngine: EngineSpec = {
  name: 'numpy',
  seeding: 'np.random.seed(s)',
  create() {
    throw new PyError('ValueError', 'engine numpy is not implemented yet');
  },
  calls: [],
};
