"""Pinned fixture cases for the `numpy-generator` engine: `rng = np.random.default_rng(seed)`.

Read by scripts/make_fixtures.py, which evaluates each case in the installed NumPy and writes
test/fixtures/numpy-generator.json (recording the Python and NumPy versions).
`CASES = [(seed_text, call_text, n), ...]`: every method of the engine's table on every pinned
seed, the algorithm branches of each method, edge parameters, `n > 1` runs (so PCG64's buffered
uint32 half-word crosses calls), and error cases so NumPy's messages are pinned too.

Generator streams are NumPy-version specific (unlike RandomState's frozen ones): these fixtures
pin NumPy 2.4's (2.4.6 at the time of writing). NumPy 2.5 changed Generator.binomial (BTPE
Stirling terms, numpy#31238), so regenerate only with a NumPy 2.4.x.
"""

META = {
    "engine": "numpy-generator: np.random.default_rng(seed) = Generator(PCG64(SeedSequence(seed)))",
    "streams": "NumPy 2.4 Generator streams; regenerate with NumPy 2.4.x only (2.5 changed binomial)",
}

SEEDS = ["0", "1", "101", "4294967295", "18446744073709551623", "340282366920938463463374607431768211459",
         "10000000000000000000000000000000000000000", "[1, 2, 3]", "[0]"]

# Every method on every pinned seed.
PER_SEED = [
    ("random()", 3),
    ("random(size=5)", 1),
    ("integers(0, 10)", 7),
    ("integers(0, 10, size=7)", 2),
    ("integers(5)", 3),
    ("integers(-100, 100, size=(2, 3))", 1),
    ("integers(1, 6, endpoint=True, size=5)", 1),
    ("integers(0, 4294967295, size=3)", 1),
    ("integers(0, 4294967296, size=3)", 1),
    ("integers(0, 1099511627776, size=3)", 1),
    ("integers(-9223372036854775808, 9223372036854775807, size=3)", 1),
    ("uniform(size=3)", 1),
    ("uniform(-5, 5, size=3)", 2),
    ("standard_normal(size=8)", 2),
    ("normal(10, 2, size=4)", 1),
    ("standard_exponential(size=8)", 1),
    ("standard_exponential(3, method='inv')", 1),
    ("exponential(2.5, size=4)", 1),
    ("triangular(0, 1, 3, size=4)", 1),
    ("choice(10, size=5)", 1),
    ("choice(['a', 'b', 'c'], size=4)", 1),
    ("choice([1, 2.5, 3], size=3)", 1),
    ("choice(10, 4, replace=False)", 2),
    ("choice(5, 3, p=[0.1, 0.2, 0.3, 0.2, 0.2])", 1),
    ("choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2])", 1),
    ("shuffle([1, 2, 3, 4, 5, 6, 7, 8])", 2),
    ("permutation(10)", 1),
    ("permutation([[1, 2], [3, 4], [5, 6]])", 1),
    ("permuted([[1, 2, 3], [4, 5, 6]], axis=1)", 1),
    ("poisson(4, size=5)", 1),
    ("poisson(250.5, size=5)", 1),
    ("binomial(20, 0.3, size=5)", 1),
    ("binomial(1000, 0.4, size=5)", 1),
    ("binomial(1000, 0.9, size=5)", 1),
    ("negative_binomial(5, 0.4, size=4)", 1),
    ("geometric(0.6, size=4)", 1),
    ("geometric(0.05, size=4)", 1),
    ("hypergeometric(10, 5, 6, size=4)", 1),
    ("hypergeometric(500, 400, 300, size=4)", 1),
    ("logseries(0.6, size=4)", 1),
    ("zipf(2.5, size=4)", 1),
    ("lognormal(0, 0.5, size=3)", 1),
    ("standard_gamma(0.4, size=3)", 1),
    ("standard_gamma(4.5, size=3)", 1),
    ("gamma(2, 3, size=3)", 1),
    ("beta(0.5, 0.7, size=3)", 1),
    ("beta(2, 5, size=3)", 1),
    ("chisquare(3, size=3)", 1),
    ("f(5, 10, size=3)", 1),
    ("standard_t(7, size=3)", 1),
    ("standard_cauchy(size=3)", 1),
    ("laplace(1, 2, size=3)", 1),
    ("logistic(1, 2, size=3)", 1),
    ("gumbel(1, 2, size=3)", 1),
    ("weibull(1.5, size=3)", 1),
    ("pareto(3, size=3)", 1),
    ("power(5, size=3)", 1),
    ("rayleigh(2, size=3)", 1),
    ("vonmises(0.5, 4, size=3)", 1),
    ("wald(1, 2, size=3)", 1),
]

