;; The locals of logScalar (after its argument and result), in this order.
(local $ix i64) (local $tmp i64) (local $idx i32)
(local $z f64) (local $invc f64) (local $logc f64) (local $r f64) (local $kd f64) (local $w f64) (local $hi f64)
(local $s f64) (local $rr f64) (local $r3 f64) (local $kl f64) (local $yf f64) (local $bound f64) (local $below f64)
(local $t f64) (local $zh f64) (local $zl f64) (local $ch f64) (local $cl f64) (local $p f64)
