import { LOG_LN2HI, LOG_LN2LO, LOG_POLY, LOG_POLY1 } from '../libm/logData';
import { FE_AT, FI_AT, KE_AT, KI_AT, M, MT_KEY, MT_LOG_TAB, MT_OUT, MT_POS, MT_TW, N, PCG_HALF, PCG_OUT, PCG_STATE, WE_AT, WI_AT, ZIG_CONSTS_AT } from './kernelLayout';
import { op, wasmModule, type Code, type ValType } from './wasmAssembler';

/*
 * The code of the WebAssembly kernels (kernels.ts runs them), written with the small assembler in
 * wasmAssembler.ts. Not part of the bundles: scripts/gen_wasm_kernels.js runs this once and writes
 * the modules' bytes to kernelBytes.ts, and a unit test checks those bytes are what this makes.
 * Edit here, then run `node scripts/gen_wasm_kernels.js`.
 */

// ---------------------------------------------------------------- MT19937 ----

/** A vector step of the twist for words k..k+3 at byte address `a` (local 0): `mtM` is k+M's offset. */
function twistVector(mtMOffset: number): Code {
  const a = 0;
  const y = 1;
  return [
    ...op.local_get(a),
    ...op.local_get(a), ...op.v128_load(MT_KEY), ...op.i32x4_const(0x80000000), ...op.v128_and,
    ...op.local_get(a), ...op.v128_load(MT_KEY + 4), ...op.i32x4_const(0x7fffffff), ...op.v128_and,
    ...op.v128_or, ...op.local_set(y),
    ...op.local_get(a), ...op.v128_load(mtMOffset),
    ...op.local_get(y), ...op.i32_const(1), ...op.i32x4_shr_u, ...op.v128_xor,
    ...op.i32x4_const(0), ...op.local_get(y), ...op.i32x4_const(1), ...op.v128_and, ...op.i32x4_sub,
    ...op.i32x4_const(0x9908b0df), ...op.v128_and, ...op.v128_xor,
    ...op.v128_store(MT_KEY),
  ];
}

/** A scalar step of the twist for word k (local 2 is scratch). */
function twistScalar(k: number, next: number, km: number): Code {
  const y = 2;
  const at = (i: number) => op.i32_const(MT_KEY + 4 * i);
  return [
    ...at(k),
    ...at(k), ...op.i32_load(), ...op.i32_const(0x80000000), ...op.i32_and,
    ...at(next), ...op.i32_load(), ...op.i32_const(0x7fffffff), ...op.i32_and, ...op.i32_or, ...op.local_set(y),
    ...at(km), ...op.i32_load(),
    ...op.local_get(y), ...op.i32_const(1), ...op.i32_shr_u, ...op.i32_xor,
    ...op.i32_const(0), ...op.local_get(y), ...op.i32_const(1), ...op.i32_and, ...op.i32_sub,
    ...op.i32_const(0x9908b0df), ...op.i32_and, ...op.i32_xor,
    ...op.i32_store(),
  ];
}

/** `for (a = from; a < to; a += 16) body` on local 0. */
function loop16(from: number, to: number, body: Code): Code {
  return [
    ...op.i32_const(from), ...op.local_set(0),
    ...op.loop, ...body,
    ...op.local_get(0), ...op.i32_const(16), ...op.i32_add, ...op.local_tee(0), ...op.i32_const(to), ...op.i32_lt_u, ...op.br_if(0),
    ...op.end,
  ];
}

/**
 * `regen`: MT19937's twist (Matsumoto & Nishimura; numpy/random/src/mt19937/mt19937.c
 * `mt19937_gen`) four words at a time. Words 0..226 combine old words only (k+1, k+M); words
 * 227..622 read word k+M-N, already new and at least 227 behind, so 4-wide steps see the same
 * values as the scalar loop. 227 = 4·56 + 3 and 396 = 4·99, so: 56 vector steps, 3 scalar, 99
 * vector, then word 623 (which wraps to word 0). Then the tempering of all 624 words, 4 at a time.
 */
function mtRegenCode(): Code {
  const y = 1;
  const temper: Code = [
    ...op.local_get(0), ...op.v128_load(MT_KEY), ...op.local_set(y),
    ...op.local_get(y), ...op.local_get(y), ...op.i32_const(11), ...op.i32x4_shr_u, ...op.v128_xor, ...op.local_set(y),
    ...op.local_get(y), ...op.local_get(y), ...op.i32_const(7), ...op.i32x4_shl, ...op.i32x4_const(0x9d2c5680), ...op.v128_and, ...op.v128_xor, ...op.local_set(y),
    ...op.local_get(y), ...op.local_get(y), ...op.i32_const(15), ...op.i32x4_shl, ...op.i32x4_const(0xefc60000), ...op.v128_and, ...op.v128_xor, ...op.local_set(y),
    ...op.local_get(0),
    ...op.local_get(y), ...op.local_get(y), ...op.i32_const(18), ...op.i32x4_shr_u, ...op.v128_xor,
    ...op.v128_store(MT_TW),
  ];
  return [
    ...loop16(0, 4 * 224, twistVector(MT_KEY + 4 * M)),
    ...twistScalar(224, 225, 224 + M),
    ...twistScalar(225, 226, 225 + M),
    ...twistScalar(226, 227, 226 + M),
    ...loop16(4 * 227, 4 * 623, twistVector(MT_KEY - 4 * (N - M))),
    ...twistScalar(623, 0, M - 1),
    ...loop16(0, 4 * N, temper),
  ];
}