# Branches and edges, on a couple of seeds.
EDGES = [
    # the buffered half-word: 32-bit draws interleaved with 64-bit ones
    ("integers(0, 10, size=3)", 3),
    ("integers(0, 3)", 5),
    ("integers(0, 2, endpoint=True)", 9),
    ("integers(0, 0, endpoint=True, size=3)", 1),
    ("integers(7, 8)", 2),
    ("integers(0, 4294967295, endpoint=True, size=4)", 1),
    ("integers(-9223372036854775808, 9223372036854775807, endpoint=True, size=3)", 1),
    ("integers(9223372036854775806, 9223372036854775807, endpoint=True, size=4)", 1),
    ("integers(True, 5, size=3)", 1),
    ("integers(1.5, 10.7, size=3)", 1),
    ("integers(0, 10, size=0)", 1),
    ("integers(5, 1, size=0)", 1),
    ("standard_normal(size=200)", 1),
    ("standard_exponential(size=200)", 1),
    ("standard_exponential(method='inv', size=3)", 1),
    ("uniform(0, 0, size=2)", 1),
    ("normal(0, 0, size=2)", 1),
    ("triangular(0, 0, 1, size=3)", 1),
    ("triangular(0, 1, 1, size=3)", 1),
    ("choice(1)", 2),
    ("choice(True)", 1),
    ("choice(5, size=(2, 3))", 1),
    ("choice(5, size=0)", 1),
    ("choice(0, size=0)", 1),
    ("choice([[1, 2], [3, 4], [5, 6]], 2)", 1),
    ("choice([[1, 2, 3], [4, 5, 6]], 2, axis=1)", 1),
    ("choice([1, 'a', 2.5, True], size=4)", 1),
    ("choice([True, False], size=4)", 1),
    ("choice([9223372036854775808, 1], size=3)", 1),
    ("choice(20000, 1000, replace=False)", 1),
    ("choice(20000, 300, replace=False, shuffle=False)", 1),
    ("choice(20000, 500, replace=False, shuffle=False)", 1),
    ("choice(100, 100, replace=False)", 1),
    ("choice(4, 4, replace=False, p=[0.4, 0.3, 0.2, 0.1])", 1),
    ("choice(4, 2, replace=False, p=[0.5, 0.5, 0.0, 0.0])", 1),
    ("choice(4, 6, p=[0.0, 1.0, 0.0, 0.0])", 1),
    ("choice(3, p=(0.2, 0.3, 0.5), size=5)", 1),
    ("shuffle([])", 1),
    ("shuffle([1])", 1),
    ("shuffle([[1, 2], [3, 4], [5, 6]])", 1),
    ("shuffle(['a', 'b', 'c', 'd'])", 1),
    ("permutation(0)", 1),
    ("permutation(-3)", 1),
    ("permutation(True)", 1),
    ("permutation([1, 2.5, 'x'])", 1),
    ("permutation([[1, 2, 3], [4, 5, 6]], axis=1)", 1),
    ("permuted([1, 2, 3, 4, 5])", 1),
    ("permuted([[1, 2, 3], [4, 5, 6]])", 1),
    ("permuted([[1, 2, 3], [4, 5, 6]], axis=0)", 1),
    ("permuted([[1, 2], [3, 4]], axis=-1)", 1),
    ("poisson(0)", 1),
    ("poisson(9.99, size=5)", 1),
    ("poisson(10, size=5)", 1),
    ("poisson(1e12, size=3)", 1),
    ("binomial(0, 0.5)", 1),
    ("binomial(10, 0)", 1),
    ("binomial(10, 1)", 1),
    ("binomial(5.5, 0.5, size=3)", 1),
    ("binomial(300, 0.1, size=5)", 1),
    ("binomial(301, 0.1, size=5)", 1),
    ("binomial(1000000000, 0.5, size=3)", 1),
    ("binomial(100, 0.5, size=20)", 2),
    ("negative_binomial(0.5, 1.0, size=3)", 1),
    ("negative_binomial(1000, 0.01, size=3)", 1),
    ("geometric(1)", 1),
    ("geometric(0.3333333333333333, size=3)", 1),
    ("geometric(0.33333333333333337, size=3)", 1),
    ("geometric(1e-300, size=3)", 1),
    ("hypergeometric(0, 5, 3)", 1),
    ("hypergeometric(5, 0, 3)", 1),
    ("hypergeometric(5, 5, 10)", 1),
    ("hypergeometric(20, 20, 9, size=3)", 1),
    ("hypergeometric(20, 20, 10, size=3)", 1),
    ("hypergeometric(20, 20, 30, size=3)", 1),
    ("hypergeometric(999999999, 999999999, 1000000, size=3)", 1),
    ("logseries(0)", 1),
    ("logseries(0.999, size=5)", 1),
    ("zipf(1.0001, size=3)", 1),
    ("zipf(1025)", 1),
    ("zipf(40, size=3)", 1),
    ("standard_gamma(0)", 1),
    ("standard_gamma(1, size=3)", 1),
    ("standard_gamma(1e-5, size=3)", 1),
    ("gamma(0.9, 0, size=2)", 1),
    ("beta(1e-200, 1e-200, size=4)", 1),
    ("beta(1e-3, 1e-3, size=4)", 1),
    ("beta(1, 1, size=3)", 1),
    ("chisquare(0.01, size=3)", 1),
    ("standard_t(0.1, size=3)", 1),
    ("weibull(0)", 1),
    ("weibull(0.1, size=3)", 1),
    ("pareto(0.01, size=3)", 1),
    ("power(0.1, size=3)", 1),
    ("rayleigh(0)", 1),
    ("vonmises(0, 0)", 1),
    ("vonmises(1, 1e-9, size=3)", 1),
    ("vonmises(1, 1e-6, size=3)", 1),
    ("vonmises(-2, 1e7, size=3)", 1),
    ("vonmises(3, 100, size=3)", 1),
    ("wald(1, 1e-6, size=3)", 1),
    ("wald(1e6, 1, size=3)", 1),
    ("laplace(0, 0)", 1),
    ("gumbel(0, 0)", 1),
    ("logistic(0, 0)", 1),
]

