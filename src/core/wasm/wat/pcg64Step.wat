;; One step of PCG64: `pcg_setseq_128_step_r` + `pcg_output_xsl_rr_128_64`
;; (numpy/random/src/pcg64/pcg64.h). state = state·MUL + inc mod 2**128 on 64-bit halves —
;; low = lo(s_lo·M_lo) + inc_lo, high = hi(s_lo·M_lo) + s_lo·M_hi + s_hi·M_lo + inc_hi + carry,
;; with hi(s_lo·M_lo) (the high 64 bits of a 64×64 product) from four 32×32 products — then
;; $out = rotr64(high ^ low, high >> 58). MUL is PCG64_MULTIPLIER (bitgen/pcg64.ts).
(local.set $a0 (i64.and (local.get $stateLo) (i64.const 0xffffffff)))
(local.set $a1 (i64.shr_u (local.get $stateLo) (i64.const 32)))
(local.set $t0 (i64.mul (local.get $a0) (i64.const {{PCG64_MULTIPLIER & 0xffffffffn}})))
(local.set $t1
  (i64.add (i64.mul (local.get $a1) (i64.const {{PCG64_MULTIPLIER & 0xffffffffn}})) (i64.shr_u (local.get $t0) (i64.const 32))))
(local.set $t2
  (i64.add (i64.mul (local.get $a0) (i64.const {{(PCG64_MULTIPLIER >> 32n) & 0xffffffffn}})) (i64.and (local.get $t1) (i64.const 0xffffffff))))
(local.set $stateHi
  (i64.add
    (i64.add
      (i64.add
        (i64.add
          (i64.add
            (i64.add
              (i64.mul (local.get $a1) (i64.const {{(PCG64_MULTIPLIER >> 32n) & 0xffffffffn}}))
              (i64.shr_u (local.get $t1) (i64.const 32)))
            (i64.shr_u (local.get $t2) (i64.const 32)))
          (i64.mul (local.get $stateLo) (i64.const {{PCG64_MULTIPLIER >> 64n}})))
        (i64.mul (local.get $stateHi) (i64.const {{PCG64_MULTIPLIER & 0xffffffffffffffffn}})))
      (local.get $incHi))
    (i64.extend_i32_u  ;; the carry of the low half
      (i64.lt_u
        (local.tee $productLo
          (i64.add (i64.mul (local.get $stateLo) (i64.const {{PCG64_MULTIPLIER & 0xffffffffffffffffn}})) (local.get $incLo)))
        (local.get $incLo)))))
(local.set $stateLo (local.get $productLo))
(local.set $out (i64.rotr (i64.xor (local.get $stateHi) (local.get $stateLo)) (i64.shr_u (local.get $stateHi) (i64.const 58))))
