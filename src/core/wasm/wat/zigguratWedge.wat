;; A wedge test of the ziggurats (in `loop $try` inside `block $accept`): accept $v when a uniform
;; point between the layer's edges, f[idx-1] + U·(f[idx-1] - f[idx])... as NumPy: lhs = (f[idx-1]
;; - f[idx])·U + f[idx], lies below the density at $v, exp({{arg}}); decided as libm/exp.ts's
;; `lessThanExp`: Math.exp (imported fastExp) when lhs is clearly apart from it, else glibc's exp.
;; FT: the f table's address (FI_AT or FE_AT).
(local.set $lhs
  (f64.add
    (f64.mul
      (f64.sub
        (f64.load offset={{FT}} (i32.shl (i32.sub (local.get $idx) (i32.const 1)) (i32.const 3)))
        (f64.load offset={{FT}} (i32.shl (local.get $idx) (i32.const 3))))
      {{include pcg64NextDouble}})
    (f64.load offset={{FT}} (i32.shl (local.get $idx) (i32.const 3)))))
(local.set $arg {{arg}})
(local.set $e (call $fastExp (local.get $arg)))
(br_if $accept (f64.lt (local.get $lhs) (f64.mul (local.get $e) (f64.const {{1 - COMPARE_MARGIN}}))))
(br_if $try (f64.gt (local.get $lhs) (f64.mul (local.get $e) (f64.const {{1 + COMPARE_MARGIN}}))))
(br_if $accept (f64.lt (local.get $lhs) (call $exp (local.get $arg))))
(br $try)
