import type { EngineName } from '../../src/core/callSpec';

/** One differential case: seed the engine once, then make the call `n` times. */
export interface Case {
  engine: EngineName;
  /** The seed as the user types it (`101`, `[1, 2]`, `'abc'`). */
  seed: string;
  /** The call text as the user types it (`randint(1, 10, size=5)`). */
  call: string;
  n: number;
}