/** `doubles(pos, count)`: two doubles per step from four words ([a0 b0 a1 b1] → [a0 a1 b0 b1]). */
function mtDoublesCode(): Code {
  const [pos, count, j, v, src] = [0, 1, 2, 3, 4];
  const g = op.local_get;
  const toFront = [0, 1, 2, 3, 8, 9, 10, 11, 4, 5, 6, 7, 12, 13, 14, 15];
  const upperHalf = [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];
  return [
    ...g(count), ...op.i32_eqz, ...op.if, ...op.return, ...op.end,
    ...g(pos), ...op.i32_const(2), ...op.i32_shl, ...op.local_set(src),
    ...op.i32_const(0), ...op.local_set(j),
    ...op.loop,
    ...g(src), ...op.v128_load(MT_TW), ...g(src), ...op.v128_load(MT_TW), ...op.i8x16_shuffle(toFront), ...op.local_set(v),
    ...g(j),
    ...g(v), ...op.i32_const(5), ...op.i32x4_shr_u, ...op.f64x2_convert_low_i32x4_u, ...op.f64x2_const(67108864), ...op.f64x2_mul,
    ...g(v), ...op.i32_const(6), ...op.i32x4_shr_u, ...g(v), ...op.i8x16_shuffle(upperHalf), ...op.f64x2_convert_low_i32x4_u,
    ...op.f64x2_add, ...op.f64x2_const(2 ** -53), ...op.f64x2_mul,
    ...op.v128_store(MT_OUT),
    ...g(src), ...op.i32_const(16), ...op.i32_add, ...op.local_set(src),
    ...g(j), ...op.i32_const(16), ...op.i32_add, ...op.local_tee(j),
    ...g(count), ...op.i32_const(3), ...op.i32_shl, ...op.i32_lt_u, ...op.br_if(0),
    ...op.end,
  ];
}

/** `masked(pos, need, rng, mask, low) -> kept`. */
function mtMaskedCode(): Code {
  const [pos, need, rng, mask, low, kept, v] = [0, 1, 2, 3, 4, 5, 6];
  const g = op.local_get;
  return [
    ...op.block,
    ...op.loop,
    ...g(pos), ...op.i32_const(N), ...op.i32_ge_u, ...op.br_if(1),
    ...g(kept), ...g(need), ...op.i32_ge_u, ...op.br_if(1),
    ...g(pos), ...op.i32_const(2), ...op.i32_shl, ...op.i32_load(MT_TW), ...g(mask), ...op.i32_and, ...op.local_tee(v),
    ...g(rng), ...op.i32_le_u,
    ...op.if,
    ...g(kept), ...op.i32_const(2), ...op.i32_shl, ...g(v), ...g(low), ...op.i32_add, ...op.i32_store(MT_OUT),
    ...g(kept), ...op.i32_const(1), ...op.i32_add, ...op.local_set(kept),
    ...op.end,
    ...g(pos), ...op.i32_const(1), ...op.i32_add, ...op.local_set(pos),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.i32_const(MT_POS), ...g(pos), ...op.i32_store(),
    ...g(kept),
  ];
}

/** f64 expression helpers: each takes operand code and returns the code leaving the result. */
const F = {
  get: (i: number): Code => op.local_get(i),
  num: (x: number): Code => op.f64_const(x),
  add: (a: Code, b: Code): Code => [...a, ...b, ...op.f64_add],
  sub: (a: Code, b: Code): Code => [...a, ...b, ...op.f64_sub],
  mul: (a: Code, b: Code): Code => [...a, ...b, ...op.f64_mul],
  div: (a: Code, b: Code): Code => [...a, ...b, ...op.f64_div],
  abs: (a: Code): Code => [...a, ...op.f64_abs],
  set: (i: number, a: Code): Code => [...a, ...op.local_set(i)],
};

/** Arithmetic on f64 values or on f64x2 lanes: the same expressions, each lane as the scalar. */
interface Arith {
  num(x: number): Code;
  add(a: Code, b: Code): Code;
  sub(a: Code, b: Code): Code;
  mul(a: Code, b: Code): Code;
  abs(a: Code): Code;
}

/** f64x2 expression helpers (SIMD arithmetic is IEEE's, lane by lane, as the scalar operations). */
const V: Arith = {
  num: (x: number): Code => op.f64x2_const(x),
  add: (a: Code, b: Code): Code => [...a, ...b, ...op.f64x2_add],
  sub: (a: Code, b: Code): Code => [...a, ...b, ...op.f64x2_sub],
  mul: (a: Code, b: Code): Code => [...a, ...b, ...op.f64x2_mul],
  abs: (a: Code): Code => [...a, ...op.f64x2_abs],
};

/** glibc `log`'s constants, as libm/logData.ts holds them. */
interface LogConsts {
  ln2hi: number;
  ln2lo: number;
  a: readonly number[];
  b: readonly number[];
}

/** The locals {@link logCode} uses: the argument, the result, two i64, one i32 and 20 f64 scratch locals. */
interface LogLocals {
  x: number;
  lg: number;
  ix: number;
  tmp: number;
  idx: number;
  /** 20 f64 locals. */
  f: readonly number[];
}

/** The local types {@link logCode} needs for its scratch (after x and lg): i64, i64, i32, 20 × f64. */
const LOG_SCRATCH: ValType[] = ['i64', 'i64', 'i32', ...Array<ValType>(20).fill('f64')];

/** The locals of {@link mainTail}, f64 or v128 alike. */
interface TailLocals {
  z: number;
  invc: number;
  logc: number;
  ch: number;
  cl: number;
  kd: number;
  p: number;
  t: number;
  zh: number;
  zl: number;
  r: number;
  w: number;
  hi: number;
  s: number;
  rr: number;
  r3: number;
  kl: number;
  yf: number;
  bound: number;
  below: number;
}

/**
 * The arithmetic of glibc log's main branch (libm/log.ts), from z, 1/c, log(c), 1/c's Veltkamp
 * halves ch, cl and k (as a double) to the fast path's `below` = hi + (yf - bound); the result is
 * `below` when it equals {@link mainAbove}'s hi + (yf + bound). `A`: scalar or f64x2 (two logs).
 */
