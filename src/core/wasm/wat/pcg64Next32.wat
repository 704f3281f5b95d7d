;; `pcg64_next32` into $draw: the buffered high half if there is one, else a step whose low half
;; is returned and high half buffered; then $m = $draw·$excl (64 bits) and $left = low32($m).
(if (local.get $hasHalf)
  (then
    (local.set $draw (local.get $half))
    (local.set $hasHalf (i32.const 0)))
  (else
    {{include pcg64Step}}
    (local.set $draw (i32.wrap_i64 (local.get $out)))
    (local.set $half (i32.wrap_i64 (i64.shr_u (local.get $out) (i64.const 32))))
    (local.set $hasHalf (i32.const 1))))
(local.set $left
  (i32.wrap_i64 (local.tee $m (i64.mul (i64.extend_i32_u (local.get $draw)) (i64.extend_i32_u (local.get $excl))))))
