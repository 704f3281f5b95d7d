;; The upper end of log's fast path, hi + (yf + bound) (see logMainTail; same T and L).
({{T}}.add (local.get {{L}}hi) ({{T}}.add (local.get {{L}}yf) (local.get {{L}}bound)))
