import { TWO_M53 } from '../bitgen/BitGenerator';
import { PCG64_BLOCK, type PCG64 } from '../bitgen/pcg64';
import { lessThanExp } from '../libm/exp';
import { log1p } from '../libm/log1p';
import { pcgKernel, type PcgKernel } from '../wasm/kernels';
import { FE, FI, KE, KI, WE, WI, ZIGGURAT_EXP_R, ZIGGURAT_NOR_INV_R, ZIGGURAT_NOR_R } from './zigguratTables';

/*
 * Bulk forms of Generator's draws on PCG64: the same values, in the same order, from the same
 * outputs as the one-value functions (randomStandardNormal.ts, randomStandardExponential.ts,
 * integers.ts) called once per value. Outputs come in blocks from `PCG64.rawBlock`; a block asks
 * for no more outputs than the values still to make are sure to use (every value takes at least
 * one output, or one half-word for the 32-bit integers), so the generator's state after a fill is
 * exactly the state after the equivalent single draws.
 */


/** A cursor over PCG64 outputs fetched block by block. */
class Outputs {
  words: Uint32Array = new Uint32Array(0);
  at = 0;
  avail = 0;
  constructor(readonly bg: PCG64) {}

  /** Index k of the next output (`words[2k]` low half, `words[2k + 1]` high); `need` >= 1 outputs are sure to be used. */
  next(need: number): number {
    if (this.at === this.avail) {
      this.avail = Math.min(PCG64_BLOCK, need);
      this.words = this.bg.rawBlock(this.avail);
      this.at = 0;
    }
    return this.at++;
  }

  /** The next output as `next_double`: (x >> 11) * 2**-53. */
  double(need: number): number {
    const k = this.next(need);
    return (this.words[2 * k + 1] * 2097152 + (this.words[2 * k] >>> 11)) * TWO_M53;
  }
}

/** Fill `out[from..to)` with the ziggurat kernel when it pays (16 values or more) and is available; false: fill in JavaScript. */
function filledByKernel(bg: PCG64, out: Float64Array, from: number, to: number, normal: boolean): boolean {
  const k = to - from >= 16 ? zigguratKernel() : null;
  if (k) zigguratWithKernel(k, bg, out, from, to, normal);
  return k !== null;
}

/**
 * `out[from..to)` = successive `random_standard_normal` values ({@link randomStandardNormal}):
 * the 256-layer ziggurat, one output per try; the tail and wedge tests take extra outputs as
 * doubles, as the one-value function does.
 */
export function standardNormalFill(bg: PCG64, out: Float64Array, from: number, to: number): void {
  if (filledByKernel(bg, out, from, to, true)) return;
  const src = new Outputs(bg);
  for (let i = from; i < to; ) {
    const k = src.next(to - i);
    const lo = src.words[2 * k];
    const hi = src.words[2 * k + 1];
    const idx = lo & 0xff;
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * WI[idx];
    if ((lo >>> 8) & 1) x = -x;
    if (rabs < KI[idx]) {
      out[i++] = x;
    } else if (idx === 0) {
      for (;;) {
        const xx = -ZIGGURAT_NOR_INV_R * log1p(-src.double(to - i));
        const yy = -log1p(-src.double(to - i));
        if (yy + yy > xx * xx) {
          out[i++] = (lo >>> 17) & 1 ? -(ZIGGURAT_NOR_R + xx) : ZIGGURAT_NOR_R + xx;
          break;
        }
      }
    } else if (lessThanExp((FI[idx - 1] - FI[idx]) * src.double(to - i) + FI[idx], -0.5 * x * x)) {
      out[i++] = x;
    }
  }
}

/** `out[from..to)` = successive `random_standard_exponential` values ({@link randomStandardExponential}): the ziggurat. */
export function standardExponentialFill(bg: PCG64, out: Float64Array, from: number, to: number): void {
  if (filledByKernel(bg, out, from, to, false)) return;
  const src = new Outputs(bg);
  for (let i = from; i < to; ) {
    const k = src.next(to - i);
    const lo = src.words[2 * k];
    const hi = src.words[2 * k + 1];
    const idx = (lo >>> 3) & 0xff;
    const ri = hi * 2097152 + (lo >>> 11);
    const x = ri * WE[idx];
    if (ri < KE[idx]) {
      out[i++] = x;
    } else if (idx === 0) {
      const u = src.double(to - i); // before i moves on: this value still needs the output
      out[i++] = ZIGGURAT_EXP_R - log1p(-u);
    } else if (lessThanExp((FE[idx - 1] - FE[idx]) * src.double(to - i) + FE[idx], -x)) {
      out[i++] = x;
    }
  }
}

