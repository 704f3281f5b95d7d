/**
 * MT19937's parameters (Matsumoto & Nishimura 1998; numpy/random/src/mt19937/mt19937.h): the
 * state size N, the middle word M, the twist matrix's last row MATRIX_A and the tempering masks
 * B and C. The JavaScript generator (mt19937.ts), the WebAssembly kernel (wasm/wat/mt19937.wat)
 * and the kernel's memory layout (wasm/kernelLayout.ts) all read them here.
 */
export const MT19937_N = 624;
export const MT19937_M = 397;
export const MT19937_MATRIX_A = 0x9908b0df;
export const MT19937_TEMPER_B = 0x9d2c5680;
export const MT19937_TEMPER_C = 0xefc60000;
