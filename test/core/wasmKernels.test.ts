import * as assert from 'assert';
import * as path from 'path';
import { decodeBytes } from '../../src/core/tableCodec';
import { MT_KERNEL_WASM, PCG_KERNEL_WASM } from '../../src/core/wasm/kernelBytes';

const ROOT = path.resolve(__dirname, '../../..');
/** scripts/tables/gen_wasm_kernels.js: compiles src/core/wasm/wat/*.wat with wabt. */
const generator: { buildKernels(): Promise<{ mt: Uint8Array; pcg: Uint8Array }> } = require(path.join(ROOT, 'scripts', 'tables', 'gen_wasm_kernels.js'));

suite('wasm kernels: the pre-built bytes', () => {
  test('kernelBytes.ts holds what wat/mt19937.wat and wat/pcg64.wat compile to (else run `node scripts/tables/gen_wasm_kernels.js`)', async () => {
    const { mt, pcg } = await generator.buildKernels();
    assert.deepStrictEqual(decodeBytes(MT_KERNEL_WASM), mt, 'MT19937');
    assert.deepStrictEqual(decodeBytes(PCG_KERNEL_WASM), pcg, 'PCG64');
  });

  test('both are valid modules', () => {
    const wasm = (globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean } }).WebAssembly;
    for (const text of [MT_KERNEL_WASM, PCG_KERNEL_WASM]) assert.ok(wasm.validate(decodeBytes(text)));
  });
});
