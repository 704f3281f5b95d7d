;; The locals every PCG64 function has after its parameters: the state and increment (128 bits
;; each, as 64-bit halves), the step's output, and the step's scratch (pcg64Step).
(local $stateLo i64) (local $stateHi i64) (local $incLo i64) (local $incHi i64)
(local $out i64)  ;; the step's 64-bit output
(local $a0 i64) (local $a1 i64) (local $t0 i64) (local $t1 i64) (local $t2 i64) (local $productLo i64)
