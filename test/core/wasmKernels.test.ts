import * as assert from 'assert';
import { decodeBytes } from '../../src/core/tableCodec';
import { MT_KERNEL_WASM, PCG_KERNEL_WASM } from '../../src/core/wasm/kernelBytes';
import { mtModuleBytes, pcgModuleBytes } from '../../src/core/wasm/kernelCode';

suite('wasm kernels: the pre-built bytes', () => {
  test('kernelBytes.ts holds what kernelCode.ts assembles (else run `node scripts/tables/gen_wasm_kernels.js`)', () => {
    assert.deepStrictEqual(decodeBytes(MT_KERNEL_WASM), mtModuleBytes(), 'MT19937');
    assert.deepStrictEqual(decodeBytes(PCG_KERNEL_WASM), pcgModuleBytes(), 'PCG64');
  });

  test('both are valid modules', () => {
    const wasm = (globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean } }).WebAssembly;
    for (const text of [MT_KERNEL_WASM, PCG_KERNEL_WASM]) assert.ok(wasm.validate(decodeBytes(text)));
  });
});
