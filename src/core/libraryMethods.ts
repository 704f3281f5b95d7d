import type { EngineName } from './callSpec';

/**
 * Real attributes of each engine's library that this tool does not run, so that a refusal can
 * say so instead of claiming the attribute does not exist: `np.random.get_state` is "not
 * supported by this tool (NumPy 2.4.6 has it)"; an unknown name stays Python's `AttributeError`.
 * Listed from `dir(np.random)`, `dir(np.random.Generator)` and `dir(random)` under NumPy 2.4.6
 * and Python 3.11.7, minus what the tables run (test/core/libraryMethods.test.ts re-lists them
 * live when python3 is present).
 */
export const UNSUPPORTED_METHODS: Readonly<Record<EngineName, { library: string; names: readonly string[] }>> = {
  numpy: {
    library: 'NumPy 2.4.6',
    names: [
      'BitGenerator', 'Generator', 'MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'RandomState', 'SFC64', 'SeedSequence',
      'bit_generator', 'default_rng', 'get_bit_generator', 'get_state', 'mtrand', 'seed',
      'set_bit_generator', 'set_state', 'test',
    ],
  },
  'numpy-generator': {
    library: 'NumPy 2.4.6',
    names: ['bit_generator', 'spawn'],
  },
  python: {
    library: 'Python 3.11.7',
    names: ['Random', 'SystemRandom', 'getstate', 'seed', 'setstate'],
  },
};
