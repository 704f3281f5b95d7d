#!/usr/bin/env python3
"""Write test/integration/expected.json: the values the integration tests expect, from real NumPy/Python.

Usage: python3 scripts/vscode/make_expected.py
Each case seeds once and makes the call n times through scripts/reference.py (the same evaluator
the pinned core fixtures use); `fixed` adds Python's format(x, fixed) of every float value.
Re-run after changing CASES; never edit the JSON by hand.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import reference  # noqa: E402

# id: (engine, seed, call, n[, fixed format])
CASES = {
    "numpy-randint-5": ("numpy", "101", "randint(1, 10)", 5),
    "numpy-randint-size-5": ("numpy", "101", "randint(1, 10, size=5)", 1),
    "numpy-random-3": ("numpy", "101", "random()", 3),
    "numpy-random-3-2f": ("numpy", "101", "random()", 3, ".2f"),
    "numpy-keybinding": ("numpy", "7", "randint(1, 100)", 1),
    "numpy-keybinding-2": ("numpy", "7", "randint(1, 100)", 2),
    "numpy-continue-6": ("numpy", "5", "randint(0, 1000)", 6),
    "numpy-same-1": ("numpy", "3", "randint(1, 1000)", 1),
    "numpy-size3-2": ("numpy", "101", "randint(1, 10, size=3)", 2),
    "numpy-ui-3": ("numpy", "2024", "randint(1, 50)", 3),
    "numpy-uniform-2": ("numpy", "11", "uniform(0, 1)", 2),
    "numpy-seed-0-random-1": ("numpy", "0", "random()", 1),
    "python-randint-4": ("python", "42", "randint(1, 6)", 4),
    "python-choice-3": ("python", "'abc'", "choice(['x', 'y', 'z'])", 3),
    "generator-integers-4": ("numpy-generator", "1", "integers(0, 10)", 4),
    "numpy-error-high-low": ("numpy", "1", "randint(10, 1)", 1),
}


def main():
    import warnings
    warnings.simplefilter("ignore")
    out = {}
    for key, spec in CASES.items():
        engine, seed, call, n = spec[:4]
        try:
            result = reference.run_case({"engine": engine, "seed": seed, "call": call, "n": n})
        except Exception as e:  # as make_fixtures.py records errors
            result = {"error": f"{type(e).__name__}: {e}"}
        row = {"engine": engine, "seed": seed, "call": call, "n": n, **result}
        if len(spec) > 4 and "values" in result:
            row["format"] = spec[4]
            row["formatted"] = [format(float(v), spec[4]) for v in result["values"]]
        out[key] = row
    meta = {
        "generated_by": "scripts/vscode/make_expected.py (values from scripts/reference.py)",
        "python": sys.version.split()[0],
        "numpy": getattr(reference.np, "__version__", None),
        "date": datetime.date.today().isoformat(),
    }
    path = os.path.join(ROOT, "test", "integration", "expected.json")
    with open(path, "w") as f:
        json.dump({"meta": meta, "cases": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(out)} cases -> {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
