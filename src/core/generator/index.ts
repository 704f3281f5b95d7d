import type { EngineSpec } from '../callSpec';
import { PyError } from '../errors';

/** PLACEHOLDER until the engine lands: no calls, and seeding always fails. */
export const generatorEngine: EngineSpec = {
  name: 'numpy-generator',
  seeding: 'rng = np.random.default_rng(s)',
  create() {
    throw new PyError('ValueError', 'engine numpy-generator is not implemented yet');
  },
  calls: [],
};
