"""Pinned fixture cases for the `python` engine (CPython 3.11 `random.seed(s)` then `random.<call>`).

`CASES = [(seed_text, call_text, n), ...]` is read by scripts/make_fixtures.py, which evaluates
each case with scripts/reference.py and writes test/fixtures/python.json.

`binomialvariate` is new in CPython 3.12, so the 3.11 reference lacks it. When this file is
loaded, it looks for CPython 3.12+'s own Lib/random.py — the path in $CPYTHON312_RANDOM_PY, or
the `random.__file__` of an interpreter named by $PYTHON312, `python3.12`, `python3.13` or a
pyenv 3.12+ — and attaches that file's `Random.binomialvariate` to this interpreter's
`random.Random` (it only calls `self.random()` and math functions that are the same C code in
3.11). Nothing of CPython's is copied into this repository. Without a 3.12+ the binomial cases
are left out (and META says so).
"""
import glob
import importlib.util
import os
import random
import subprocess
import sys

# Seeds: small and 32-bit-boundary ints, multi-word ints, negatives (abs is taken), str seeds
# (UTF-8 + SHA-512), a bare-text seed (the CLI's rule: unquoted text is a str seed).
INT_SEEDS = ["0", "1", "101", "4294967295", "4294967296", "18446744073709551621",
             "10000000000000000000000000000000000000000", "-5", "-1180591620717411303424"]
STR_SEEDS = ["''", "'abc'", "'héllo'", "'🎲'", "hello", "'2.5'"]
SEEDS = INT_SEEDS + STR_SEEDS

# Every call, run on every seed; n > 1 where state carried between calls matters (gauss_next).
CALLS = [
    ("random()", 5),
    ("uniform(1, 10)", 3),
    ("uniform(-2.5, 7.25)", 2),
    ("randint(1, 6)", 10),
    ("randint(-1000000000000, 1000000000000)", 3),
    ("randrange(10)", 5),
    ("randrange(5, 105, 5)", 3),
    ("randrange(100, 0, -7)", 3),
    ("randrange(1000000000000000000000000000000)", 3),
    ("randrange(18446744073709551616)", 2),
    ("randrange(9007199254740993)", 2),
    ("getrandbits(1)", 4),
    ("getrandbits(32)", 2),
    ("getrandbits(33)", 2),
    ("getrandbits(64)", 2),
    ("getrandbits(100)", 2),
    ("choice([10, 20, 30, 40, 50])", 4),
    ("choice('abcdefghij')", 3),
    ("choices(['a', 'b', 'c', 'd'], k=6)", 1),
    ("choices([1, 2, 3], weights=[10, 1, 0.5], k=5)", 1),
    ("choices([1, 2, 3], cum_weights=[0.25, 0.5, 3], k=4)", 1),
    ("sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4)", 2),
    ("sample(['x', 'y', 'z'], 3)", 1),
    ("sample(['red', 'blue'], counts=[4, 2], k=5)", 1),
    ("shuffle([1, 2, 3, 4, 5, 6, 7])", 2),
    ("gauss()", 5),
    ("gauss(10, 2.5)", 3),
    ("normalvariate(0, 1)", 3),
    ("normalvariate(-3, 0.5)", 2),
    ("lognormvariate(0, 0.5)", 3),
    ("expovariate(1.5)", 3),
    ("vonmisesvariate(1, 4)", 3),
    ("vonmisesvariate(0, 0)", 2),
    ("gammavariate(0.5, 2)", 3),
    ("gammavariate(1, 3)", 2),
    ("gammavariate(5, 0.5)", 3),
    ("betavariate(2, 5)", 3),
    ("betavariate(0.3, 0.4)", 2),
    ("paretovariate(3)", 3),
    ("weibullvariate(1, 1.5)", 3),
    ("triangular()", 2),
    ("triangular(0, 10, 3)", 3),
    ("triangular(5, 1)", 2),
]

