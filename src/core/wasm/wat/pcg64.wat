;; The PCG64 kernel: NumPy's Generator(PCG64) in bulk (kernels.ts runs it; the layout of its
;; memory is kernelLayout.ts's). Compiled by scripts/tables/gen_wasm_kernels.js into
;; kernelBytes.ts; the double-braced names are that script's constants and fragments (wat/*.wat).
(module
  ;; for the ziggurats' slow paths: JavaScript's Math.exp, and glibc's exp and log1p (libm/)
  (import "env" "fastExp" (func $fastExp (param f64) (result f64)))
  (import "env" "exp" (func $exp (param f64) (result f64)))
  (import "env" "log1p" (func $log1p (param f64) (result f64)))
  (memory (export "memory") 1)

  ;; `fill(n, mode)`: n outputs into PCG_OUT, raw (mode 0) or as `next_double` (mode 1).
  (func $fill (export "fill") (param $n i32) (param $mode i32)
    {{include pcg64Locals}}
    (local $at i32) (local $end i32)  ;; byte addresses in PCG_OUT
    (if (i32.eqz (local.get $n)) (then return))
    {{include pcg64Load}}
    (local.set $at (i32.const {{PCG_OUT}}))
    (local.set $end (i32.add (i32.shl (local.get $n) (i32.const 3)) (i32.const {{PCG_OUT}})))
    (if (local.get $mode)
      (then
        (loop $doubles
          {{include pcg64Step}}
          (f64.store
            (local.get $at)
            (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $out) (i64.const 11))) (f64.const 0x1p-53)))
          (br_if $doubles (i32.lt_u (local.tee $at (i32.add (local.get $at) (i32.const 8))) (local.get $end)))))
      (else
        (loop $raw
          {{include pcg64Step}}
          (i64.store (local.get $at) (local.get $out))
          (br_if $raw (i32.lt_u (local.tee $at (i32.add (local.get $at) (i32.const 8))) (local.get $end))))))
    {{include pcg64Store}})

  ;; `lemire(n, rng, low)`: `buffered_bounded_lemire_uint32` n times (distributions.c) into
  ;; PCG_OUT: x = next32, m = x·(rng + 1) as 64 bits; while low32(m) < (2**32 - (rng + 1)) mod
  ;; (rng + 1) (tested only when low32(m) < rng + 1) draw again; the value is low + high32(m).
  ;; The buffered half-word lives at PCG_HALF (has_uint32, uinteger) between calls.
  (func $lemire (export "lemire") (param $n i32) (param $rng i32) (param $low i32)
    {{include pcg64Locals}}
    (local $i i32) (local $draw i32) (local $hasHalf i32) (local $half i32)
    (local $excl i32)       ;; rng + 1
    (local $threshold i32)  ;; (2**32 - excl) mod excl
    (local $m i64) (local $left i32)
    {{include pcg64Load}}
    (local.set $hasHalf (i32.load (i32.const {{PCG_HALF}})))
    (local.set $half (i32.load offset=4 (i32.const {{PCG_HALF}})))
    (local.set $excl (i32.add (local.get $rng) (i32.const 1)))
    (local.set $threshold (i32.rem_u (i32.sub (i32.const 0) (local.get $excl)) (local.get $excl)))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        {{include pcg64Next32}}
        (if (i32.lt_u (local.get $left) (local.get $excl))
          (then
            (block $accepted
              (loop $retry
                (br_if $accepted (i32.ge_u (local.get $left) (local.get $threshold)))
                {{include pcg64Next32}}
                (br $retry)))))
        (i32.store offset={{PCG_OUT}}
          (i32.shl (local.get $i) (i32.const 2))
          (i32.add (local.get $low) (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    {{include pcg64Store}}
    (i32.store (i32.const {{PCG_HALF}}) (local.get $hasHalf))
    (i32.store offset=4 (i32.const {{PCG_HALF}}) (local.get $half)))

  ;; `normals(n)`: n values of `random_standard_normal` (distributions.c) into PCG_OUT, as
  ;; generator/randomStandardNormal.ts: one 64-bit draw per try — layer idx = bits 0–7, sign =
  ;; bit 8, rabs = bits 9–60, accepted when rabs < ki[idx] with x = ±rabs·wi[idx] (integers below
  ;; 2**53: comparing and multiplying them as doubles is exact). Layer 0 is the tail (glibc's
  ;; log1p); other layers compare a uniform point of the wedge with exp(-x²/2) as libm/exp.ts's
  ;; `lessThanExp` does (Math.exp when clearly apart, else glibc's exp).
  (func $normals (export "normals") (param $n i32)
    {{include pcg64Locals}}
    {{include zigguratLocals}}
    {{include pcg64Load}}
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (block $accept  ;; leaves with the value in $v
          (loop $try
            {{include pcg64Step}}
            (local.set $lo (i32.wrap_i64 (local.get $out)))
            (local.set $idx (i32.and (local.get $lo) (i32.const 0xff)))
            (local.set $f (f64.convert_i64_s (i64.and (i64.shr_u (local.get $out) (i64.const 9)) (i64.const 0xfffffffffffff))))
            (local.set $v (f64.mul (local.get $f) (f64.load offset={{WI_AT}} (i32.shl (local.get $idx) (i32.const 3)))))
            (if (i32.and (local.get $lo) (i32.const 0x100)) (then (local.set $v (f64.neg (local.get $v)))))
            (br_if $accept (f64.lt (local.get $f) (f64.load offset={{KI_AT}} (i32.shl (local.get $idx) (i32.const 3)))))
            (block $wedge
              (br_if $wedge (local.get $idx))
              ;; layer 0: the tail beyond r, by Marsaglia's method
              (loop $tail
                (local.set $xx
                  (f64.mul
                    (f64.neg (f64.load offset={{ZIG_CONSTS_AT + 8}} (i32.const 0)))  ;; -1/r
                    (call $log1p (f64.neg {{include pcg64NextDouble}}))))
                (local.set $yy (f64.neg (call $log1p (f64.neg {{include pcg64NextDouble}}))))
                (if (f64.gt (f64.add (local.get $yy) (local.get $yy)) (f64.mul (local.get $xx) (local.get $xx)))
                  (then
                    (local.set $v (f64.add (f64.load offset={{ZIG_CONSTS_AT}} (i32.const 0)) (local.get $xx)))  ;; r + xx
                    (if (i32.and (i32.shr_u (local.get $lo) (i32.const 17)) (i32.const 1))
                      (then (local.set $v (f64.neg (local.get $v)))))
                    (br $accept)))
                (br $tail)))
            {{include zigguratWedge FT=(FI_AT) arg="(f64.mul (f64.mul (f64.const -0.5) (local.get $v)) (local.get $v))"}}))
        (f64.store offset={{PCG_OUT}} (i32.shl (local.get $i) (i32.const 3)) (local.get $v))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    {{include pcg64Store}})

  ;; `exponentials(n)`: n values of `random_standard_exponential` (distributions.c) into PCG_OUT,
  ;; as generator/randomStandardExponential.ts: idx = bits 3–10, ri = bits 11–63, accepted when
  ;; ri < ke[idx] with x = ri·we[idx]. Layer 0 is the tail r - log1p(-U); other layers compare a
  ;; uniform point of the wedge with exp(-x) as `normals` does.
  (func $exponentials (export "exponentials") (param $n i32)
    {{include pcg64Locals}}
    {{include zigguratLocals}}
    {{include pcg64Load}}
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (block $accept  ;; leaves with the value in $v
          (loop $try
            {{include pcg64Step}}
            (local.set $lo (i32.wrap_i64 (local.get $out)))
            (local.set $idx (i32.and (i32.shr_u (local.get $lo) (i32.const 3)) (i32.const 0xff)))
            (local.set $f (f64.convert_i64_s (i64.shr_u (local.get $out) (i64.const 11))))
            (local.set $v (f64.mul (local.get $f) (f64.load offset={{WE_AT}} (i32.shl (local.get $idx) (i32.const 3)))))
            (br_if $accept (f64.lt (local.get $f) (f64.load offset={{KE_AT}} (i32.shl (local.get $idx) (i32.const 3)))))
            (block $wedge
              (br_if $wedge (local.get $idx))
              ;; layer 0: the tail, r - log1p(-U)
              (local.set $v
                (f64.sub
                  (f64.load offset={{ZIG_CONSTS_AT + 16}} (i32.const 0))
                  (call $log1p (f64.neg {{include pcg64NextDouble}}))))
              (br $accept))
            {{include zigguratWedge FT=(FE_AT) arg="(f64.neg (local.get $v))"}}))
        (f64.store offset={{PCG_OUT}} (i32.shl (local.get $i) (i32.const 3)) (local.get $v))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    {{include pcg64Store}}))
