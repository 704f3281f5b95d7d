#!/usr/bin/env python3
"""Write test/fixtures/<engine>.json: pinned expected values from the real libraries.

Usage: python3 scripts/make_fixtures.py [engine ...]
Cases come from scripts/cases_<engine>.py (`CASES = [(seed_text, call_text, n), ...]`); each is
evaluated by scripts/reference.py (`np.random.seed` / `random.seed` / `np.random.default_rng`),
and the fixture records the interpreter and NumPy versions that produced it.
Re-run it after changing a case list; never edit a fixture by hand.
"""
import datetime
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import reference  # noqa: E402

ENGINES = {"numpy": "cases_numpy.py", "python": "cases_python.py", "numpy-generator": "cases_numpy_generator.py"}


def load_cases(filename):
    spec = importlib.util.spec_from_file_location(filename[:-3], os.path.join(HERE, filename))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(engines):
    import warnings
    warnings.simplefilter("ignore")
    for engine in engines:
        path = os.path.join(HERE, ENGINES[engine])
        if not os.path.exists(path):
            print(f"skip {engine}: no {ENGINES[engine]}")
            continue
        mod = load_cases(ENGINES[engine])
        rows = []
        for seed, call, n in mod.CASES:
            case = {"engine": engine, "seed": seed, "call": call, "n": n}
            try:
                result = reference.run_case(case)
            except Exception as e:
                result = {"error": f"{type(e).__name__}: {e}"}
            rows.append({"seed": seed, "call": call, "n": n, **result})
        meta = {
            "generated_by": "scripts/make_fixtures.py from scripts/" + ENGINES[engine],
            "python": sys.version.split()[0],
            "numpy": getattr(reference.np, "__version__", None),
            "date": datetime.date.today().isoformat(),
        }
        meta.update(getattr(mod, "META", {}))
        out = os.path.join(ROOT, "test", "fixtures", f"{engine}.json")
        with open(out, "w") as f:
            json.dump({"meta": meta, "cases": rows}, f, indent=0, ensure_ascii=False)
            f.write("\n")
        print(f"{engine}: {len(rows)} cases -> {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:] or list(ENGINES))
