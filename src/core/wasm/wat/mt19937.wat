;; The MT19937 kernel: NumPy's legacy RandomState in bulk (kernels.ts runs it; the layout of its
;; memory is kernelLayout.ts's). Compiled by scripts/tables/gen_wasm_kernels.js into
;; kernelBytes.ts; the double-braced names are that script's constants and fragments (wat/*.wat).
(module
  ;; glibc's log (libm/log.ts), for the values log's fast paths cannot round
  (import "env" "log" (func $glibcLog (param f64) (result f64)))
  (memory (export "memory") 1)

  ;; `regen()`: MT19937's twist (Matsumoto & Nishimura; numpy/random/src/mt19937/mt19937.c
  ;; `mt19937_gen`) four words at a time, then the tempering of all 624 words into MT_TW. Words
  ;; 0..226 combine old words only (k+1, k+M); words 227..622 read word k+M-N, already new and at
  ;; least 227 behind, so 4-wide steps see the same values as the scalar loop. 227 = 4·56 + 3 and
  ;; 396 = 4·99: 56 vector steps, 3 scalar, 99 vector, then word 623 (which wraps to word 0).
  (func $regen (export "regen")
    (local $at i32)  ;; the byte offset of word k
    (local $y v128)  ;; four words' y, then their tempering
    (local $y1 i32)  ;; one word's y
    (local.set $at (i32.const 0))
    (loop $lowWords
      {{include mtTwistVector mOffset=(MT_KEY+4*MT19937_M)}}
      (br_if $lowWords (i32.lt_u (local.tee $at (i32.add (local.get $at) (i32.const 16))) (i32.const {{4 * 224}}))))
    {{include mtTwistScalar at=(MT_KEY+4*224) next=(MT_KEY+4*225) km=(MT_KEY+4*(224+MT19937_M))}}
    {{include mtTwistScalar at=(MT_KEY+4*225) next=(MT_KEY+4*226) km=(MT_KEY+4*(225+MT19937_M))}}
    {{include mtTwistScalar at=(MT_KEY+4*226) next=(MT_KEY+4*227) km=(MT_KEY+4*(226+MT19937_M))}}
    (local.set $at (i32.const {{4 * 227}}))
    (loop $highWords
      {{include mtTwistVector mOffset=(MT_KEY-4*(MT19937_N-MT19937_M))}}
      (br_if $highWords (i32.lt_u (local.tee $at (i32.add (local.get $at) (i32.const 16))) (i32.const {{4 * 623}}))))
    {{include mtTwistScalar at=(MT_KEY+4*623) next=(MT_KEY) km=(MT_KEY+4*(MT19937_M-1))}}
    ;; tempering (mt19937.c `mt19937_next`): y ^= y >> 11; y ^= (y << 7) & B; y ^= (y << 15) & C; y ^= y >> 18
    (local.set $at (i32.const 0))
    (loop $temper
      (local.set $y (v128.load offset={{MT_KEY}} (local.get $at)))
      (local.set $y (v128.xor (local.get $y) (i32x4.shr_u (local.get $y) (i32.const 11))))
      (local.set $y
        (v128.xor (local.get $y)
          (v128.and (i32x4.shl (local.get $y) (i32.const 7))
            (v128.const i32x4 {{MT19937_TEMPER_B}} {{MT19937_TEMPER_B}} {{MT19937_TEMPER_B}} {{MT19937_TEMPER_B}}))))
      (local.set $y
        (v128.xor (local.get $y)
          (v128.and (i32x4.shl (local.get $y) (i32.const 15))
            (v128.const i32x4 {{MT19937_TEMPER_C}} {{MT19937_TEMPER_C}} {{MT19937_TEMPER_C}} {{MT19937_TEMPER_C}}))))
      (v128.store offset={{MT_TW}} (local.get $at) (v128.xor (local.get $y) (i32x4.shr_u (local.get $y) (i32.const 18))))
      (br_if $temper (i32.lt_u (local.tee $at (i32.add (local.get $at) (i32.const 16))) (i32.const {{4 * MT19937_N}})))))

  ;; `doubles(pos, count)`: `count` doubles (`mt19937_next_double`) from the tempered words
  ;; pos, pos + 1, … into MT_OUT, two per step from four words ([a0 b0 a1 b1] → [a0 a1 b0 b1]).
  (func $doubles (export "doubles") (param $pos i32) (param $count i32)
    (local $out i32)     ;; byte offset in MT_OUT
    (local $words v128)  ;; four words, as [a0 a1 b0 b1]
    (local $in i32)      ;; byte offset in MT_TW
    (if (i32.eqz (local.get $count)) (then return))
    (local.set $in (i32.shl (local.get $pos) (i32.const 2)))
    (local.set $out (i32.const 0))
    (loop $pair
      (local.set $words
        (i8x16.shuffle 0 1 2 3 8 9 10 11 4 5 6 7 12 13 14 15
          (v128.load offset={{MT_TW}} (local.get $in)) (v128.load offset={{MT_TW}} (local.get $in))))
      local.get $out
      (f64x2.mul
        (f64x2.add
          (f64x2.mul
            (f64x2.convert_low_i32x4_u (i32x4.shr_u (local.get $words) (i32.const 5)))
            (v128.const f64x2 67108864 67108864))
          (f64x2.convert_low_i32x4_u
            (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
              (i32x4.shr_u (local.get $words) (i32.const 6)) (local.get $words))))
        (v128.const f64x2 0x1p-53 0x1p-53))
      v128.store offset={{MT_OUT}}
      (local.set $in (i32.add (local.get $in) (i32.const 16)))
      (br_if $pair
        (i32.lt_u (local.tee $out (i32.add (local.get $out) (i32.const 16))) (i32.shl (local.get $count) (i32.const 3))))))

  ;; `masked(pos, need, rng, mask, low) -> kept`: NumPy's masked rejection (`random_buffered_bounded_uint32`
  ;; with a mask): from word pos on, keep `low + (w & mask)` when `(w & mask) <= rng`, until `need`
  ;; are kept or the block ends; the next word's index goes to MT_POS.
  (func $masked (export "masked") (param $pos i32) (param $need i32) (param $rng i32) (param $mask i32) (param $low i32) (result i32)
    (local $kept i32)
    (local $value i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $pos) (i32.const {{MT19937_N}})))
        (br_if $done (i32.ge_u (local.get $kept) (local.get $need)))
        (if (i32.le_u
              (local.tee $value (i32.and (i32.load offset={{MT_TW}} (i32.shl (local.get $pos) (i32.const 2))) (local.get $mask)))
              (local.get $rng))
          (then
            (i32.store offset={{MT_OUT}} (i32.shl (local.get $kept) (i32.const 2)) (i32.add (local.get $value) (local.get $low)))
            (local.set $kept (i32.add (local.get $kept) (i32.const 1)))))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (br $next)))
    (i32.store (i32.const {{MT_POS}}) (local.get $pos))
    (local.get $kept))

  ;; `polar(pos, pairs) -> made`: `legacy_gauss`'s polar method (legacy-distributions.c) on the
  ;; block from word pos, making up to `pairs` pairs (f·x2, f·x1) into MT_OUT while a whole try
  ;; (4 words) is left in the block; the next word's index goes to MT_POS. log(r2) is glibc's.
  (func $polar (export "polar") (param $pos i32) (param $pairs i32) (result i32)
    (local $made i32)
    (local $x1 f64) (local $x2 f64) (local $r2 f64) (local $lg f64) (local $f f64)
    {{include logScalarLocals}}
    (block $done
      (loop $try
        (br_if $done (i32.ge_u (local.get $made) (local.get $pairs)))
        (br_if $done (i32.gt_u (local.get $pos) (i32.const {{MT19937_N - 4}})))
        (local.set $x1 (f64.sub (f64.mul (f64.const 2) {{include mtBlockDouble word="(local.get $pos)"}}) (f64.const 1)))
        (local.set $x2
          (f64.sub (f64.mul (f64.const 2) {{include mtBlockDouble word="(i32.add (local.get $pos) (i32.const 2))"}}) (f64.const 1)))
        (local.set $pos (i32.add (local.get $pos) (i32.const 4)))
        (local.set $r2 (f64.add (f64.mul (local.get $x1) (local.get $x1)) (f64.mul (local.get $x2) (local.get $x2))))
        (br_if $try (f64.ge (local.get $r2) (f64.const 1)))
        (br_if $try (f64.eq (local.get $r2) (f64.const 0)))
        {{include logScalar x=$r2 lg=$lg}}
        (local.set $f (f64.sqrt (f64.div (f64.mul (f64.const -2) (local.get $lg)) (local.get $r2))))
        (f64.store offset={{MT_OUT}} (i32.shl (local.get $made) (i32.const 4)) (f64.mul (local.get $f) (local.get $x2)))
        (f64.store offset={{MT_OUT + 8}} (i32.shl (local.get $made) (i32.const 4)) (f64.mul (local.get $f) (local.get $x1)))
        (local.set $made (i32.add (local.get $made) (i32.const 1)))
        (br $try)))
    (i32.store (i32.const {{MT_POS}}) (local.get $pos))
    (local.get $made))

  ;; `exponentials(pos, count, scale) -> made`: `legacy_exponential` (legacy-distributions.c),
  ;; scale·-log(1 - U) with U the double of words pos, pos + 1 (`legacy_double`) and glibc's log
  ;; (1 - U is in [2**-53, 1]), into MT_OUT from word pos on, up to `count` values while two words
  ;; are left in the block; the next word's index goes to MT_POS. scale = 1 gives
  ;; `legacy_standard_exponential` (1·v is v). Two values at a time with f64x2 lanes when both
  ;; take log's main branch (1 - U < 0.9375; 88% of pairs): the same operations as logScalar's,
  ;; lane by lane, and the imported log for a lane whose fast path cannot decide. Otherwise one
  ;; value with logScalar.
  (func $exponentials (export "exponentials") (param $pos i32) (param $count i32) (param $scale f64) (result i32)
    (local $made i32) (local $x f64) (local $lg f64)
    {{include logScalarLocals}}
    (local $idx0 i32) (local $idx1 i32)  ;; the two lanes' table rows (byte offsets)
    (local $vscale v128) (local $vx v128) (local $vtmp v128) (local $va v128) (local $vb v128) (local $vabove v128)
    ;; logMainTail's locals, two lanes each
    (local $v.z v128) (local $v.invc v128) (local $v.logc v128) (local $v.ch v128) (local $v.cl v128) (local $v.kd v128)
    (local $v.p v128) (local $v.t v128) (local $v.zh v128) (local $v.zl v128) (local $v.r v128) (local $v.w v128)
    (local $v.hi v128) (local $v.s v128) (local $v.rr v128) (local $v.r3 v128) (local $v.kl v128) (local $v.yf v128)
    (local $v.bound v128) (local $v.below v128)
    (local.set $vscale (f64x2.splat (local.get $scale)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $made) (local.get $count)))
        (br_if $done (i32.gt_u (local.get $pos) (i32.const {{MT19937_N - 2}})))
        (block $one
          (br_if $one (i32.lt_u (i32.sub (local.get $count) (local.get $made)) (i32.const 2)))
          (br_if $one (i32.gt_u (local.get $pos) (i32.const {{MT19937_N - 4}})))
          ;; x = 1 - U for words pos..pos+3, as `doubles` makes U
          (local.set $va
            (i8x16.shuffle 0 1 2 3 8 9 10 11 4 5 6 7 12 13 14 15
              (v128.load offset={{MT_TW}} (i32.shl (local.get $pos) (i32.const 2)))
              (v128.load offset={{MT_TW}} (i32.shl (local.get $pos) (i32.const 2)))))
          (local.set $vx
            (f64x2.sub
              (v128.const f64x2 1 1)
              (f64x2.mul
                (f64x2.add
                  (f64x2.mul (f64x2.convert_low_i32x4_u (i32x4.shr_u (local.get $va) (i32.const 5))) (v128.const f64x2 67108864 67108864))
                  (f64x2.convert_low_i32x4_u
                    (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
                      (i32x4.shr_u (local.get $va) (i32.const 6)) (local.get $va))))
                (v128.const f64x2 0x1p-53 0x1p-53))))
          (br_if $one (v128.any_true (f64x2.ge (local.get $vx) (v128.const f64x2 0.9375 0.9375))))
          ;; log's main branch on both lanes: tmp = ix - OFF; i = (tmp >> 45) & 127; k = tmp >> 52;
          ;; z = ix - (tmp & (0xfff << 52))
          (local.set $vtmp (i64x2.sub (local.get $vx) (v128.const i64x2 0x3fe6000000000000 0x3fe6000000000000)))
          (local.set $va
            (i64x2.shl (v128.and (i64x2.shr_u (local.get $vtmp) (i32.const 45)) (v128.const i64x2 127 127)) (i32.const 5)))
          (local.set $idx0 (i32x4.extract_lane 0 (local.get $va)))
          (local.set $idx1 (i32x4.extract_lane 2 (local.get $va)))
          (local.set $v.z
            (i64x2.sub (local.get $vx) (v128.and (local.get $vtmp) (v128.const i64x2 0xfff0000000000000 0xfff0000000000000))))
          (local.set $v.kd  ;; each i64 lane's low i32, to lanes 0, 1
            (f64x2.convert_low_i32x4_s
              (i8x16.shuffle 0 1 2 3 8 9 10 11 0 1 2 3 8 9 10 11 (i64x2.shr_s (local.get $vtmp) (i32.const 52)) (local.get $vtmp))))
          ;; the table rows of both lanes: (invc, logc) and (ch, cl), transposed into lanes
          (local.set $va (v128.load offset={{MT_LOG_TAB}} (local.get $idx0)))
          (local.set $vb (v128.load offset={{MT_LOG_TAB}} (local.get $idx1)))
          (local.set $v.invc (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $va) (local.get $vb)))
          (local.set $v.logc (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $va) (local.get $vb)))
          (local.set $va (v128.load offset={{MT_LOG_TAB + 16}} (local.get $idx0)))
          (local.set $vb (v128.load offset={{MT_LOG_TAB + 16}} (local.get $idx1)))
          (local.set $v.ch (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $va) (local.get $vb)))
          (local.set $v.cl (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $va) (local.get $vb)))
          {{include logMainTail T=f64x2 L=$v.}}
          (if (i64x2.all_true (f64x2.eq (local.tee $vabove {{include logMainAbove T=f64x2 L=$v.}}) (local.get $v.below)))
            (then)
            (else
              {{include logDecideLane lane=0}}
              {{include logDecideLane lane=1}}))
          (v128.store offset={{MT_OUT}}
            (i32.shl (local.get $made) (i32.const 3))
            (f64x2.mul (local.get $vscale) (f64x2.neg (local.get $v.below))))
          (local.set $pos (i32.add (local.get $pos) (i32.const 4)))
          (local.set $made (i32.add (local.get $made) (i32.const 2)))
          (br $next))
        ;; one value
        (local.set $x (f64.sub (f64.const 1) {{include mtBlockDouble word="(local.get $pos)"}}))
        (local.set $pos (i32.add (local.get $pos) (i32.const 2)))
        {{include logScalar x=$x lg=$lg}}
        (f64.store offset={{MT_OUT}} (i32.shl (local.get $made) (i32.const 3)) (f64.mul (local.get $scale) (f64.neg (local.get $lg))))
        (local.set $made (i32.add (local.get $made) (i32.const 1)))
        (br $next)))
    (i32.store (i32.const {{MT_POS}}) (local.get $pos))
    (local.get $made)))
