// Where the kernels keep things in their memories: shared by their sources (wat/*.wat, which
// scripts/tables/gen_wasm_kernels.js compiles with these values) and the code that runs them
// (kernels.ts).
import { MT19937_N } from '../bitgen/mt19937Params';

// MT19937
/**
 * Byte offsets in the MT kernel's memory: where `masked` leaves the next word's index, the 624
 * state words, their tempered values, then the outputs of `doubles`/`masked` (with room for one
 * double more, which `doubles` may write past an odd count).
 */
export const MT_POS = 0;
export const MT_KEY = 1024;
export const MT_TW = MT_KEY + 4 * MT19937_N + 64;
export const MT_OUT = MT_TW + 4 * MT19937_N + 64;
export const MT_LOG_TAB = MT_OUT + 4 * MT19937_N + 64; // glibc's log table, as 128 (invc, logc, invc's Veltkamp halves)

// PCG64

/** Most outputs one `fill` call of the PCG64 kernel produces. */
export const PCG_BLOCK = 4096;
export const PCG_STATE = 0;
export const PCG_OUT = 64;

/** Byte offsets in the PCG kernel's memory besides state and outputs. */
export const PCG_HALF = 32; // has_uint32 (i32), then uinteger (i32): PCG64's buffered half-word
export const PCG_TABLES = PCG_OUT + 8 * PCG_BLOCK + 64; // ki, wi (normal), ke, we (exponential): 256 f64 each
export const KI_AT = PCG_TABLES;
export const WI_AT = PCG_TABLES + 2048;
export const FI_AT = PCG_TABLES + 4096;
export const KE_AT = PCG_TABLES + 6144;
export const WE_AT = PCG_TABLES + 8192;
export const FE_AT = PCG_TABLES + 10240;
export const ZIG_CONSTS_AT = PCG_TABLES + 12288; // r and 1/r of the normal ziggurat, r of the exponential
