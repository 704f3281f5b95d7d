;; The ziggurat kernels' locals (after pcg64Locals).
(local $i i32)    ;; values made
(local $idx i32)  ;; the layer
(local $lo i32)   ;; the draw's low 32 bits
(local $f f64)    ;; the draw's magnitude, an integer below 2**53
(local $v f64)    ;; the value
(local $xx f64) (local $yy f64)  ;; the normal tail's
(local $lhs f64) (local $e f64) (local $arg f64)  ;; the wedge test's
