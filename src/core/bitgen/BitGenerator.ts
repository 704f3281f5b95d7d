import type { Json } from '../types';

/** 2**-53: a 53-bit integer times it is the double in [0, 1) (exact, as NumPy's division by 9007199254740992). */
export const TWO_M53 = 1.1102230246251565e-16;

/**
 * What distributions may see of a bit generator — nothing else.
 * Modelled on NumPy's `bitgen_t` (numpy/random/bit_generator.pxd): `next_uint32`, `next_uint64`,
 * `next_double`. CPython's `random.Random` needs only the 32-bit word and the double.
 */
export interface BitGenerator {
  /** Next 32 random bits as an unsigned integer in [0, 2**32). */
  next32(): number;
  /**
   * Next 64 random bits without allocating: `out[0]` = high 32 bits, `out[1]` = low 32 bits.
   * For MT19937 this is `(next32() << 32) | next32()` (NumPy's `mt19937_next64`).
   */
  next64Into(out: Uint32Array): void;
  /** Next 64 random bits as a BigInt (cold paths only). */
  next64(): bigint;
  /** Next double in [0, 1) exactly as the reference library builds it from its bits. */
  nextDouble(): number;
  /** A JSON snapshot of the complete state, including any buffered half-words. */
  getState(): Json;
  /** Restore a snapshot taken by {@link getState}; afterwards the stream continues identically. */
  setState(state: Json): void;
}
