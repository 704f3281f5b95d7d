;; One scalar step of MT19937's twist: the word at byte address `at` from the words at `at`,
;; `next` (the word after it) and `km` (the word M after it, mod N); $y1 is scratch.
(i32.const {{at}})
(local.set $y1
  (i32.or
    (i32.and (i32.load (i32.const {{at}})) (i32.const 0x80000000))
    (i32.and (i32.load (i32.const {{next}})) (i32.const 0x7fffffff))))
(i32.xor
  (i32.xor (i32.load (i32.const {{km}})) (i32.shr_u (local.get $y1) (i32.const 1)))
  (i32.and
    (i32.sub (i32.const 0) (i32.and (local.get $y1) (i32.const 1)))
    (i32.const {{MT19937_MATRIX_A}})))
i32.store
