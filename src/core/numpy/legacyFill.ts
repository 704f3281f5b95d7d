/*
 * FROZEN like NumPy's legacy code (numpy/random/src/legacy/legacy-distributions.c, mtrand.pyx):
 * these are bulk forms of RandomState's draws — the same values, in the same order, consuming
 * the same MT19937 words, as calling the one-value functions (legacyGauss.ts, randint.ts) once
 * per value. They read tempered words straight from the generator's block (`MT19937.tw`), or run
 * in the WebAssembly MT kernel on it, and fall back to `nextDouble`/`regen` at a block's end.
 */
import { TWO_M53 } from '../bitgen/BitGenerator';
import type { MT19937 } from '../bitgen/mt19937';
import { MT19937_N } from '../bitgen/mt19937Params';
import { genMask32 } from '../distributions/genMask';
import { log } from '../libm/log';
import { mtKernel } from '../wasm/kernels';
import type { RandomState } from './RandomState';

const N = MT19937_N;

/**
 * `out[from..to)` = successive `legacy_gauss` values ({@link legacyGauss}): the cached second
 * value first if there is one, then the polar method pair by pair — `f·x2` then `f·x1` — and when
 * the range ends mid-pair, `f·x1` is cached in the state exactly as a single call leaves it.
 */
export function legacyGaussFill(rs: RandomState, out: Float64Array, from: number, to: number): void {
  let i = from;
  if (i < to && rs.hasGauss) {
    out[i++] = rs.gauss;
    rs.hasGauss = false;
    rs.gauss = 0.0;
  }
  const bg = rs.bitgen;
  const tw = bg.tw;
  const k = to - i >= 32 ? mtKernel() : null;
  let pos = bg.pos;
  while (i < to) {
    if (k !== null && pos < N - 3) {
      // the WebAssembly kernel runs the polar method on the rest of the block
      const pairs = bg.lendBlock(k).polar(pos, Math.ceil((to - i) / 2));
      pos = k.maskedPos();
      const made = Math.min(2 * pairs, to - i);
      out.set(k.doublesOut.subarray(0, made), i);
      i += made;
      if (made < 2 * pairs) {
        rs.gauss = k.doublesOut[made]; // the pair's second value, cached as legacy_gauss leaves it
        rs.hasGauss = true;
      }
      if (i >= to || pos < N - 3) continue;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      if (pos < N - 3) {
        x1 = 2.0 * (((tw[pos] >>> 5) * 67108864 + (tw[pos + 1] >>> 6)) * TWO_M53) - 1.0;
        x2 = 2.0 * (((tw[pos + 2] >>> 5) * 67108864 + (tw[pos + 3] >>> 6)) * TWO_M53) - 1.0;
        pos += 4;
      } else {
        bg.pos = pos;
        x1 = 2.0 * bg.nextDouble() - 1.0;
        x2 = 2.0 * bg.nextDouble() - 1.0;
        pos = bg.pos;
      }
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    const f = Math.sqrt((-2.0 * log(r2)) / r2);
    out[i++] = f * x2;
    if (i < to) {
      out[i++] = f * x1;
    } else {
      rs.gauss = f * x1;
      rs.hasGauss = true;
    }
  }
  bg.pos = pos;
}

/**
 * `out[from..to)` = successive `legacy_exponential(scale)` values: `scale · -log(1 - U)`, one
 * double U per value; scale 1 gives `legacy_standard_exponential` (1·v is v, bit for bit).
 */
export function legacyExponentialFill(rs: RandomState, out: Float64Array, from: number, to: number, scale = 1.0): void {
  const bg = rs.bitgen;
  const k = to - from >= 32 ? mtKernel() : null;
  if (k === null) {
    bg.fillDoubles(out, from, to);
    for (let i = from; i < to; i++) out[i] = scale * -log(1.0 - out[i]);
    return;
  }
  let pos = bg.pos;
  let i = from;
  while (i < to) {
    if (pos >= N - 1) {
      bg.pos = pos;
      if (pos === N) {
        bg.regen(); // a fresh block (in the kernel, and left there: the generator owns it)
      } else {
        out[i++] = scale * -log(1.0 - bg.nextDouble()); // the double straddling two blocks
      }
      pos = bg.pos;
      continue;
    }
    // the WebAssembly kernel takes the values of the rest of the block
    const made = bg.lendBlock(k).exponentials(pos, to - i, scale);
    pos = k.maskedPos();
    out.set(made === N / 2 ? k.doublesOut : k.doublesOut.subarray(0, made), i);
    i += made;
  }
  bg.pos = pos;
}

/**
 * `out[from..to)` = low + successive draws of RandomState's masked sampler on [0, rng]
 * (`random_bounded_uint64_fill`/`random_bounded_uint32_fill` with use_masked, on next32):
 * rng == 0 draws nothing, rng == 2**32 - 1 takes raw words, otherwise `word & mask` until <= rng.
 *
 * @param rng in [0, 2**32 - 1]; `low + rng` must be exact in a double (and fit `out`).
 */
export function maskedIntFill(bg: MT19937, out: Float64Array | Int32Array, from: number, to: number, low: number, rng: number): void {
  if (rng === 0) {
    out.fill(low, from, to);
    return;
  }
  const tw = bg.tw;
  const mask = rng === 0xffffffff ? 0xffffffff : genMask32(rng);
  // int32 results in bulk: the WebAssembly kernel runs the rejection loop on the block
  const k = out instanceof Int32Array && rng !== 0xffffffff && to - from >= 64 ? mtKernel() : null;
  let pos = bg.pos;
  let i = from;
  while (i < to) {
    if (pos >= N) {
      bg.regen();
      pos = 0;
    }
    const end = Math.min(N, pos + (to - i)); // at least one value per word left in this block
    if (rng === 0xffffffff) {
      for (; pos < end; pos++) out[i++] = low + tw[pos];
    } else if (k) {
      const kept = bg.lendBlock(k).masked(pos, to - i, rng, mask, low);
      out.set(kept === N ? k.intsOut : k.intsOut.subarray(0, kept), i);
      i += kept;
      pos = k.maskedPos();
    } else {
      while (pos < N && i < to) {
        const v = (tw[pos++] & mask) >>> 0;
        if (v <= rng) out[i++] = low + v;
      }
    }
  }
  bg.pos = pos;
}
