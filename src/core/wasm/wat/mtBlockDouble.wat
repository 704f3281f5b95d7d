;; `mt19937_next_double` of the tempered words `word` and `word` + 1 (`word`: the instructions
;; leaving the word's index): ((a >> 5)·2**26 + (b >> 6))·2**-53.
(f64.mul
  (f64.add
    (f64.mul
      (f64.convert_i32_u (i32.shr_u (i32.load offset={{MT_TW}} (i32.shl {{word}} (i32.const 2))) (i32.const 5)))
      (f64.const 67108864))
    (f64.convert_i32_u (i32.shr_u (i32.load offset={{MT_TW + 4}} (i32.shl {{word}} (i32.const 2))) (i32.const 6))))
  (f64.const 0x1p-53))
