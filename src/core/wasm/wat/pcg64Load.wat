;; The generator's state and increment from memory (PCG_STATE: state lo, hi, inc lo, hi).
(local.set $stateLo (i64.load (i32.const {{PCG_STATE}})))
(local.set $stateHi (i64.load offset=8 (i32.const {{PCG_STATE}})))
(local.set $incLo (i64.load offset=16 (i32.const {{PCG_STATE}})))
(local.set $incHi (i64.load offset=24 (i32.const {{PCG_STATE}})))
