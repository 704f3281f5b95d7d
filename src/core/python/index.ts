import type { EngineSpec } from '../callSpec';
import { PyError } from '../errors';

/** PLACEHOLDER until the engine lands: no calls, and seeding always fails. */
export const pythonEngine: EngineSpec = {
  name: 'python',
  seeding: 'random.seed(s)',
  create() {
    throw new PyError('ValueError', 'engine python is not implemented yet');
  },
  calls: [],
};