function mainTail(A: Arith, L: TailLocals, c: LogConsts): Code {
  const { z, invc, logc, ch, cl, kd, p, t, zh, zl, r, w, hi, s, rr, r3, kl, yf, bound, below } = L;
  const g = op.local_get;
  const set = (i: number, a: Code): Code => [...a, ...op.local_set(i)];
  const SPLITTER = 134217729;
  const [A0, A1, A2, A3, A4] = c.a;
  return [
    // r = fma(z, invc, -1) exactly (Dekker's product, Sterbenz)
    ...set(p, A.mul(g(z), g(invc))),
    ...set(t, A.mul(A.num(SPLITTER), g(z))),
    ...set(zh, A.sub(g(t), A.sub(g(t), g(z)))),
    ...set(zl, A.sub(g(z), g(zh))),
    ...set(r, A.add(A.sub(g(p), A.num(1)), A.add(A.add(A.add(A.sub(A.mul(g(zh), g(ch)), g(p)), A.mul(g(zh), g(cl))), A.mul(g(zl), g(ch))), A.mul(g(zl), g(cl))))),
    ...set(w, A.add(A.mul(g(kd), A.num(c.ln2hi)), g(logc))),
    ...set(hi, A.add(g(w), g(r))),
    ...set(s, A.add(A.sub(g(w), g(hi)), g(r))),
    ...set(rr, A.mul(g(r), g(r))),
    ...set(r3, A.mul(g(r), g(rr))),
    ...set(kl, A.mul(g(kd), A.num(c.ln2lo))),
    ...set(
      yf,
      A.add(
        A.mul(g(r3), A.add(A.mul(A.add(A.mul(g(r), A.num(A4)), A.num(A3)), g(rr)), A.add(A.mul(g(r), A.num(A2)), A.num(A1)))),
        A.add(A.mul(g(rr), A.num(A0)), A.add(g(kl), g(s))),
      ),
    ),
    ...set(bound, A.mul(A.add(A.add(A.add(A.mul(A.num(0.34), A.abs(g(r3))), A.mul(A.num(0.51), g(rr))), A.abs(g(kl))), A.abs(g(s))), A.num(2 ** -48))),
    ...set(below, A.add(g(hi), A.sub(g(yf), g(bound)))),
  ];
}

/** The fast path's upper end hi + (yf + bound) (see {@link mainTail}). */
const mainAbove = (A: Arith, L: Pick<TailLocals, 'hi' | 'yf' | 'bound'>): Code => A.add(op.local_get(L.hi), A.add(op.local_get(L.yf), op.local_get(L.bound)));

/**
 * `lg = log(x)` for a normal 0 < x <= 1 (x = 1 gives +0, as glibc's early return), bit-for-bit
 * glibc's (see libm/log.ts): the fast paths of its two branches — the same operations as `log`'s,
 * and wasm's f64 arithmetic is IEEE's without contraction, as JavaScript's — and the imported `log`
 * (function 0) when a fast path cannot decide the rounding. `logTab` is the table's address in
 * memory (MT_LOG_TAB: invc, logc and invc's Veltkamp halves per entry).
 */
function logCode(L: LogLocals, logTab: number, c: LogConsts): Code {
  const { x, lg, ix, tmp, idx } = L;
  const [z, invc, logc, r, kd, w, hi, s, rr, r3, kl, yf, bound, below, t, zh, zl, ch, cl, p] = L.f;
  const g = op.local_get;
  const mainBranch: Code = [
    // ix = bits of x; tmp = ix - OFF; i = (tmp >> 45) & 127; k = tmp >> 52; z = ix - (tmp & (0xfff << 52))
    ...g(x), ...op.i64_reinterpret_f64, ...op.local_set(ix),
    ...g(ix), ...op.i64_const(0x3fe6000000000000n), ...op.i64_sub, ...op.local_set(tmp),
    ...g(tmp), ...op.i64_const(45n), ...op.i64_shr_u, ...op.i32_wrap_i64, ...op.i32_const(127), ...op.i32_and, ...op.i32_const(5), ...op.i32_shl, ...op.local_set(idx),
    ...g(ix), ...g(tmp), ...op.i64_const(0xfff0000000000000n), ...op.i64_and, ...op.i64_sub, ...op.f64_reinterpret_i64, ...op.local_set(z),
    ...g(tmp), ...op.i64_const(52n), ...op.i64_shr_s, ...op.i32_wrap_i64, ...op.f64_convert_i32_s, ...op.local_set(kd),
    ...g(idx), ...op.f64_load(logTab), ...op.local_set(invc),
    ...g(idx), ...op.f64_load(logTab + 8), ...op.local_set(logc),
    ...g(idx), ...op.f64_load(logTab + 16), ...op.local_set(ch), // precomputed t - (t - invc), t = SPLITTER·invc
    ...g(idx), ...op.f64_load(logTab + 24), ...op.local_set(cl), // invc - ch
    ...mainTail(F, { z, invc, logc, ch, cl, kd, p, t, zh, zl, r, w, hi, s, rr, r3, kl, yf, bound, below }, c),
    ...g(below), ...mainAbove(F, { hi, yf, bound }), ...op.f64_eq,
    ...op.if, ...g(below), ...op.local_set(lg), ...op.else, ...g(x), ...op.call(0), ...op.local_set(lg), ...op.end,
  ];
  // log's near-1 branch (x >= 0.9375), its fast path as nearOneFast in libm/log.ts
  const B = c.b;
  const [inner, rhi, rlo, rhi2, lo0, cc] = [t, zh, zl, ch, s, kl];
  const nearOne: Code = [
    ...F.set(r, F.sub(g(x), F.num(1))),
    ...F.set(rr, F.mul(g(r), g(r))),
    ...F.set(r3, F.mul(g(r), g(rr))),
    ...F.set(
      inner,
      F.add(
        F.add(F.mul(g(rr), F.num(B[3])), F.add(F.mul(g(r), F.num(B[2])), F.num(B[1]))),
        F.mul(
          g(r3),
          F.add(
            F.mul(g(r3), F.add(F.mul(g(r3), F.num(B[10])), F.add(F.mul(g(rr), F.num(B[9])), F.add(F.mul(g(r), F.num(B[8])), F.num(B[7]))))),
            F.add(F.mul(g(rr), F.num(B[6])), F.add(F.mul(g(r), F.num(B[5])), F.num(B[4]))),
          ),
        ),
      ),
    ),
    ...F.set(w, F.mul(g(r), F.num(134217728))),
    ...F.set(rhi, F.sub(F.add(g(r), g(w)), g(w))),
    ...F.set(rlo, F.sub(g(r), g(rhi))),
    ...F.set(rhi2, F.mul(g(rhi), g(rhi))),
    ...F.set(hi, F.add(g(r), F.mul(g(rhi2), F.num(B[0])))),
    ...F.set(lo0, F.add(F.sub(g(r), g(hi)), F.mul(g(rhi2), F.num(B[0])))),
    ...F.set(cc, F.mul(F.mul(F.num(B[0]), g(rlo)), F.add(g(rhi), g(r)))),
    ...F.set(yf, F.add(F.mul(g(r3), g(inner)), F.add(g(cc), g(lo0)))),
    ...F.set(bound, F.mul(F.add(F.add(F.mul(F.num(0.4), F.abs(g(r3))), F.abs(g(lo0))), F.abs(g(cc))), F.num(2 ** -48))),
    ...F.set(below, F.add(g(hi), F.sub(g(yf), g(bound)))),
    ...g(below), ...F.add(g(hi), F.add(g(yf), g(bound))), ...op.f64_eq,
    ...op.if, ...g(below), ...op.local_set(lg), ...op.else, ...g(x), ...op.call(0), ...op.local_set(lg), ...op.end,
  ];
  return [...g(x), ...op.f64_const(0.9375), ...op.f64_ge, ...op.if, ...nearOne, ...op.else, ...mainBranch, ...op.end];
}

