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
import reference_lines  # noqa: E402

# id: (engine, seed, call, n[, fixed format])
CASES = {
    "numpy-randint-5": ("numpy", "101", "randint(1, 10)", 5),
    "numpy-randint-size-5": ("numpy", "101", "randint(1, 10, size=5)", 1),
    "numpy-rand-2-2": ("numpy", "101", "rand(2, 2)", 1),
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
    "python-choices-k3": ("python", "'abc'", "choices(['x', 'y', 'z'], k=3)", 1),
    "generator-integers-4": ("numpy-generator", "1", "integers(0, 10)", 4),
    "numpy-error-high-low": ("numpy", "1", "randint(10, 1)", 1),
}


# Inputs of the line commands (made here, not drawn): a CSV with a header, and plain lines with blanks.
CSV = ["id,name,score"] + [f"{i},name{i},{(i * 37) % 101}" for i in range(1, 21)]
PLAIN = [f"line {i}" if i % 5 else "" for i in range(1, 16)]

# id: (op, engine, seed, lines, options) -> reference_lines.run_case
LINE_CASES = {
    "lines-shuffle-numpy-header": ("shuffle", "numpy", "101", CSV, {"header": True}),
    "lines-shuffle-numpy": ("shuffle", "numpy", "101", CSV, {}),
    "lines-shuffle-python-blank-ignore": ("shuffle", "python", "42", PLAIN, {"blank": "ignore"}),
    "lines-shuffle-generator-block": ("shuffle", "numpy-generator", "7", CSV[3:9], {}),
    "lines-sample-numpy-header-4": ("sample", "numpy", "101", CSV, {"header": True, "k": "4"}),
    "lines-sample-python-3": ("sample", "python", "5", PLAIN, {"k": "3"}),
    "lines-sample-numpy-10": ("sample", "numpy", "101", CSV, {"k": "10"}),
    "lines-split-header-0.25": ("split", "numpy", "101", CSV, {"header": True, "test_size": "0.25"}),
    "lines-split-count-3": ("split", "numpy", "11", CSV, {"test_size": "3"}),
}

# id: (engine, seed, call, n, layout): a generated document, checked whole by its SHA-256
GENERATED = {
    "generate-numpy-random-1e6": ("numpy", "101", "random()", 1_000_000, "lines"),
    "generate-numpy-uniform-1e5-web": ("numpy", "2", "uniform(-1, 1)", 100_000, "lines"),
    "generate-generator-integers-json": ("numpy-generator", "5", "integers(0, 100)", 20, "json"),
    "generate-python-random-csv": ("python", "3", "random()", 50, "csv"),
    "generate-ui-json": ("numpy", "0", "randint(1, 7)", 8, "json"),
}


def layout_text(values, layout):
    """The document text of a layout, written by Python's own json/csv modules."""
    import csv
    import io
    if layout == "lines":
        return "".join(f"{v}\n" for v in values)
    if layout == "json":
        return json.dumps([json.loads(v) for v in values], indent=2) + "\n"
    if layout == "csv":
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["value"])
        for v in values:
            w.writerow([v])
        return out.getvalue()
    raise ValueError(layout)


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
    for key, (op, engine, seed, lines, opts) in LINE_CASES.items():
        case = {"op": op, "engine": engine, "seed": seed, "lines": lines, "header": opts.get("header", False), "blank": opts.get("blank", "keep")}
        for k in ("k", "test_size"):
            if k in opts:
                case[k] = opts[k]
        result = reference_lines.run_case(case)
        if "lines" in result:  # shuffle, sample: the result lines (the case's own `lines` are the input)
            result = {"result": result.pop("lines"), **result}
        out[key] = {**case, **result}
    import hashlib
    for key, (engine, seed, call, n, layout) in GENERATED.items():
        values = reference.run_case({"engine": engine, "seed": seed, "call": call, "n": n})["values"]
        text = layout_text(values, layout)
        out[key] = {
            "engine": engine, "seed": seed, "call": call, "n": n, "layout": layout,
            "head": values[:3], "tail": values[-3:], "chars": len(text),
            **({"text": text} if len(text) < 1000 else {}),
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        }
    meta = {
        "generated_by": "scripts/vscode/make_expected.py (values from scripts/reference.py)",
        "python": sys.version.split()[0],
        "numpy": getattr(reference.np, "__version__", None),
        "sklearn": getattr(reference_lines.sklearn, "__version__", None),
        "date": datetime.date.today().isoformat(),
    }
    path = os.path.join(ROOT, "test", "integration", "expected.json")
    with open(path, "w") as f:
        json.dump({"meta": meta, "cases": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(out)} cases -> {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
