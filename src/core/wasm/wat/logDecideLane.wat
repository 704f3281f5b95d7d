;; exponentials' SIMD log, lane {{lane}}: keep $v.below's lane when it equals $vabove's (the fast
;; path decided), else the imported glibc log of $vx's lane.
(if (f64.eq (f64x2.extract_lane {{lane}} (local.get $v.below)) (f64x2.extract_lane {{lane}} (local.get $vabove)))
  (then)
  (else
    (local.set $v.below
      (f64x2.replace_lane {{lane}} (local.get $v.below) (call $glibcLog (f64x2.extract_lane {{lane}} (local.get $vx)))))))