/** `mt19937_next_double` on words `word` and `word + 1` of the tempered block (`word`: code leaving an i32). */
function blockDouble(word: Code): Code {
  return [
    ...word, ...op.i32_const(2), ...op.i32_shl, ...op.i32_load(MT_TW), ...op.i32_const(5), ...op.i32_shr_u, ...op.f64_convert_i32_u, ...op.f64_const(67108864), ...op.f64_mul,
    ...word, ...op.i32_const(2), ...op.i32_shl, ...op.i32_load(MT_TW + 4), ...op.i32_const(6), ...op.i32_shr_u, ...op.f64_convert_i32_u, ...op.f64_add,
    ...op.f64_const(2 ** -53), ...op.f64_mul,
  ];
}

/**
 * `polar(pos, pairs)`: `legacy_gauss`'s polar method (legacy-distributions.c) on the block from
 * word `pos`, making up to `pairs` pairs (f·x2, f·x1) into `doublesOut` while a whole try (4
 * words) is left in the block; returns the pairs made, the next word in {@link MtKernel.maskedPos}.
 * log(r2) is glibc's ({@link logCode}).
 */
function mtPolarCode(logTab: number, c: LogConsts): Code {
  const [pos, pairs, made, x1, x2, r2, lg, f, ix, tmp, idx] = Array.from({ length: 11 }, (_, k) => k);
  const scratch = Array.from({ length: 20 }, (_, k) => 11 + k);
  const g = op.local_get;
  return [
    ...op.block,
    ...op.loop,
    ...g(made), ...g(pairs), ...op.i32_ge_u, ...op.br_if(1),
    ...g(pos), ...op.i32_const(N - 4), ...op.i32_gt_u, ...op.br_if(1),
    ...F.set(x1, F.sub(F.mul(F.num(2), blockDouble(g(pos))), F.num(1))),
    ...F.set(x2, F.sub(F.mul(F.num(2), blockDouble([...g(pos), ...op.i32_const(2), ...op.i32_add])), F.num(1))),
    ...g(pos), ...op.i32_const(4), ...op.i32_add, ...op.local_set(pos),
    ...F.set(r2, F.add(F.mul(g(x1), g(x1)), F.mul(g(x2), g(x2)))),
    ...g(r2), ...op.f64_const(1), ...op.f64_ge, ...op.br_if(0),
    ...g(r2), ...op.f64_const(0), ...op.f64_eq, ...op.br_if(0),
    ...logCode({ x: r2, lg, ix, tmp, idx, f: scratch }, logTab, c),
    ...F.set(f, [...F.div(F.mul(F.num(-2), g(lg)), g(r2)), ...op.f64_sqrt]),
    ...g(made), ...op.i32_const(4), ...op.i32_shl, ...F.mul(g(f), g(x2)), ...op.f64_store(MT_OUT),
    ...g(made), ...op.i32_const(4), ...op.i32_shl, ...F.mul(g(f), g(x1)), ...op.f64_store(MT_OUT + 8),
    ...g(made), ...op.i32_const(1), ...op.i32_add, ...op.local_set(made),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.i32_const(MT_POS), ...g(pos), ...op.i32_store(),
    ...g(made),
  ];
}

/** The locals `exponentials` has after its parameters (pos, count: i32; scale: f64). */
const EXP_LOCALS: ValType[] = ['i32', 'f64', 'f64', ...LOG_SCRATCH, 'i32', 'i32', ...Array<ValType>(26).fill('v128')];

/**
 * `exponentials(pos, count, scale)`: `legacy_exponential` (legacy-distributions.c) — `scale ·
 * -log(1 - U)` with U the double of words pos, pos + 1 (`legacy_double`) and glibc's log (1 - U
 * is in [2**-53, 1]) — into `doublesOut` from word `pos` on, up to `count` values while two
 * words are left in the block; returns the values made, the next word in
 * {@link MtKernel.maskedPos}. scale = 1 gives `legacy_standard_exponential` (1·v is v).
 *
 * Two values at a time with f64x2 lanes when both take log's main branch (1 - U < 0.9375; 88% of
 * pairs): the same operations as {@link logCode}'s, lane by lane ({@link mainTail}), the imported
 * `log` for a lane whose fast path cannot decide. Otherwise one value with {@link logCode}.
 */
