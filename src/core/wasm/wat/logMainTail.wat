;; The arithmetic of glibc log's main branch (libm/log.ts) from z, 1/c, log(c), 1/c's Veltkamp
;; halves ch, cl and k (as a double) to the fast path's `below` = hi + (yf - bound); the result is
;; `below` when it equals logMainAbove's hi + (yf + bound). T: f64 (one log) or f64x2 (two, lane
;; by lane: SIMD arithmetic is IEEE's, as the scalar). L: the locals' name prefix (`$` or `$v.`).
;; r = fma(z, invc, -1) exactly (Dekker's product; Sterbenz)
(local.set {{L}}p ({{T}}.mul (local.get {{L}}z) (local.get {{L}}invc)))
(local.set {{L}}t ({{T}}.mul ({{const SPLITTER}}) (local.get {{L}}z)))
(local.set {{L}}zh ({{T}}.sub (local.get {{L}}t) ({{T}}.sub (local.get {{L}}t) (local.get {{L}}z))))
(local.set {{L}}zl ({{T}}.sub (local.get {{L}}z) (local.get {{L}}zh)))
(local.set {{L}}r
  ({{T}}.add
    ({{T}}.sub (local.get {{L}}p) ({{const 1}}))
    ({{T}}.add
      ({{T}}.add
        ({{T}}.add
          ({{T}}.sub ({{T}}.mul (local.get {{L}}zh) (local.get {{L}}ch)) (local.get {{L}}p))
          ({{T}}.mul (local.get {{L}}zh) (local.get {{L}}cl)))
        ({{T}}.mul (local.get {{L}}zl) (local.get {{L}}ch)))
      ({{T}}.mul (local.get {{L}}zl) (local.get {{L}}cl)))))
;; hi + lo = k·ln2hi + log(c) + r; the polynomial A0·r² + … A4·r⁶
(local.set {{L}}w ({{T}}.add ({{T}}.mul (local.get {{L}}kd) ({{const LOG_LN2HI}})) (local.get {{L}}logc)))
(local.set {{L}}hi ({{T}}.add (local.get {{L}}w) (local.get {{L}}r)))
(local.set {{L}}s ({{T}}.add ({{T}}.sub (local.get {{L}}w) (local.get {{L}}hi)) (local.get {{L}}r)))
(local.set {{L}}rr ({{T}}.mul (local.get {{L}}r) (local.get {{L}}r)))
(local.set {{L}}r3 ({{T}}.mul (local.get {{L}}r) (local.get {{L}}rr)))
(local.set {{L}}kl ({{T}}.mul (local.get {{L}}kd) ({{const LOG_LN2LO}})))
(local.set {{L}}yf
  ({{T}}.add
    ({{T}}.mul
      (local.get {{L}}r3)
      ({{T}}.add
        ({{T}}.mul ({{T}}.add ({{T}}.mul (local.get {{L}}r) ({{const LOG_POLY[4]}})) ({{const LOG_POLY[3]}})) (local.get {{L}}rr))
        ({{T}}.add ({{T}}.mul (local.get {{L}}r) ({{const LOG_POLY[2]}})) ({{const LOG_POLY[1]}}))))
    ({{T}}.add ({{T}}.mul (local.get {{L}}rr) ({{const LOG_POLY[0]}})) ({{T}}.add (local.get {{L}}kl) (local.get {{L}}s)))))
;; the error bound of glibc's fast path, and its lower end
(local.set {{L}}bound
  ({{T}}.mul
    ({{T}}.add
      ({{T}}.add
        ({{T}}.add
          ({{T}}.mul ({{const 0.34}}) ({{T}}.abs (local.get {{L}}r3)))
          ({{T}}.mul ({{const 0.51}}) (local.get {{L}}rr)))
        ({{T}}.abs (local.get {{L}}kl)))
      ({{T}}.abs (local.get {{L}}s)))
    ({{const 2 ** -48}})))
(local.set {{L}}below ({{T}}.add (local.get {{L}}hi) ({{T}}.sub (local.get {{L}}yf) (local.get {{L}}bound))))
