/*
 * glibc's `log1pf` (sysdeps/ieee754/flt-32/s_log1pf.c, the fdlibm algorithm, as in glibc 2.36),
 * reproduced in float arithmetic: every operation rounded with Math.fround, as the C code rounds
 * each float expression. Unlike the double `log1p` rounded to float (which differs from it in
 * about 7% of arguments in [-1, 0)), this matches glibc's float result bit for bit (checked on
 * 200,000 arguments -k·2^-24 against libm through ctypes). NumPy's float32 ziggurat tails call it.
 *
 * The method: log1p(x) = k·ln2 + log(1 + f) with 1 + x = 2^k·(1 + f), sqrt(2)/2 < 1 + f < sqrt(2);
 * log(1 + f) = f - (hfsq - s·(hfsq + R)) with s = f / (2 + f), hfsq = f²/2 and R a degree-7
 * polynomial in s² (the Lp coefficients); a correction c recovers the rounding of 1 + x.
 */

const f32 = Math.fround;
const buf = new DataView(new ArrayBuffer(4));
const bitsOf = (x: number): number => {
  buf.setFloat32(0, x);
  return buf.getInt32(0);
};
const fromBits = (b: number): number => {
  buf.setInt32(0, b);
  return buf.getFloat32(0);
};

const LN2_HI = fromBits(0x3f317180);
const LN2_LO = fromBits(0x3717f7d1);
const LP = [0x3f2aaaab, 0x3ecccccd, 0x3e924925, 0x3e638e29, 0x3e3a3325, 0x3e1cd04f, 0x3e178897].map(fromBits);
const TWO_THIRDS = f32(0.66666666666666666);

/** `log1pf(x)` for a float32 `x`, as glibc computes it. */
export function log1pf(x: number): number {
  x = f32(x);
  const hx = bitsOf(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let hu = 0;
  let c = 0;
  let f = 0;
  if (hx < 0x3ed413d7) {
    // x < 0.41422
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x31000000) {
      // |x| < 2**-29
      if (ax < 0x24800000) return x;
      return f32(x - f32(f32(x * x) * 0.5));
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return f32(x + x);
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f32(1 + x);
      hu = bitsOf(u);
      k = (hu >> 23) - 127;
      c = k > 0 ? f32(1 - f32(u - x)) : f32(x - f32(u - 1)); // the rounding error of 1 + x
      c = f32(c / u);
    } else {
      u = x;
      hu = bitsOf(u);
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      u = fromBits(hu | 0x3f800000); // normalize u
    } else {
      k += 1;
      u = fromBits(hu | 0x3f000000); // normalize u/2
      hu = (0x00800000 - hu) >> 2;
    }
    f = f32(u - 1);
  }
  const hfsq = f32(f32(0.5 * f) * f);
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      c = f32(c + f32(k * LN2_LO));
      return f32(f32(k * LN2_HI) + c);
    }
    const R = f32(hfsq * f32(1 - f32(TWO_THIRDS * f)));
    if (k === 0) return f32(f - R);
    return f32(f32(k * LN2_HI) - f32(f32(R - f32(f32(k * LN2_LO) + c)) - f));
  }
  const s = f32(f / f32(2 + f));
  const z = f32(s * s);
  let R = LP[6];
  for (let i = 5; i >= 0; i--) R = f32(LP[i] + f32(z * R));
  R = f32(z * R);
  if (k === 0) return f32(f - f32(hfsq - f32(s * f32(hfsq + R))));
  return f32(f32(k * LN2_HI) - f32(f32(hfsq - f32(f32(s * f32(hfsq + R)) + f32(f32(k * LN2_LO) + c))) - f));
}