# Edges and Python's type rules, on one or two seeds.
EDGE_CALLS = [
    ("randint(True, 3)", 3),
    ("randrange(3.0)", 3),
    ("randrange(1, 11.0, 2)", 3),
    ("randrange(5, None, 1)", 2),
    ("randrange(start=2, stop=9)", 2),
    ("randrange(-10, -2)", 3),
    ("randrange(0, -10, -3)", 3),
    ("getrandbits(0)", 1),
    ("getrandbits(True)", 2),
    ("getrandbits(1000)", 1),
    ("uniform(10000000000000000000000000000000, 10000000000000000000000000000005)", 1),
    ("uniform(9007199254740992, 9007199254740993)", 2),
    ("uniform(5, 5)", 1),
    ("triangular(1, 1, 1)", 1),
    ("triangular(1, 1)", 1),
    ("triangular(0, 1, 2)", 2),
    ("triangular(10, 0, 2)", 2),
    ("triangular(0, 10000000000000000000001, 3)", 1),
    ("choice((1, 'two', 3.0, None, (5,)))", 4),
    ("choice('héllo🎲')", 4),
    ("choices([], k=0)", 1),
    ("choices('xyz', k=0)", 1),
    ("choices(['a', 'b'], k=-3)", 1),
    ("choices(['a', 'b', 'c'], [True, False, 1], k=5)", 1),
    ("choices(['a', 'b', 'c'], [1, 2, 3], k=True)", 1),
    ("choices(['a', 'b', 'c'], None, cum_weights=None, k=4)", 1),
    ("choices(['a', 'b', 'c'], [0.1, 0.2, 0.7], k=20)", 1),
    ("choices(['a', 'b', 'c'], cum_weights=[1, 1, 2], k=10)", 1),
    ("choices(['a', 'b', 'c'], [5, -2, 1], k=10)", 1),
    ("choices([1, 2, 3], [100000000000000000000, 1, 1], k=3)", 1),
    ("sample('abcdefghijklmnopqrstuvwxyz', 6)", 1),
    ("sample((5, 6, 7), 0)", 1),
    ("sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], 3)", 2),
    ("sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], 20)", 1),
    ("sample(['a', 'b', 'c'], counts=[1000000000000000000000, 5, 1], k=4)", 1),
    ("sample(['a', 'b', 'c'], counts=[1000000000, 5, 1], k=8)", 1),
    ("sample(['a', 'b'], counts=[True, 3], k=4)", 1),
    ("sample(['a', 'b', 'c'], counts=[3, -1, 2], k=4)", 1),
    ("shuffle([])", 1),
    ("shuffle([42])", 1),
    ("shuffle((42,))", 1),
    ("shuffle(['a', [1, 2], (3,), None, True, 2.5])", 1),
    ("gauss(mu=1, sigma=0)", 2),
    ("gauss(0, -1)", 4),
    ("normalvariate(sigma=2)", 2),
    ("lognormvariate(700, 1)", 1),
    ("expovariate(-2)", 2),
    ("expovariate(1e-300)", 2),
    ("vonmisesvariate(100, 1e-07)", 2),
    ("vonmisesvariate(-1, 1e-06)", 2),
    ("vonmisesvariate(3, 700)", 3),
    ("gammavariate(1e-05, 1)", 3),
    ("gammavariate(200, 1)", 3),
    ("betavariate(1, 1)", 2),
    ("paretovariate(0.01)", 3),
    ("paretovariate(-2)", 2),
    ("weibullvariate(2, 0.01)", 3),
    ("weibullvariate(1, -3)", 2),
    ("random.random()", 1),
]

# Errors in CPython 3.11's words (the binder's own messages are tested elsewhere).
ERROR_CALLS = [
    "randrange(0)",
    "randrange(-5)",
    "randrange(1, 1)",
    "randrange(10, 1)",
    "randrange(1, 10, 0)",
    "randrange(10, 1, 2)",
    "randrange(1.5)",
    "randrange(1, 2.5)",
    "randrange(1, 10, 1.5)",
    "randrange('5')",
    "randrange('x')",
    "randrange(None)",
    "randrange([1])",
    "randrange(1e400)",
    "randrange(5, None, 2)",
    "randrange(5, None, True)",
    "randint(3, 1)",
    "randint(1.5, 3)",
    "randint(1, 3.5)",
    "randint(1, 'a')",
    "randint(1, None)",
    "randint(1, [2])",
    "getrandbits(-1)",
    "getrandbits(1.5)",
    "getrandbits('8')",
    "getrandbits(10000000000)",
    "choice([])",
    "choice('')",
    "choice(5)",
    "choices([], k=1)",
    "choices((), k=1)",
    "choices('', k=2)",
    "choices([1, 2], 3)",
    "choices([1, 2], True)",
    "choices([1, 2], 2.5)",
    "choices([1, 2], [1, 2], cum_weights=[1, 2])",
    "choices([1, 2], [1])",
    "choices([1, 2], cum_weights=[1, 2, 3])",
    "choices([1, 2], [0, 0])",
    "choices([1, 2], [1, -1])",
    "choices([1, 2], [1, 1e400])",
    "choices([], [])",
    "choices([1, 2], ['a', 'b'])",
    "choices([1, 2], [1, None])",
    "choices([1, 2], k=2.0)",
    "choices(5)",
    "sample([1, 2, 3], 4)",
    "sample([1, 2, 3], -1)",
    "sample(5, 1)",
    "sample([1, 2, 3], 2.0)",
    "sample([1, 2, 3], None)",
    "sample([1, 2], 1, counts=[1])",
    "sample([1, 2], 1, counts=[1.0, 2])",
    "sample([1, 2], 1, counts=[0, 0])",
    "sample([1, 2], 1, counts=[10000000000000000000000000000000, 1])",
    "sample([], 0, counts=[])",
    "sample([1, 2], 1, counts=5)",
    "shuffle((1, 2))",
    "shuffle('ab')",
    "shuffle(5)",
    "expovariate(0)",
    "paretovariate(0)",
    "weibullvariate(1, 0)",
    "lognormvariate(1000, 1)",
    "paretovariate(1e-300)",
    "gammavariate(0, 1)",
    "gammavariate(1, 0)",
    "gammavariate(-1, 1)",
    "betavariate(0, 1)",
    "betavariate(1, -1)",
    "gauss(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
    "uniform(10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000, 1)",
    "triangular(0, 1e400, 1)",
]

