;; The generator's state back to memory (the increment does not change).
(i64.store (i32.const {{PCG_STATE}}) (local.get $stateLo))
(i64.store offset=8 (i32.const {{PCG_STATE}}) (local.get $stateHi))