function mtExponentialsCode(logTab: number, c: LogConsts): Code {
  const [pos, count, scale, made, x, lg, ix, tmp, idx] = Array.from({ length: 9 }, (_, k) => k);
  const scratch = Array.from({ length: 20 }, (_, k) => 9 + k);
  const [idx0, idx1] = [29, 30];
  const [vscale, vx, vtmp, va, vb, vabove, ...vt] = Array.from({ length: 26 }, (_, k) => 31 + k);
  const [z, invc, logc, ch, cl, kd, p, t, zh, zl, r, w, hi, s, rr, r3, kl, yf, bound, below] = vt;
  const g = op.local_get;
  const set = op.local_set;
  const toFront = [0, 1, 2, 3, 8, 9, 10, 11, 4, 5, 6, 7, 12, 13, 14, 15]; // [a0 b0 a1 b1] → [a0 a1 b0 b1]
  const upperHalf = [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];
  const lanes0And2 = [0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11]; // each i64 lane's low i32, to lanes 0, 1
  const firstHalves = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
  const secondHalves = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];
  // lane j: below when it equals above, else the imported log of x's lane j
  const decideLane = (j: number): Code => [
    ...g(below), ...op.f64x2_extract_lane(j), ...g(vabove), ...op.f64x2_extract_lane(j), ...op.f64_eq,
    ...op.if, ...op.else,
    ...g(below), ...g(vx), ...op.f64x2_extract_lane(j), ...op.call(0), ...op.f64x2_replace_lane(j), ...set(below),
    ...op.end,
  ];
  // depths: 0 = block $one (one value), 1 = loop $next, 2 = block $done
  const two: Code = [
    ...g(count), ...g(made), ...op.i32_sub, ...op.i32_const(2), ...op.i32_lt_u, ...op.br_if(0),
    ...g(pos), ...op.i32_const(N - 4), ...op.i32_gt_u, ...op.br_if(0),
    // x = 1 - U for words pos..pos+3, as `doubles` makes U
    ...g(pos), ...op.i32_const(2), ...op.i32_shl, ...op.v128_load(MT_TW), ...g(pos), ...op.i32_const(2), ...op.i32_shl, ...op.v128_load(MT_TW),
    ...op.i8x16_shuffle(toFront), ...set(va),
    ...op.f64x2_const(1),
    ...g(va), ...op.i32_const(5), ...op.i32x4_shr_u, ...op.f64x2_convert_low_i32x4_u, ...op.f64x2_const(67108864), ...op.f64x2_mul,
    ...g(va), ...op.i32_const(6), ...op.i32x4_shr_u, ...g(va), ...op.i8x16_shuffle(upperHalf), ...op.f64x2_convert_low_i32x4_u,
    ...op.f64x2_add, ...op.f64x2_const(2 ** -53), ...op.f64x2_mul,
    ...op.f64x2_sub, ...set(vx),
    ...g(vx), ...op.f64x2_const(0.9375), ...op.f64x2_ge, ...op.v128_any_true, ...op.br_if(0),
    // log's main branch on both lanes: tmp = ix - OFF; i = (tmp >> 45) & 127; k = tmp >> 52; z = ix - (tmp & (0xfff << 52))
    ...g(vx), ...op.i64x2_const(0x3fe6000000000000n), ...op.i64x2_sub, ...set(vtmp),
    ...g(vtmp), ...op.i32_const(45), ...op.i64x2_shr_u, ...op.i64x2_const(127n), ...op.v128_and, ...op.i32_const(5), ...op.i64x2_shl, ...set(va),
    ...g(va), ...op.i32x4_extract_lane(0), ...set(idx0),
    ...g(va), ...op.i32x4_extract_lane(2), ...set(idx1),
    ...g(vx), ...g(vtmp), ...op.i64x2_const(0xfff0000000000000n), ...op.v128_and, ...op.i64x2_sub, ...set(z),
    ...g(vtmp), ...op.i32_const(52), ...op.i64x2_shr_s, ...g(vtmp), ...op.i8x16_shuffle(lanes0And2), ...op.f64x2_convert_low_i32x4_s, ...set(kd),
    // the table rows of both lanes: (invc, logc) and (ch, cl), transposed into lanes
    ...g(idx0), ...op.v128_load(logTab), ...set(va),
    ...g(idx1), ...op.v128_load(logTab), ...set(vb),
    ...g(va), ...g(vb), ...op.i8x16_shuffle(firstHalves), ...set(invc),
    ...g(va), ...g(vb), ...op.i8x16_shuffle(secondHalves), ...set(logc),
    ...g(idx0), ...op.v128_load(logTab + 16), ...set(va),
    ...g(idx1), ...op.v128_load(logTab + 16), ...set(vb),
    ...g(va), ...g(vb), ...op.i8x16_shuffle(firstHalves), ...set(ch),
    ...g(va), ...g(vb), ...op.i8x16_shuffle(secondHalves), ...set(cl),
    ...mainTail(V, { z, invc, logc, ch, cl, kd, p, t, zh, zl, r, w, hi, s, rr, r3, kl, yf, bound, below }, c),
    ...mainAbove(V, { hi, yf, bound }), ...op.local_tee(vabove), ...g(below), ...op.f64x2_eq, ...op.i64x2_all_true,
    ...op.if, ...op.else, ...decideLane(0), ...decideLane(1), ...op.end,
    ...g(made), ...op.i32_const(3), ...op.i32_shl, ...g(vscale), ...g(below), ...op.f64x2_neg, ...op.f64x2_mul, ...op.v128_store(MT_OUT),
    ...g(pos), ...op.i32_const(4), ...op.i32_add, ...set(pos),
    ...g(made), ...op.i32_const(2), ...op.i32_add, ...set(made),
    ...op.br(1),
  ];
  return [
    ...g(scale), ...op.f64x2_splat, ...set(vscale),
    ...op.block,
    ...op.loop,
    ...g(made), ...g(count), ...op.i32_ge_u, ...op.br_if(1),
    ...g(pos), ...op.i32_const(N - 2), ...op.i32_gt_u, ...op.br_if(1),
    ...op.block, ...two, ...op.end,
    ...F.set(x, F.sub(F.num(1), blockDouble(g(pos)))),
    ...g(pos), ...op.i32_const(2), ...op.i32_add, ...set(pos),
    ...logCode({ x, lg, ix, tmp, idx, f: scratch }, logTab, c),
    ...g(made), ...op.i32_const(3), ...op.i32_shl, ...F.mul(g(scale), [...g(lg), ...op.f64_neg]), ...op.f64_store(MT_OUT),
    ...g(made), ...op.i32_const(1), ...op.i32_add, ...set(made),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.i32_const(MT_POS), ...g(pos), ...op.i32_store(),
    ...g(made),
  ];
}