# Errors, with NumPy's wording (one seed suffices).
ERRORS = [
    "integers(0)", "integers(5, 5)", "integers(5, 4, endpoint=True)", "integers(0, -1, endpoint=True)",
    "integers(-9223372036854775809, 0)", "integers(0, 9223372036854775808, endpoint=True)",
    "integers(0, 18446744073709551616)", "integers('a', 3)", "integers(None)",
    "uniform(1, 0)", "uniform(0, -0.0)", "uniform(0, 1e400)",
    "normal(0, -1)", "normal(0, -0.0)", "exponential(-1)", "standard_gamma(-1)", "gamma(1, -1)",
    "beta(0, 1)", "beta(1, -1)", "chisquare(0)", "f(1, 0)", "standard_t(0)", "weibull(-1)",
    "pareto(0)", "power(0)", "rayleigh(-1)", "vonmises(0, -1)", "wald(0, 1)", "wald(1, 0)",
    "laplace(0, -1)", "gumbel(0, -1)", "logistic(0, -1)", "lognormal(0, -1)",
    "triangular(1, 0, 2)", "triangular(0, 3, 2)", "triangular(1, 1, 1)",
    "poisson(-1)", "poisson(1e19)",
    "binomial(-1, 0.5)", "binomial(5, 1.5)", "binomial(5, -0.1)", "binomial(9223372036854775808, 0.5)", "binomial('5', 0.5)",
    "negative_binomial(0, 0.5)", "negative_binomial(1, 0)", "negative_binomial(1, 1.5)", "negative_binomial(1e20, 0.5)",
    "geometric(0)", "geometric(1.5)", "zipf(1)", "zipf(0.5)", "logseries(1.0)", "logseries(-0.1)",
    "hypergeometric(1000000000, 1, 1)", "hypergeometric(-1, 5, 2)", "hypergeometric(5, -1, 2)",
    "hypergeometric(5, 5, -1)", "hypergeometric(5, 5, 20)",
    "choice(0)", "choice(-1)", "choice([])", "choice(2.5)", "choice('abc')", "choice(3, 4, replace=False)",
    "choice(3, p=[0.5, 0.5])", "choice(3, p=[0.5, 0.6, -0.1])", "choice(3, p=[0.5, 0.4, 0])",
    "choice(3, p=[[0.5, 0.5, 0]])", "choice(3, 2, replace=False, p=[1, 0, 0])", "choice(5, p=0.2)",
    "choice(5, p=['a', 'b', 'c', 'd', 'e'])", "choice([1, 2, 3], axis=1)", "choice([[1, 2], [3]])",
    "shuffle(5)", "shuffle('abc')", "shuffle((1, 2, 3))", "shuffle([1, 2], axis=1)",
    "permutation(2.5)", "permutation([[1, 2], [3]])", "permuted(5)", "permuted([1, 2, 3], axis=1)",
    "normal(size=-1)", "random(size=(2, -1))",
]

BAD_SEEDS = ["-1", "1.5", "'abc'", "[1, -2]", "[1.5]", "['x']", "-18446744073709551616", "None"]

CASES = []
for seed in SEEDS:
    for call, n in PER_SEED:
        CASES.append((seed, call, n))
for seed in ("0", "340282366920938463463374607431768211459"):
    for call, n in EDGES:
        CASES.append((seed, call, n))
for call in ERRORS:
    CASES.append(("101", call, 1))
for seed in BAD_SEEDS:
    CASES.append((seed, "random()", 1))
# Seeds beyond the fixed list: strings and nesting inside lists, as SeedSequence reads them.
for seed in ("['12', '0x1f']", "[[1, 2], 3]", "(1, 2)", "[]", "[4294967296, 18446744073709551616]", "[True, 2]"):
    CASES.append((seed, "integers(0, 1000, size=3)", 2))
