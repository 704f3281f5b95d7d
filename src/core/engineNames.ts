import type { EngineName } from './callSpec';

/**
 * The engines' names and how Python seeds each, without the engines themselves: what the
 * extension's settings validation and status bar need at activation, before any engine is loaded
 * (engines.ts re-exports these; a unit test checks they match `ENGINES`).
 */
export const ENGINE_NAMES: EngineName[] = ['numpy', 'python', 'numpy-generator'];

/** How Python spells seeding each engine with seed `s` (each engine's `EngineSpec.seeding`). */
export const ENGINE_SEEDING: Readonly<Record<EngineName, string>> = {
  numpy: 'np.random.seed(s)',
  python: 'random.seed(s)',
  'numpy-generator': 'rng = np.random.default_rng(s)',
};

export function isEngineName(name: string): name is EngineName {
  return Object.prototype.hasOwnProperty.call(ENGINE_SEEDING, name);
}
