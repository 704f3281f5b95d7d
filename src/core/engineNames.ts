import type { EngineName } from './callSpec';

/**
 * Whose wording calling errors use: NumPy's methods are Cython functions
 * (`normal() takes at most 3 positional arguments (4 given)`), CPython's `random` methods are
 * Python methods, named by qualified name and counting `self`
 * (`Random.randint() takes 3 positional arguments but 4 were given`).
 */
export type CallStyle = 'cython' | 'python';

/**
 * The light facts of one engine: how Python imports, seeds and calls it. Everything that writes
 * or describes an engine's Python reads them here (run.ts's AttributeError, the reproducing code,
 * Select Engine, Sample Lines, the CLI usage, the status bar), with no engine code loaded: the
 * extension's activation bundle needs the names and seeding texts.
 */
export interface EngineInfo {
  /** How Python spells seeding the engine with seed `s`: `np.random.seed(s)`. */
  seeding: string;
  /** Where the calls live, as Python's `AttributeError` names it: `module 'numpy.random'`. */
  owner: string;
  /** The import the engine's Python needs: `import numpy as np`. */
  imports: string;
  /** What the calls are written after: `np.random.` (so `np.random.randint(1, 10)`). */
  prefix: string;
  /** One line on what the engine reproduces (Select Engine's detail). */
  description: string;
  /** Whose wording argument-binding errors use. */
  callStyle: CallStyle;
  /** A non-scalar result is a `numpy.ndarray` (NumPy engines) rather than a Python list. */
  ndarray: boolean;
}

/** Every engine's {@link EngineInfo}, by user-facing name (the order is the display order). */
export const ENGINE_INFO: Readonly<Record<EngineName, EngineInfo>> = {
  numpy: {
    seeding: 'np.random.seed(s)',
    owner: "module 'numpy.random'",
    imports: 'import numpy as np',
    prefix: 'np.random.',
    description: 'NumPy legacy RandomState (MT19937), as np.random.seed + np.random.<call>',
    callStyle: 'cython',
    ndarray: true,
  },
  python: {
    seeding: 'random.seed(s)',
    owner: "module 'random'",
    imports: 'import random',
    prefix: 'random.',
    description: "CPython's random module (MT19937), as random.seed + random.<call>",
    callStyle: 'python',
    ndarray: false,
  },
  'numpy-generator': {
    seeding: 'rng = np.random.default_rng(s)',
    owner: "'numpy.random._generator.Generator' object",
    imports: 'import numpy as np',
    prefix: 'rng.',
    description: 'NumPy Generator (PCG64), as rng = np.random.default_rng(seed) + rng.<call>',
    callStyle: 'cython',
    ndarray: true,
  },
};

/** The engine names, in display order. */
export const ENGINE_NAMES = Object.keys(ENGINE_INFO) as EngineName[];

/** How Python spells seeding each engine with seed `s` (each engine's `EngineSpec.seeding`). */
export const ENGINE_SEEDING: Readonly<Record<EngineName, string>> = Object.fromEntries(
  ENGINE_NAMES.map((n) => [n, ENGINE_INFO[n].seeding]),
) as Record<EngineName, string>;

/** The engine's seeding with the seed's Python text in place of `s`: `np.random.seed(101)`. */
export function seedingWith(engine: EngineName, seedText: string): string {
  return ENGINE_INFO[engine].seeding.replace(/\bs\)$/, `${seedText})`);
}

export function isEngineName(name: string): name is EngineName {
  return Object.prototype.hasOwnProperty.call(ENGINE_INFO, name);
}
