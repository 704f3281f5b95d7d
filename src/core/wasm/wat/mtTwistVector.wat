;; One vector step of MT19937's twist: words k..k+3 (byte offset $at from the state) from words
;; k..k+4 and k+M..k+M+3 (byte offset `mOffset`, where k+M's words lie relative to $at):
;;   y = (mt[k] & UPPER) | (mt[k+1] & LOWER); mt[k] = mt[k+M] ^ (y >> 1) ^ (-(y & 1) & MATRIX_A)
local.get $at
(local.set $y
  (v128.or
    (v128.and (v128.load offset={{MT_KEY}} (local.get $at)) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
    (v128.and (v128.load offset={{MT_KEY + 4}} (local.get $at)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
(v128.xor
  (v128.xor (v128.load offset={{mOffset}} (local.get $at)) (i32x4.shr_u (local.get $y) (i32.const 1)))
  (v128.and
    (i32x4.sub (v128.const i32x4 0 0 0 0) (v128.and (local.get $y) (v128.const i32x4 1 1 1 1)))
    (v128.const i32x4 {{MT19937_MATRIX_A}} {{MT19937_MATRIX_A}} {{MT19937_MATRIX_A}} {{MT19937_MATRIX_A}})))
v128.store offset={{MT_KEY}}