/** The bytes of the MT19937 module: `regen`, `doubles`, `masked`, `polar`, `exponentials`; it imports glibc's `log`. */
export function mtModuleBytes(): Uint8Array {
  const logConsts: LogConsts = { ln2hi: LOG_LN2HI, ln2lo: LOG_LN2LO, a: Array.from(LOG_POLY), b: Array.from(LOG_POLY1) };
  return wasmModule(
    [
      { name: 'regen', params: [], results: [], locals: ['i32', 'v128', 'i32'], code: mtRegenCode() },
      { name: 'doubles', params: ['i32', 'i32'], results: [], locals: ['i32', 'v128', 'i32'], code: mtDoublesCode() },
      { name: 'masked', params: ['i32', 'i32', 'i32', 'i32', 'i32'], results: ['i32'], locals: ['i32', 'i32'], code: mtMaskedCode() },
      {
        name: 'polar',
        params: ['i32', 'i32'],
        results: ['i32'],
        locals: ['i32', ...Array<ValType>(5).fill('f64'), ...LOG_SCRATCH],
        code: mtPolarCode(MT_LOG_TAB, logConsts),
      },
      {
        name: 'exponentials',
        params: ['i32', 'i32', 'f64'],
        results: ['i32'],
        locals: EXP_LOCALS,
        code: mtExponentialsCode(MT_LOG_TAB, logConsts),
      },
    ],
    1,
    [{ name: 'log', params: ['f64'], results: ['f64'] }],
  );
}

// ------------------------------------------------------------------ PCG64 ----

/** PCG64's multiplier `PCG_DEFAULT_MULTIPLIER_128` in 64-bit halves, and the low half in 32-bit halves. */
const MUL_HI = 0x2360ed051fc65da4n;
const MUL_LO = 0x4385df649fccf645n;
const MUL_LO_0 = 0x9fccf645n;
const MUL_LO_1 = 0x4385df64n;
const MASK32 = 0xffffffffn;

/** The locals every PCG64 function has after its parameters, and the step's code on them. */
class PcgCode {
  readonly slo: number;
  readonly shi: number;
  readonly ilo: number;
  readonly ihi: number;
  /** The step's 64-bit output. */
  readonly x: number;
  private readonly tmp: number[];
  /** Locals after the PCG ones (`extra` types in order), by index. */
  readonly extra: number[];
  readonly locals: ValType[];

  constructor(params: number, extra: ValType[]) {
    [this.slo, this.shi, this.ilo, this.ihi, this.x] = [params, params + 1, params + 2, params + 3, params + 4];
    this.tmp = [5, 6, 7, 8, 9, 10].map((k) => params + k);
    this.extra = extra.map((_, k) => params + 11 + k);
    this.locals = [...Array<ValType>(11).fill('i64'), ...extra];
  }

  load(): Code {
    const at = (off: number) => [...op.i32_const(PCG_STATE), ...op.i64_load(off)];
    return [...at(0), ...op.local_set(this.slo), ...at(8), ...op.local_set(this.shi), ...at(16), ...op.local_set(this.ilo), ...at(24), ...op.local_set(this.ihi)];
  }

  store(): Code {
    return [...op.i32_const(PCG_STATE), ...op.local_get(this.slo), ...op.i64_store(0), ...op.i32_const(PCG_STATE), ...op.local_get(this.shi), ...op.i64_store(8)];
  }

  /**
   * n steps of `pcg_setseq_128_step_r` + `pcg_output_xsl_rr_128_64` (numpy/random/src/pcg64/pcg64.h):
   * state = state·MUL + inc mod 2**128 on 64-bit halves — low = lo(s_lo·M_lo) + inc_lo,
   * high = hi(s_lo·M_lo) + s_lo·M_hi + s_hi·M_lo + inc_hi + carry, with hi(s_lo·M_lo) (the high
   * 64 bits of a 64×64 product) from four 32×32 products — then x = rotr64(high ^ low, high >> 58).
   */
  step(): Code {
    const { slo, shi, ilo, ihi, x } = this;
    const [a0, a1, t0, t1, t2, plo] = this.tmp;
    const g = op.local_get;
    const s = op.local_set;
    const shr32: Code = [...op.i64_const(32n), ...op.i64_shr_u];
    return [
      ...g(slo), ...op.i64_const(MASK32), ...op.i64_and, ...s(a0),
      ...g(slo), ...shr32, ...s(a1),
      ...g(a0), ...op.i64_const(MUL_LO_0), ...op.i64_mul, ...s(t0),
      ...g(a1), ...op.i64_const(MUL_LO_0), ...op.i64_mul, ...g(t0), ...shr32, ...op.i64_add, ...s(t1),
      ...g(a0), ...op.i64_const(MUL_LO_1), ...op.i64_mul, ...g(t1), ...op.i64_const(MASK32), ...op.i64_and, ...op.i64_add, ...s(t2),
      ...g(a1), ...op.i64_const(MUL_LO_1), ...op.i64_mul, ...g(t1), ...shr32, ...op.i64_add, ...g(t2), ...shr32, ...op.i64_add,
      ...g(slo), ...op.i64_const(MUL_HI), ...op.i64_mul, ...op.i64_add,
      ...g(shi), ...op.i64_const(MUL_LO), ...op.i64_mul, ...op.i64_add,
      ...g(ihi), ...op.i64_add,
      ...g(slo), ...op.i64_const(MUL_LO), ...op.i64_mul, ...g(ilo), ...op.i64_add, ...op.local_tee(plo),
      ...g(ilo), ...op.i64_lt_u, ...op.i64_extend_i32_u, ...op.i64_add, ...s(shi),
      ...g(plo), ...s(slo),
      ...g(shi), ...g(slo), ...op.i64_xor, ...g(shi), ...op.i64_const(58n), ...op.i64_shr_u, ...op.i64_rotr, ...s(x),
    ];
  }
}

/**
 * `fill(n, mode)`: n outputs, raw (mode 0) or as `next_double` (mode 1): (x >> 11)·2**-53, the
 * 53-bit integer converted as a signed one (exact, and cheaper than the unsigned conversion).
 */