# Seeds Python refuses (list, tuple), and str seeds that need care.
SEED_ERRORS = [("[1, 2]", "random()", 1), ("(1, 2)", "random()", 1)]

CASES = (
    [(s, c, n) for s in SEEDS for c, n in CALLS]
    + [(s, c, n) for s in ("101", "'abc'") for c, n in EDGE_CALLS]
    + [("7", c, 1) for c in ERROR_CALLS]
    + SEED_ERRORS
)

# binomialvariate (CPython 3.12+): every path — p edges, n == 1, the p > 0.5 reflection, the
# geometric method (n*p < 10) and BTRS (n*p >= 10, including huge n), float n, and its errors.
BINOMIAL_CALLS = [
    ("binomialvariate()", 5),
    ("binomialvariate(1, 0.3)", 5),
    ("binomialvariate(10, 0.3)", 5),
    ("binomialvariate(10, 0.7)", 5),
    ("binomialvariate(20, 0.5)", 5),
    ("binomialvariate(100, 0.05)", 5),
    ("binomialvariate(100, 0.25)", 5),
    ("binomialvariate(1000, 0.4)", 5),
    ("binomialvariate(1000, 0.999)", 3),
    ("binomialvariate(1000000, 0.001)", 3),
    ("binomialvariate(1000000000, 0.3)", 3),
    ("binomialvariate(100000000000000000000, 0.5)", 3),
    ("binomialvariate(10, 1e-20)", 3),
    ("binomialvariate(5, 0)", 1),
    ("binomialvariate(5, 1)", 1),
    ("binomialvariate(0, 0.5)", 2),
    ("binomialvariate(25.5, 0.5)", 3),
    ("binomialvariate(12.0, 0.9)", 3),
    ("binomialvariate(n=50, p=0.1)", 3),
    ("binomialvariate(-1, 0.5)", 1),
    ("binomialvariate(10, 1.5)", 1),
    ("binomialvariate(10, -0.5)", 1),
]
BINOMIAL_CASES = [(s, c, n) for s in ("0", "101", "-5", "'abc'", "18446744073709551621") for c, n in BINOMIAL_CALLS]


def _python312_random_py():
    """Path of a CPython 3.12+ Lib/random.py, or None (see the module docstring)."""
    path = os.environ.get("CPYTHON312_RANDOM_PY")
    if path:
        return path if os.path.isfile(path) else None
    pyenv = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = [os.environ.get("PYTHON312"), "python3.12", "python3.13", "python3.14"]
    candidates += sorted(glob.glob(os.path.join(pyenv, "versions", "3.1[2-9]*", "bin", "python3")))
    for exe in candidates:
        if not exe:
            continue
        try:
            out = subprocess.run([exe, "-c", "import random, sys; print(sys.version_info >= (3, 12)); print(random.__file__)"],
                                 capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        lines = out.stdout.split()
        if out.returncode == 0 and len(lines) == 2 and lines[0] == "True":
            return lines[1]
    return None


def _attach_binomialvariate():
    """Give this interpreter's random.Random the binomialvariate of CPython 3.12+'s Lib/random.py."""
    if hasattr(random.Random, "binomialvariate"):
        return f"binomialvariate: this interpreter's own (Python {sys.version.split()[0]})"
    path = _python312_random_py()
    if path is None:
        return None
    spec = importlib.util.spec_from_file_location("_random_py312", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    random.Random.binomialvariate = mod.Random.binomialvariate
    return f"binomialvariate: Random.binomialvariate of {path} (CPython 3.12+) attached to Python {sys.version.split()[0]}'s random.Random"


_NOTE = _attach_binomialvariate()
if _NOTE:
    CASES += BINOMIAL_CASES
else:
    print("cases_python: no CPython 3.12+ found; binomialvariate cases left out", file=sys.stderr)

META = {
    "notes": "CPython 3.11 random.seed(s) then random.<call>; "
    + (_NOTE or "binomialvariate cases left out (no CPython 3.12+ found)"),
}
