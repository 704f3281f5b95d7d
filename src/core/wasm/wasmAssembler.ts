/**
 * A minimal WebAssembly binary writer, just enough for the bit-generator kernels in
 * `./kernels.ts`: one module with its own memory, functions with i32/i64/f64/v128 locals, and the
 * handful of instructions they use. Writing the bytes here (instead of shipping a compiled .wasm)
 * keeps the kernels readable and reviewable as TypeScript, with no toolchain.
 *
 * Encoding: the WebAssembly core specification 2.0, §5 (binary format) — LEB128 integers,
 * sections 1 (types), 3 (functions), 5 (memory), 7 (exports), 10 (code); SIMD instructions are
 * `0xfd` followed by their LEB128 opcode.
 */

export type ValType = 'i32' | 'i64' | 'f64' | 'v128';
const TYPE_CODE: Record<ValType, number> = { i32: 0x7f, i64: 0x7e, f64: 0x7c, v128: 0x7b };

/** Code: a flat list of bytes. Instruction helpers return such lists to be spread together. */
export type Code = number[];

/** Unsigned LEB128 of a non-negative int below 2**32. */
export function uleb(n: number): Code {
  const out: Code = [];
  let v = n >>> 0;
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 of an int32 (i32 constants). */
export function sleb32(n: number): Code {
  const out: Code = [];
  let v = n | 0;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/** Signed LEB128 of a bigint (i64 constants). */
export function sleb(n: bigint): Code {
  const out: Code = [];
  let v = n;
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const bytesOf = (a: { buffer: ArrayBufferLike }) => Array.from(new Uint8Array(a.buffer));
const vec = (items: Code[]): Code => [...uleb(items.length), ...items.flat()];
const name = (s: string): Code => vec(Array.from(s, (c) => [c.charCodeAt(0)]));
const section = (id: number, body: Code): Code => [id, ...uleb(body.length), ...body];

/** A memory argument: alignment (log2 bytes) and a constant offset. */
const mem = (align: number, offset: number): Code => [align, ...uleb(offset)];
const simd = (opcode: number, ...imm: number[]): Code => [0xfd, ...uleb(opcode), ...imm];

/** The instructions the kernels use (names as in the text format, `.` → `_`). */
export const op = {
  block: [0x02, 0x40] as Code,
  loop: [0x03, 0x40] as Code,
  if: [0x04, 0x40] as Code,
  return: [0x0f] as Code,
  else: [0x05] as Code,
  end: [0x0b] as Code,
  br: (depth: number): Code => [0x0c, ...uleb(depth)],
  br_if: (depth: number): Code => [0x0d, ...uleb(depth)],
  call: (index: number): Code => [0x10, ...uleb(index)],
  local_get: (i: number): Code => [0x20, ...uleb(i)],
  local_set: (i: number): Code => [0x21, ...uleb(i)],
  local_tee: (i: number): Code => [0x22, ...uleb(i)],
  i32_load: (offset = 0): Code => [0x28, ...mem(2, offset)],
  i64_load: (offset = 0): Code => [0x29, ...mem(3, offset)],
  f64_load: (offset = 0): Code => [0x2b, ...mem(3, offset)],
  i32_store: (offset = 0): Code => [0x36, ...mem(2, offset)],
  i64_store: (offset = 0): Code => [0x37, ...mem(3, offset)],
  f64_store: (offset = 0): Code => [0x39, ...mem(3, offset)],
  i32_const: (n: number): Code => [0x41, ...sleb32(n | 0)],
  i64_const: (n: bigint): Code => [0x42, ...sleb(BigInt.asIntN(64, n))],
  f64_const: (x: number): Code => [0x44, ...bytesOf(Float64Array.of(x))],
  i32_eqz: [0x45] as Code,
  i32_lt_u: [0x49] as Code,
  i32_gt_u: [0x4b] as Code,
  i32_le_u: [0x4d] as Code,
  i32_ge_u: [0x4f] as Code,
  i64_lt_u: [0x54] as Code,
  f64_lt: [0x63] as Code,
  i32_rem_u: [0x70] as Code,
  i32_wrap_i64: [0xa7] as Code,
  f64_neg: [0x9a] as Code,
  f64_abs: [0x99] as Code,
  f64_sqrt: [0x9f] as Code,
  f64_eq: [0x61] as Code,
  f64_ne: [0x62] as Code,
  f64_ge: [0x66] as Code,
  f64_add: [0xa0] as Code,
  f64_sub: [0xa1] as Code,
  f64_div: [0xa3] as Code,
  i64_sub: [0x7d] as Code,
  i64_shr_s: [0x87] as Code,
  i32_wrap: [0xa7] as Code,
  f64_convert_i32_u: [0xb8] as Code,
  f64_convert_i32_s: [0xb7] as Code,
  i64_reinterpret_f64: [0xbd] as Code,
  f64_reinterpret_i64: [0xbf] as Code,
  i32_add: [0x6a] as Code,
  i32_sub: [0x6b] as Code,
  i32_shl: [0x74] as Code,
  i32_and: [0x71] as Code,
  i32_or: [0x72] as Code,
  i32_xor: [0x73] as Code,
  i32_shr_u: [0x76] as Code,
  i64_add: [0x7c] as Code,
  i64_mul: [0x7e] as Code,
  i64_and: [0x83] as Code,
  i64_xor: [0x85] as Code,
  i64_shr_u: [0x88] as Code,
  i64_rotr: [0x8a] as Code,
  i64_extend_i32_u: [0xad] as Code,
  f64_mul: [0xa2] as Code,
  f64_convert_i64_s: [0xb9] as Code,
  f64_convert_i64_u: [0xba] as Code,
  v128_load: (offset = 0): Code => simd(0x00, ...mem(4, offset)),
  v128_store: (offset = 0): Code => simd(0x0b, ...mem(4, offset)),
  /** A v128 constant of four i32 lanes. */
  i32x4_const: (a: number, b = a, c = a, d = a): Code => simd(0x0c, ...bytesOf(Uint32Array.of(a, b, c, d))),
  /** `i8x16.shuffle` of the two v128 operands, picking bytes by index (0–15 first, 16–31 second). */
  i8x16_shuffle: (lanes: number[]): Code => simd(0x0d, ...lanes),
  /** A v128 constant of two f64 lanes. */
  f64x2_const: (a: number, b = a): Code => simd(0x0c, ...bytesOf(Float64Array.of(a, b))),
  /** A v128 constant of two i64 lanes. */
  i64x2_const: (a: bigint, b = a): Code => simd(0x0c, ...bytesOf(BigInt64Array.of(BigInt.asIntN(64, a), BigInt.asIntN(64, b)))),
  i32x4_extract_lane: (lane: number): Code => simd(0x1b, lane),
  f64x2_extract_lane: (lane: number): Code => simd(0x21, lane),
  f64x2_replace_lane: (lane: number): Code => simd(0x22, lane),
  f64x2_eq: simd(0x47),
  f64x2_ge: simd(0x4c),
  f64x2_abs: simd(0xec),
  f64x2_neg: simd(0xed),
  f64x2_add: simd(0xf0),
  f64x2_sub: simd(0xf1),
  f64x2_mul: simd(0xf2),
  f64x2_splat: simd(0x14),
  f64x2_convert_low_i32x4_s: simd(0xfe),
  f64x2_convert_low_i32x4_u: simd(0xff),
  v128_and: simd(0x4e),
  v128_or: simd(0x50),
  v128_xor: simd(0x51),
  v128_any_true: simd(0x53),
  i32x4_shl: simd(0xab),
  i32x4_shr_u: simd(0xad),
  i32x4_sub: simd(0xb1),
  i64x2_all_true: simd(0xc3),
  i64x2_shl: simd(0xcb),
  i64x2_shr_s: simd(0xcc),
  i64x2_shr_u: simd(0xcd),
  i64x2_sub: simd(0xd1),
};

/** A function imported from JavaScript (module `env`), called with `op.call(index)` (imports come first). */
export interface WasmImport {
  name: string;
  params: ValType[];
  results: ValType[];
}

/** One exported function. Parameters are locals 0..p-1; `locals` follow them. */
export interface WasmFunc {
  name: string;
  params: ValType[];
  results: ValType[];
  locals: ValType[];
  code: Code;
}

/**
 * The bytes of a module that imports `imports` from `env`, defines one memory of `pages` × 64 KiB
 * exported as `memory`, and exports each function under its name. Function indices: the imports
 * first, then `funcs`.
 */
export function wasmModule(funcs: WasmFunc[], pages: number, imports: WasmImport[] = []): Uint8Array {
  const sig = (f: { params: ValType[]; results: ValType[] }) => [0x60, ...vec(f.params.map((t) => [TYPE_CODE[t]])), ...vec(f.results.map((t) => [TYPE_CODE[t]]))];
  const types = [...imports.map(sig), ...funcs.map(sig)];
  const bodies = funcs.map((f) => {
    const body = [...vec(f.locals.map((t) => [1, TYPE_CODE[t]])), ...f.code, ...op.end];
    return [...uleb(body.length), ...body];
  });
  const n = imports.length;
  const exportList = [[...name('memory'), 0x02, 0], ...funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(n + i)])];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, // magic, version 1
    ...section(1, vec(types)),
    ...(n > 0 ? section(2, vec(imports.map((im, i) => [...name('env'), ...name(im.name), 0x00, ...uleb(i)]))) : []),
    ...section(3, vec(funcs.map((_, i) => uleb(n + i)))),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(7, vec(exportList)),
    ...section(10, vec(bodies)),
  ]);
}