/** The PCG64 kernel with the ziggurat tables in it, or null. */
function zigguratKernel(): PcgKernel | null {
  const k = pcgKernel();
  if (k && !k.tablesSet) k.setTables([KI, WI, FI, KE, WE, FE], [ZIGGURAT_NOR_R, ZIGGURAT_NOR_INV_R, ZIGGURAT_EXP_R]);
  return k;
}

/** The ziggurat in the WebAssembly kernel (slow paths included), block by block. */
function zigguratWithKernel(k: PcgKernel, bg: PCG64, out: Float64Array, from: number, to: number, normal: boolean): void {
  for (let i = from; i < to; ) {
    const m = Math.min(PCG64_BLOCK, to - i);
    const kk = bg.lendState(k);
    if (normal) kk.normals(m);
    else kk.exponentials(m);
    bg.takeState(k);
    out.set(m === PCG64_BLOCK ? k.doubles : k.doubles.subarray(0, m), i);
    i += m;
  }
}

/**
 * `out[from..to)` = low + successive draws on [0, rng] of `Generator.integers`' 32-bit path
 * (`random_bounded_uint64_fill` with Lemire's method on `next_uint32`): PCG64's half-words, low
 * half first, the high half buffered in the generator (`hasUint32`/`uinteger`) across calls.
 * rng == 0 draws nothing; rng == 2**32 - 1 takes raw half-words.
 *
 * @param rng in [0, 2**32 - 1]; `low + rng` must be exact in a double (and fit `out`).
 */
export function lemireIntFill(bg: PCG64, out: Float64Array | Int32Array, from: number, to: number, low: number, rng: number): void {
  if (rng === 0) {
    out.fill(low, from, to);
    return;
  }
  const k = out instanceof Int32Array && rng !== 0xffffffff && to - from >= 16 ? pcgKernel() : null;
  if (k) {
    // int32 results: the WebAssembly kernel runs Lemire's loop (and the half-word buffer)
    for (let i = from; i < to; ) {
      const m = Math.min(2 * PCG64_BLOCK, to - i);
      bg.lendState(k).lemire(m, rng, low);
      bg.takeState(k);
      out.set(m === 2 * PCG64_BLOCK ? k.ints : k.ints.subarray(0, m), i);
      i += m;
    }
    return;
  }
  const src = new Outputs(bg);
  let has = bg.hasUint32;
  let buf = bg.uinteger;
  const rngExcl = rng + 1;
  const threshold = (0xffffffff - rng) % rngExcl;
  const small = rngExcl <= 2097152; // x * rngExcl < 2**53: the product is exact in a double
  let i = from;
  /** `pcg64_next32`: the buffered high half if there is one, else a new output's low half (its high half buffered). */
  const next32 = (): number => {
    if (has) {
      has = false;
      return buf;
    }
    const k = src.next(Math.ceil((to - i) / 2));
    buf = src.words[2 * k + 1];
    has = true;
    return src.words[2 * k];
  };
  for (; i < to; i++) {
    let x = next32();
    if (rng === 0xffffffff) {
      out[i] = low + x;
      continue;
    }
    let leftover = Math.imul(x, rngExcl) >>> 0;
    if (leftover < rngExcl) {
      while (leftover < threshold) {
        x = next32();
        leftover = Math.imul(x, rngExcl) >>> 0;
      }
    }
    out[i] = low + (small ? Math.floor((x * rngExcl) / 4294967296) : mulHigh32(x, rngExcl));
  }
  bg.hasUint32 = has;
  bg.uinteger = buf; // as pcg64_next32, the last high half stays even once handed out
}

/** floor(a * b / 2**32) exactly, for a, b in [0, 2**32]. */
function mulHigh32(a: number, b: number): number {
  const lo = (a & 0xffff) * b; // < 2**49
  const hi = (a >>> 16) * b; // < 2**49
  return Math.floor((hi + Math.floor(lo / 65536)) / 65536);
}
