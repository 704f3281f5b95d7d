;; `next_double`: a step, then (out >> 11)·2**-53 — the 53-bit integer converted as a signed one
;; (exact, and cheaper than the unsigned conversion). Leaves the double on the stack.
{{include pcg64Step}}
(f64.mul (f64.convert_i64_s (i64.shr_u (local.get $out) (i64.const 11))) (f64.const 0x1p-53))