function pcgFillCode(): { locals: ValType[]; code: Code } {
  const [n, mode] = [0, 1];
  const c = new PcgCode(2, ['i32', 'i32']);
  const [addr, end] = c.extra;
  const g = op.local_get;
  const loop = (store: Code): Code => [
    ...op.loop,
    ...c.step(),
    ...store,
    ...g(addr), ...op.i32_const(8), ...op.i32_add, ...op.local_tee(addr),
    ...g(end), ...op.i32_lt_u, ...op.br_if(0),
    ...op.end,
  ];
  return {
    locals: c.locals,
    code: [
      ...g(n), ...op.i32_eqz, ...op.if, ...op.return, ...op.end,
      ...c.load(),
      ...op.i32_const(PCG_OUT), ...op.local_set(addr),
      ...g(n), ...op.i32_const(3), ...op.i32_shl, ...op.i32_const(PCG_OUT), ...op.i32_add, ...op.local_set(end),
      ...g(mode), ...op.if,
      ...loop([...g(addr), ...g(c.x), ...op.i64_const(11n), ...op.i64_shr_u, ...op.f64_convert_i64_s, ...op.f64_const(2 ** -53), ...op.f64_mul, ...op.f64_store()]),
      ...op.else,
      ...loop([...g(addr), ...g(c.x), ...op.i64_store()]),
      ...op.end,
      ...c.store(),
    ],
  };
}

/**
 * `lemire(n, rng, low)`: `buffered_bounded_lemire_uint32` n times (distributions.c): x = next32,
 * m = x·(rng + 1) as 64 bits; while low32(m) < (2**32 - (rng + 1)) mod (rng + 1) (tested only when
 * low32(m) < rng + 1) draw again; the value is high32(m). `pcg64_next32`: the buffered high half
 * if there is one, else a step whose low half is returned and high half buffered.
 */
function pcgLemireCode(): { locals: ValType[]; code: Code } {
  const [n, rng, low] = [0, 1, 2];
  const c = new PcgCode(3, ['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i64', 'i32']);
  const [i, x, has, buf, excl, thr, m, left] = c.extra;
  const g = op.local_get;
  const s = op.local_set;
  const next32: Code = [
    ...g(has), ...op.if,
    ...g(buf), ...s(x), ...op.i32_const(0), ...s(has),
    ...op.else,
    ...c.step(),
    ...g(c.x), ...op.i32_wrap_i64, ...s(x),
    ...g(c.x), ...op.i64_const(32n), ...op.i64_shr_u, ...op.i32_wrap_i64, ...s(buf),
    ...op.i32_const(1), ...s(has),
    ...op.end,
  ];
  const product: Code = [...g(x), ...op.i64_extend_i32_u, ...g(excl), ...op.i64_extend_i32_u, ...op.i64_mul, ...op.local_tee(m), ...op.i32_wrap_i64, ...s(left)];
  return {
    locals: c.locals,
    code: [
      ...c.load(),
      ...op.i32_const(PCG_HALF), ...op.i32_load(0), ...s(has),
      ...op.i32_const(PCG_HALF), ...op.i32_load(4), ...s(buf),
      ...g(rng), ...op.i32_const(1), ...op.i32_add, ...s(excl),
      ...op.i32_const(0), ...g(excl), ...op.i32_sub, ...g(excl), ...op.i32_rem_u, ...s(thr),
      ...op.i32_const(0), ...s(i),
      ...op.block,
      ...op.loop,
      ...g(i), ...g(n), ...op.i32_ge_u, ...op.br_if(1),
      ...next32, ...product,
      ...g(left), ...g(excl), ...op.i32_lt_u, ...op.if,
      ...op.block, ...op.loop,
      ...g(left), ...g(thr), ...op.i32_ge_u, ...op.br_if(1),
      ...next32, ...product,
      ...op.br(0),
      ...op.end, ...op.end,
      ...op.end,
      ...g(i), ...op.i32_const(2), ...op.i32_shl,
      ...g(low), ...g(m), ...op.i64_const(32n), ...op.i64_shr_u, ...op.i32_wrap_i64, ...op.i32_add,
      ...op.i32_store(PCG_OUT),
      ...g(i), ...op.i32_const(1), ...op.i32_add, ...s(i),
      ...op.br(0),
      ...op.end,
      ...op.end,
      ...c.store(),
      ...op.i32_const(PCG_HALF), ...g(has), ...op.i32_store(0),
      ...op.i32_const(PCG_HALF), ...g(buf), ...op.i32_store(4),
    ],
  };
}

/** Functions the ziggurat kernels import: JavaScript's Math.exp, and glibc's exp and log1p (libm/). */
const ZIG_IMPORTS = [
  { name: 'fastExp', params: ['f64'], results: ['f64'] },
  { name: 'exp', params: ['f64'], results: ['f64'] },
  { name: 'log1p', params: ['f64'], results: ['f64'] },
] as { name: string; params: ValType[]; results: ValType[] }[];
const [FAST_EXP, EXP, LOG1P] = [0, 1, 2];

/** Margin of the wedge tests' `Math.exp` comparison: as `lessThanExp` in libm/exp.ts. */
const COMPARE_MARGIN = 2 ** -40;

/**
 * The ziggurats of `random_standard_normal` (`normal`) and `random_standard_exponential`
 * (distributions.c), n values into `doubles`, as randomStandardNormal.ts and
 * randomStandardExponential.ts: one 64-bit draw per try — normal: layer idx = bits 0–7, sign =
 * bit 8, rabs = bits 9–60, accepted when rabs < ki[idx] with x = ±rabs·wi[idx]; exponential:
 * idx = bits 3–10, ri = bits 11–63, accepted when ri < ke[idx] with x = ri·we[idx] (integers
 * below 2**53: comparing and multiplying them as doubles is exact). The slow paths draw doubles
 * from the same stream: layer 0 is the tail (glibc's log1p, imported); other layers compare a
 * uniform point of the wedge with exp(-x²/2) or exp(-x), decided as libm's `lessThanExp` does
 * (Math.exp when clearly apart, else glibc's exp, both imported).
 */
