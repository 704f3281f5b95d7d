#!/usr/bin/env python3
"""Evaluate Seeded Random's line commands in the real libraries: the reference for issue 5.

stdin:  {"cases": [{"op": "shuffle" | "sample" | "split",
                    "engine": "numpy" | "python" | "numpy-generator",   (ignored by split)
                    "seed": "<seed as typed>", "lines": ["...", ...],
                    "k": "<int literal>"                                 (sample),
                    "test_size": "<literal>", "train_size": "<literal>" (split; optional),
                    "header": bool, "blank": "keep" | "ignore"}, ...]}
stdout: {"meta": {"python", "numpy", "sklearn"},
         "results": [{"lines": [...]} | {"train": [...], "test": [...]} | {"error": "ValueError: ..."}]}

The calls are exactly the ones the issue names, on a Python list of str:
  shuffle  numpy: np.random.seed(s); np.random.shuffle(data)
           python: random.seed(s); random.shuffle(data)
           numpy-generator: np.random.default_rng(s).shuffle(data)
  sample   np.random.choice(data, k, replace=False) / random.sample(data, k) /
           default_rng(s).choice(data, k, replace=False)
  split    sklearn.model_selection.train_test_split(data, test_size=..., train_size=...,
           random_state=s)  (always NumPy's RandomState, whatever the engine)
Options: header → the first line is kept out of the draw (shuffle keeps it first, sample and
split put it on top); blank="ignore" → lines that are empty or only spaces/tabs are kept out of
the draw (shuffle leaves them in place; sample and split do not return them).
Sizes and k are Python literal text so that 1 (int) and 1.0 (float) stay apart (a size that is
no literal, e.g. `25%`, is passed on as that str, as the CLI does); seeds are read as by reference.py (an int/list/quoted-str literal, else the text is a str seed).
"""
import ast
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference import make_engine, np, parse_seed  # noqa: E402

sklearn = None  # imported on the first split case: it takes seconds to import


def train_test_split(*args, **kwargs):
    global sklearn
    import sklearn  # noqa: F811  (an ImportError is the case's result)
    from sklearn.model_selection import train_test_split as tts

    return tts(*args, **kwargs)


def is_blank(line):
    return line.strip(" \t") == ""


def select(lines, header, blank):
    head = lines[:1] if header else []
    start = len(head)
    positions = [i for i in range(start, len(lines)) if not (blank == "ignore" and is_blank(lines[i]))]
    return head, positions, [lines[i] for i in positions]


def literal_or_text(text):
    """A size as typed: a Python literal (`0.25`, `3`, `None`), else the text itself as a str."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text.strip()


def show(values):
    return [str(v) for v in (values.tolist() if hasattr(values, "tolist") else values)]


def run_case(case):
    op, lines = case["op"], list(case["lines"])
    head, positions, data = select(lines, case.get("header", False), case.get("blank", "keep"))
    seed = parse_seed(case["seed"])
    if op == "shuffle":
        rng = make_engine(case["engine"], seed)
        rng.shuffle(data)
        out = list(lines)
        for p, v in zip(positions, data):
            out[p] = v
        return {"lines": out}
    if op == "sample":
        rng = make_engine(case["engine"], seed)
        k = ast.literal_eval(case["k"])
        if case["engine"] == "python":
            drawn = rng.sample(data, k)
        else:
            drawn = rng.choice(data, k, replace=False)
        return {"lines": head + show(drawn)}
    if op == "split":
        sizes = {k: literal_or_text(case[k]) for k in ("test_size", "train_size") if k in case}
        train, test = train_test_split(data, random_state=seed, **sizes)
        return {"train": head + show(train), "test": head + show(test)}
    raise ValueError(f"unknown op {op!r}")


def main():
    import warnings
    warnings.simplefilter("ignore")
    results = []
    for case in json.loads(sys.stdin.buffer.read().decode("utf-8"))["cases"]:
        try:
            results.append(run_case(case))
        except Exception as e:  # the error is the expected result
            results.append({"error": f"{type(e).__name__}: {e}"})
    meta = {
        "python": sys.version.split()[0],
        "numpy": np.__version__ if np is not None else None,
        "sklearn": sklearn.__version__ if sklearn is not None else None,
    }
    sys.stdout.write(json.dumps({"meta": meta, "results": results}))  # ASCII: safe under any locale


if __name__ == "__main__":
    main()
