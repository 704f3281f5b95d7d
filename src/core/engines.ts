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

export { ENGINE_NAMES, isEngineName } from './engineNames';
