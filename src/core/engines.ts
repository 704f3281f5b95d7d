import type { EngineName, EngineSpec } from './callSpec';
import { generatorEngine } from './generator';
import { numpyEngine } from './numpy';
import { pythonEngine } from './python';

/** Every engine by its user-facing name. */
export const ENGINES: Readonly<Record<EngineName, EngineSpec>> = {
  numpy: numpyEngine,
  python: pythonEngine,
  'numpy-generator': generatorEngine,
};

export const ENGINE_NAMES = Object.keys(ENGINES) as EngineName[];

export function isEngineName(name: string): name is EngineName {
  return Object.prototype.hasOwnProperty.call(ENGINES, name);
}
