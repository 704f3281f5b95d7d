import type { Engine } from '../callSpec';
import { PCG64 } from '../bitgen/pcg64';
import { SeedSequence } from '../bitgen/seedSequence';
import type { Json, PyObj } from '../types';

/**
 * A seeded `np.random.default_rng(seed)`: NumPy's `Generator(PCG64(SeedSequence(seed)))`.
 * The whole state is PCG64's (128-bit state and increment, plus the buffered uint32 half-word);
 * Generator itself caches nothing that changes values (its binomial setup cache only saves time).
 */
export class GeneratorEngine implements Engine {
  constructor(readonly bitgen: PCG64) {}

  /** `default_rng(seed)`; throws NumPy's errors for negative, float or malformed seeds. */
  static fromSeed(seed: PyObj): GeneratorEngine {
    return new GeneratorEngine(PCG64.fromSeedSequence(new SeedSequence(seed)));
  }

  /** `rng.bit_generator.state`: `{bit_generator: 'PCG64', state: {state, inc}, has_uint32, uinteger}`. */
  getState(): Json {
    return this.bitgen.getState();
  }

  setState(state: Json): void {
    this.bitgen.setState(state);
  }
}
