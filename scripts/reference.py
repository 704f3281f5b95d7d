#!/usr/bin/env python3
"""Evaluate Seeded Random cases in the real libraries: the reference for every test.

stdin:  {"cases": [{"engine": "numpy" | "python" | "numpy-generator",
                    "seed": "<seed as typed>", "call": "<call text>", "n": <int>}, ...]}
stdout: {"meta": {"python": ..., "numpy": ...},
         "results": [{"values": ["<value>", ...], "shapes": [<shape>, ...]} | {"error": "ValueError: ..."}, ...]}

Each case seeds once (`np.random.seed(seed)`, `random.seed(seed)` or
`rng = np.random.default_rng(seed)`) and calls the module function (`np.random.randint`,
`random.gauss`) or the Generator method, and evaluates the call `n` times; every result is flattened
(NumPy arrays in C order, `.tolist()`), and each element printed as `str(v)` for strings and
`repr(v)` otherwise. `shuffle(x)` returns None, so the shuffled `x` is reported instead.
`shapes` holds each call's result shape: `list(a.shape)` for a NumPy array, `[len(v)]` for a list
of draws, null for a scalar.

Seeds follow the CLI's rule: an int literal, a list/tuple literal or a quoted string is that
value; any other text is a string seed.
This is a test tool run on trusted case files, so it uses `eval` on the call text in a namespace
holding only the engine's methods; the extension itself never evaluates anything.
"""
import ast
import json
import random
import sys

try:
    import numpy as np
except ImportError:  # the python engine needs no NumPy
    np = None


def parse_seed(text):
    try:
        v = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    if isinstance(v, (int, str, list, tuple)) and not isinstance(v, bool):
        return v
    return text.strip()


# Calls whose Python result is a list of draws (flattened one level); any other list is one value
# (e.g. `choice([[1, 2], [3]])` returns the list [1, 2]).
LIST_RESULTS = {"sample", "choices", "shuffle"}


def flatten(v, name):
    if np is not None and isinstance(v, np.ndarray):
        return list(v.ravel().tolist())
    if np is not None and isinstance(v, np.generic):
        return [v.item()]
    if isinstance(v, list) and name in LIST_RESULTS:
        return v
    return [v]


def show(v):
    if np is not None and isinstance(v, np.generic):
        v = v.item()
    return v if isinstance(v, str) else repr(v)


PREFIXES = ("np.random.", "numpy.random.", "random.", "rng.")


def strip_prefix(call):
    call = call.strip()
    for p in PREFIXES:
        if call.startswith(p):
            return call[len(p):]
    return call


class PythonRandomModule:
    """`random` as `random.<name>` sees it, plus methods attached to `random.Random` at fixture
    time (CPython 3.12's `binomialvariate` under 3.11, see scripts/cases_python.py)."""

    def __getattr__(self, name):
        if hasattr(random, name):
            return getattr(random, name)
        if hasattr(random._inst, name):
            return getattr(random._inst, name)
        raise AttributeError(f"module 'random' has no attribute '{name}'")


def make_engine(engine, seed):
    if engine == "numpy":
        np.random.seed(seed)
        return np.random
    if engine == "python":
        random.seed(seed)
        return PythonRandomModule()
    if engine == "numpy-generator":
        return np.random.default_rng(seed)
    raise ValueError(f"unknown engine {engine!r}")


def run_case(case):
    target = make_engine(case["engine"], parse_seed(case["seed"]))
    call = strip_prefix(case["call"])
    tree = ast.parse(call if "(" in call else call + "()", mode="eval").body
    name = tree.func.id
    ns = {"__builtins__": {}}
    fn = getattr(target, name)
    out = []
    shapes = []
    for _ in range(case.get("n", 1)):
        args = [eval(compile(ast.Expression(a), "<arg>", "eval"), ns) for a in tree.args]
        kwargs = {k.arg: eval(compile(ast.Expression(k.value), "<arg>", "eval"), ns) for k in tree.keywords}
        result = fn(*args, **kwargs)
        if name in ("shuffle",) and result is None:
            result = args[0]
        out.extend(show(v) for v in flatten(result, name))
        shapes.append(result_shape(result, name))
    return {"values": out, "shapes": shapes}


def result_shape(v, name):
    if np is not None and isinstance(v, np.ndarray):
        return list(v.shape)
    if isinstance(v, list) and name in LIST_RESULTS:
        return [len(v)]
    return None


def main():
    import warnings
    warnings.simplefilter("ignore")
    cases = json.load(sys.stdin)["cases"]
    results = []
    for case in cases:
        try:
            results.append(run_case(case))
        except Exception as e:  # the error is the expected result
            results.append({"error": f"{type(e).__name__}: {e}"})
    meta = {"python": sys.version.split()[0], "numpy": np.__version__ if np is not None else None}
    json.dump({"meta": meta, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
