#!/usr/bin/env python3
"""Write test/fixtures/lines.json: pinned results of the line commands (issue 5) from the real
NumPy, Python and scikit-learn, so the suite stays meaningful on a machine without them.

Usage: python3 scripts/make_lines_fixtures.py
Every case is evaluated by scripts/reference_lines.py (see its docstring for the exact Python
each op runs); the file records the interpreter, NumPy and scikit-learn versions. The case list
below is fixed (its line texts come from a fixed-seed generator); re-run after changing it,
never edit the fixture by hand.
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import reference_lines  # noqa: E402

WORDS = ["alpha", "beta", "gamma", "delta", "x,1,2.5", "'quoted'", '"dq"', "tab\there", "été", "中文", "🙂 ok",
         "a\\b", "  indented", "trailing  ", "#comment", "1", "2", "3"]
ENGINES = ["numpy", "python", "numpy-generator"]


def make_lines(gen, n, blanks=True):
    out = []
    for i in range(n):
        r = gen.random()
        if blanks and r < 0.1:
            out.append(gen.choice(["", " ", "\t", "  \t "]))
        else:
            out.append(f"{gen.choice(WORDS)} {i}")
    return out


def cases():
    gen = random.Random(20240505)
    out = []
    seeds = {"numpy": ["0", "1", "101", "4294967295", "[1, 2, 3]"],
             "python": ["0", "1", "101", "-7", "2**70", "'hello'", "hello", "12345678901234567890"],
             "numpy-generator": ["0", "1", "101", "[1, 2, 3]", "340282366920938463463374607431768211457"]}
    # Seeding errors are the engine's; one bad seed each pins that they pass through unchanged.
    bad = {"numpy": "-1", "python": "[1, 2]", "numpy-generator": "-5"}
    for engine in ENGINES:
        for n in (0, 1, 2, 3, 5, 10, 33, 1000):
            for seed in seeds[engine][: 1 if n > 100 else 3 if n > 10 else len(seeds[engine])]:
                if seed == "2**70":
                    continue  # not a literal: the CLI would read it as a str seed; covered by 'hello'
                lines = make_lines(gen, n)
                opts = [dict(), dict(header=True), dict(blank="ignore"), dict(header=True, blank="ignore")]
                for o in opts[: 4 if n <= 33 else 1]:
                    out.append(dict(op="shuffle", engine=engine, seed=seed, lines=lines, **o))
                    ks = sorted({0, n, n // 2, max(0, n - 1)})
                    for k in ks if n <= 33 else [n // 3]:
                        out.append(dict(op="sample", engine=engine, seed=seed, lines=lines, k=str(k), **o))
            if n <= 100:
                out.append(dict(op="sample", engine=engine, seed="5", lines=make_lines(gen, n), k=str(n + 1)))
                out.append(dict(op="sample", engine=engine, seed="5", lines=make_lines(gen, n), k="-1"))
        out.append(dict(op="shuffle", engine=engine, seed=bad[engine], lines=["a", "b"]))
        out.append(dict(op="sample", engine=engine, seed=bad[engine], lines=["a", "b"], k="1"))
    sizes = ["0.25", "0.5", "1e-9", "0.999", "0.3333333333333333", "1", "2", "None", "0", "0.0", "1.0", "-1",
             "True", "False", "'a'", "9223372036854775807", "9223372036854775808", "nan", "25%"]
    for n in (0, 1, 2, 3, 4, 10, 100, 1000):
        big = n > 100  # few cases on long lists: they make the file large and add little
        for ts in ["0.25", "1"] if big else sizes:
            out.append(dict(op="split", engine="numpy", seed="42", lines=make_lines(gen, n, blanks=False), test_size=ts))
        for ts in [str(n - 1)] if big else [str(n), str(max(n - 1, 1)), str(n + 1)]:
            out.append(dict(op="split", engine="numpy", seed="42", lines=make_lines(gen, n, blanks=False), test_size=ts))
        for ts, tr in [("0.25", "0.5"), ("0.5", "0.6"), ("0.1", "0.9"), ("None", "0.5"), ("None", "2"), ("2", "0.5"),
                       ("0.3", "2"), ("1", "1"), ("None", "None"), ("None", "0.05"), ("None", "True")][: 1 if big else 11]:
            out.append(dict(op="split", engine="numpy", seed="7", lines=make_lines(gen, n, blanks=False),
                            test_size=ts, train_size=tr))
        for o in (dict(header=True), dict(blank="ignore"), dict(header=True, blank="ignore"))[: 1 if big else 3]:
            out.append(dict(op="split", engine="numpy", seed="3", lines=make_lines(gen, n), test_size="0.25", **o))
    for seed in ("0", "4294967295", "-1", "4294967296", "'x'", "hello", "[1, 2]", "(1, 2)"):
        out.append(dict(op="split", engine="numpy", seed=seed, lines=make_lines(gen, 20, blanks=False), test_size="0.2"))
    # Parameter validation order: test_size first, then train_size, then random_state.
    out.append(dict(op="split", engine="numpy", seed="'x'", lines=["a", "b"], test_size="0", train_size="0"))
    out.append(dict(op="split", engine="numpy", seed="'x'", lines=["a", "b"], test_size="0.5", train_size="0"))
    return out


def main():
    import warnings
    warnings.simplefilter("ignore")
    rows = []
    for case in cases():
        try:
            result = reference_lines.run_case(case)
        except Exception as e:
            result = {"error": f"{type(e).__name__}: {e}"}
        rows.append({"case": case, **result})
    meta = {
        "generated_by": "scripts/make_lines_fixtures.py (evaluated by scripts/reference_lines.py)",
        "python": sys.version.split()[0],
        "numpy": reference_lines.np.__version__,
        "sklearn": reference_lines.sklearn.__version__ if reference_lines.sklearn else None,
        "date": datetime.date.today().isoformat(),
    }
    out = os.path.join(ROOT, "test", "fixtures", "lines.json")
    with open(out, "w") as f:
        json.dump({"meta": meta, "cases": rows}, f, indent=0)
        f.write("\n")
    print(f"lines: {len(rows)} cases -> {os.path.relpath(out, ROOT)} ({os.path.getsize(out) // 1024} KB)")


if __name__ == "__main__":
    main()