function pcgZigguratCode(normal: boolean): { locals: ValType[]; code: Code } {
  const n = 0;
  const c = new PcgCode(1, ['i32', 'i32', 'i32', 'f64', 'f64', 'f64', 'f64', 'f64', 'f64', 'f64']);
  const [i, idx, lo, f, v, xx, yy, lhs, e, arg] = c.extra;
  const g = op.local_get;
  const s = op.local_set;
  const nextDouble: Code = [...c.step(), ...g(c.x), ...op.i64_const(11n), ...op.i64_shr_u, ...op.f64_convert_i64_s, ...op.f64_const(2 ** -53), ...op.f64_mul];
  const at = (table: number, index: Code): Code => [...index, ...op.i32_const(3), ...op.i32_shl, ...op.f64_load(table)];
  const K = normal ? KI_AT : KE_AT;
  const W = normal ? WI_AT : WE_AT;
  const FT = normal ? FI_AT : FE_AT;
  // depths below, inside `loop $try`: 0 = $try, 1 = block $accept
  const draw: Code = normal
    ? [
        ...g(lo), ...op.i32_const(0xff), ...op.i32_and, ...s(idx),
        ...g(c.x), ...op.i64_const(9n), ...op.i64_shr_u, ...op.i64_const(0xfffffffffffffn), ...op.i64_and, ...op.f64_convert_i64_s, ...s(f),
        ...F.set(v, F.mul(g(f), at(W, g(idx)))),
        ...g(lo), ...op.i32_const(0x100), ...op.i32_and, ...op.if, ...F.set(v, [...g(v), ...op.f64_neg]), ...op.end,
      ]
    : [
        ...g(lo), ...op.i32_const(3), ...op.i32_shr_u, ...op.i32_const(0xff), ...op.i32_and, ...s(idx),
        ...g(c.x), ...op.i64_const(11n), ...op.i64_shr_u, ...op.f64_convert_i64_s, ...s(f),
        ...F.set(v, F.mul(g(f), at(W, g(idx)))),
      ];
  // layer 0 (depths: 0 = $tail or block, 1 = block $wedge, 2 = $try, 3 = $accept)
  const tail: Code = normal
    ? [
        ...op.loop,
        ...F.set(xx, F.mul([...op.i32_const(0), ...op.f64_load(ZIG_CONSTS_AT + 8), ...op.f64_neg], [...nextDouble, ...op.f64_neg, ...op.call(LOG1P)])),
        ...F.set(yy, [...nextDouble, ...op.f64_neg, ...op.call(LOG1P), ...op.f64_neg]),
        ...F.add(g(yy), g(yy)), ...F.mul(g(xx), g(xx)), ...[0x64], // f64.gt
        ...op.if,
        ...F.set(v, F.add([...op.i32_const(0), ...op.f64_load(ZIG_CONSTS_AT)], g(xx))),
        ...g(lo), ...op.i32_const(17), ...op.i32_shr_u, ...op.i32_const(1), ...op.i32_and, ...op.if, ...F.set(v, [...g(v), ...op.f64_neg]), ...op.end,
        ...op.br(4), // to $accept (0 = if, 1 = $tail, 2 = $wedge, 3 = $try, 4 = $accept)
        ...op.end,
        ...op.br(0),
        ...op.end,
      ]
    : [...F.set(v, F.sub([...op.i32_const(0), ...op.f64_load(ZIG_CONSTS_AT + 16)], [...nextDouble, ...op.f64_neg, ...op.call(LOG1P)])), ...op.br(2)];
  const wedge: Code = [
    ...F.set(lhs, F.add(F.mul(F.sub(at(FT, [...g(idx), ...op.i32_const(1), ...op.i32_sub]), at(FT, g(idx))), nextDouble), at(FT, g(idx)))),
    ...F.set(arg, normal ? F.mul(F.mul(F.num(-0.5), g(v)), g(v)) : [...g(v), ...op.f64_neg]),
    ...F.set(e, [...g(arg), ...op.call(FAST_EXP)]),
    ...g(lhs), ...F.mul(g(e), F.num(1 - COMPARE_MARGIN)), ...op.f64_lt, ...op.br_if(1),
    ...g(lhs), ...F.mul(g(e), F.num(1 + COMPARE_MARGIN)), ...[0x64], ...op.br_if(0),
    ...g(lhs), ...g(arg), ...op.call(EXP), ...op.f64_lt, ...op.br_if(1),
    ...op.br(0),
  ];
  return {
    locals: c.locals,
    code: [
      ...c.load(),
      ...op.i32_const(0), ...s(i),
      ...op.block,
      ...op.loop,
      ...g(i), ...g(n), ...op.i32_ge_u, ...op.br_if(1),
      ...op.block, // $accept: leaves with the value in v
      ...op.loop, // $try
      ...c.step(),
      ...g(c.x), ...op.i32_wrap_i64, ...s(lo),
      ...draw,
      ...g(f), ...at(K, g(idx)), ...op.f64_lt, ...op.br_if(1),
      ...op.block, // $wedge
      ...g(idx), ...op.br_if(0),
      ...tail,
      ...op.end,
      ...wedge,
      ...op.end,
      ...op.end,
      ...g(i), ...op.i32_const(3), ...op.i32_shl, ...g(v), ...op.f64_store(PCG_OUT),
      ...g(i), ...op.i32_const(1), ...op.i32_add, ...s(i),
      ...op.br(0),
      ...op.end,
      ...op.end,
      ...c.store(),
    ],
  };
}

/** The bytes of the PCG64 module: `fill`, `lemire`, `normals`, `exponentials`; imports {@link ZIG_IMPORTS}. */
export function pcgModuleBytes(): Uint8Array {
  const fill = pcgFillCode();
  const lemire = pcgLemireCode();
  return wasmModule(
    [
      { name: 'fill', params: ['i32', 'i32'], results: [], ...fill },
      { name: 'lemire', params: ['i32', 'i32', 'i32'], results: [], ...lemire },
      { name: 'normals', params: ['i32'], results: [], ...pcgZigguratCode(true) },
      { name: 'exponentials', params: ['i32'], results: [], ...pcgZigguratCode(false) },
    ],
    1,
    ZIG_IMPORTS,
  );
}
