;; `{{lg}} = log({{x}})` for a normal 0 < x <= 1 (x = 1 gives +0, as glibc's early return),
;; bit-for-bit glibc's (see libm/log.ts): the fast paths of its two branches — the same operations
;; as `log`'s (wasm's f64 arithmetic is IEEE's without contraction, as JavaScript's) — and the
;; imported glibc `log` when a fast path cannot decide the rounding. Uses the locals of
;; logScalarLocals and glibc's table at MT_LOG_TAB (per entry: invc, logc, invc's Veltkamp halves).
(if (f64.ge (local.get {{x}}) (f64.const 0.9375))
  (then
    ;; the near-1 branch, its fast path as nearOneFast in libm/log.ts; its locals reuse the main
    ;; branch's: $t = the polynomial's inner sum, $zh/$zl = r's high/low halves, $ch = rhi²,
    ;; $s = lo, $kl = the cross term
    (local.set $r (f64.sub (local.get {{x}}) (f64.const 1)))
    (local.set $rr (f64.mul (local.get $r) (local.get $r)))
    (local.set $r3 (f64.mul (local.get $r) (local.get $rr)))
    (local.set $t
      (f64.add
        (f64.add
          (f64.mul (local.get $rr) (f64.const {{LOG_POLY1[3]}}))
          (f64.add (f64.mul (local.get $r) (f64.const {{LOG_POLY1[2]}})) (f64.const {{LOG_POLY1[1]}})))
        (f64.mul
          (local.get $r3)
          (f64.add
            (f64.mul
              (local.get $r3)
              (f64.add
                (f64.mul (local.get $r3) (f64.const {{LOG_POLY1[10]}}))
                (f64.add
                  (f64.mul (local.get $rr) (f64.const {{LOG_POLY1[9]}}))
                  (f64.add (f64.mul (local.get $r) (f64.const {{LOG_POLY1[8]}})) (f64.const {{LOG_POLY1[7]}})))))
            (f64.add
              (f64.mul (local.get $rr) (f64.const {{LOG_POLY1[6]}}))
              (f64.add (f64.mul (local.get $r) (f64.const {{LOG_POLY1[5]}})) (f64.const {{LOG_POLY1[4]}})))))))
    (local.set $w (f64.mul (local.get $r) (f64.const 134217728)))
    (local.set $zh (f64.sub (f64.add (local.get $r) (local.get $w)) (local.get $w)))
    (local.set $zl (f64.sub (local.get $r) (local.get $zh)))
    (local.set $ch (f64.mul (local.get $zh) (local.get $zh)))
    (local.set $hi (f64.add (local.get $r) (f64.mul (local.get $ch) (f64.const {{LOG_POLY1[0]}}))))
    (local.set $s (f64.add (f64.sub (local.get $r) (local.get $hi)) (f64.mul (local.get $ch) (f64.const {{LOG_POLY1[0]}}))))
    (local.set $kl (f64.mul (f64.mul (f64.const {{LOG_POLY1[0]}}) (local.get $zl)) (f64.add (local.get $zh) (local.get $r))))
    (local.set $yf (f64.add (f64.mul (local.get $r3) (local.get $t)) (f64.add (local.get $kl) (local.get $s))))
    (local.set $bound
      (f64.mul
        (f64.add (f64.add (f64.mul (f64.const 0.4) (f64.abs (local.get $r3))) (f64.abs (local.get $s))) (f64.abs (local.get $kl)))
        (f64.const 0x1p-48)))
    (local.set $below (f64.add (local.get $hi) (f64.sub (local.get $yf) (local.get $bound))))
    (if (f64.eq (local.get $below) (f64.add (local.get $hi) (f64.add (local.get $yf) (local.get $bound))))
      (then (local.set {{lg}} (local.get $below)))
      (else (local.set {{lg}} (call $glibcLog (local.get {{x}}))))))
  (else
    ;; the main branch: ix = bits of x; tmp = ix - OFF; i = (tmp >> 45) & 127 (as a byte offset
    ;; of 32-byte table rows); k = tmp >> 52; z = ix - (tmp & (0xfff << 52))
    (local.set $ix (i64.reinterpret_f64 (local.get {{x}})))
    (local.set $tmp (i64.sub (local.get $ix) (i64.const 0x3fe6000000000000)))
    (local.set $idx (i32.shl (i32.and (i32.wrap_i64 (i64.shr_u (local.get $tmp) (i64.const 45))) (i32.const 127)) (i32.const 5)))
    (local.set $z (f64.reinterpret_i64 (i64.sub (local.get $ix) (i64.and (local.get $tmp) (i64.const 0xfff0000000000000)))))
    (local.set $kd (f64.convert_i32_s (i32.wrap_i64 (i64.shr_s (local.get $tmp) (i64.const 52)))))
    (local.set $invc (f64.load offset={{MT_LOG_TAB}} (local.get $idx)))
    (local.set $logc (f64.load offset={{MT_LOG_TAB + 8}} (local.get $idx)))
    (local.set $ch (f64.load offset={{MT_LOG_TAB + 16}} (local.get $idx))) ;; t - (t - invc), t = SPLITTER·invc
    (local.set $cl (f64.load offset={{MT_LOG_TAB + 24}} (local.get $idx))) ;; invc - ch
    {{include logMainTail T=f64 L=$}}
    (if (f64.eq (local.get $below) {{include logMainAbove T=f64 L=$}})
      (then (local.set {{lg}} (local.get $below)))
      (else (local.set {{lg}} (call $glibcLog (local.get {{x}})))))))
