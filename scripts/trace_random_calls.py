#!/usr/bin/env python3
"""Run a Python file or a notebook's code cells and record every call's result, by position.

Usage: python3 scripts/trace_random_calls.py FILE.py|FILE.ipynb ...  → JSON on stdout, for one file:
  {"meta": {"python": ..., "numpy": ...},
   "calls": [{"cell": index or null, "line": 1-based, "col": 0-based (characters), "values": [repr, ...]}],
   "error": null or "ValueError: ..."}

Each call expression in the source is wrapped (an ast.NodeTransformer) so that its result is
recorded each time it runs, as `seeded-random annotate --json` shows values: repr(x.tolist()) for
a NumPy array, repr(x.item()) for a NumPy scalar, repr(x) otherwise; for `shuffle(x)` (one
argument) the repr of x after the call. With several files, a JSON list of these objects (each
file runs in a fresh namespace; NumPy's and Python's global streams carry over, so a file that
draws from them before seeding has values this reference does not pin). The reference for test/cli/annotateDifferential.test.ts.
"""
import ast
import contextlib
import io
import json
import sys

import numpy as np

RECORDS = {}


def show(x):
    if isinstance(x, np.ndarray):
        return repr(x.tolist())
    if isinstance(x, np.generic):
        return repr(x.item())
    return repr(x)


def record(key, value):
    RECORDS.setdefault(key, []).append(show(value))
    return value


class Wrap(ast.NodeTransformer):
    def __init__(self, cell, lines):
        self.cell = cell
        self.lines = lines

    def char_col(self, node):
        raw = self.lines[node.lineno - 1].encode('utf-8')[: node.col_offset]
        return len(raw.decode('utf-8', errors='replace'))

    def visit_Call(self, node):
        self.generic_visit(node)
        key = ast.Tuple(elts=[ast.Constant(self.cell), ast.Constant(node.lineno), ast.Constant(self.char_col(node))], ctx=ast.Load())
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id if isinstance(node.func, ast.Name) else None
        if name == 'shuffle' and len(node.args) == 1 and not node.keywords:
            new = ast.Call(func=ast.Name('__sr_shuffle', ast.Load()), args=[key, node.func, node.args[0]], keywords=[])
        else:
            new = ast.Call(func=ast.Name('__sr_record', ast.Load()), args=[key, node], keywords=[])
        return ast.copy_location(new, node)


def shuffle_and_record(key, fn, x):
    fn(x)
    record(key, x)


def trace(path):
    RECORDS.clear()
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if path.endswith('.ipynb'):
        nb = json.loads(text)
        cells = []
        for i, c in enumerate(nb['cells']):
            if c.get('cell_type') != 'code':
                continue
            src = c['source'] if isinstance(c['source'], str) else ''.join(c['source'])
            cells.append((i, src))
    else:
        cells = [(None, text)]
    env = {'__name__': '__main__', '__sr_record': record, '__sr_shuffle': shuffle_and_record}
    error = None
    try:
        for cell, src in cells:
            tree = Wrap(cell, src.split('\n')).visit(ast.parse(src))
            ast.fix_missing_locations(tree)
            with contextlib.redirect_stdout(io.StringIO()):  # the file's own prints stay out of the JSON
                exec(compile(tree, path if cell is None else f'<cell {cell}>', 'exec'), env)
    except Exception as e:  # the script's own error: what was recorded so far stands
        error = f'{type(e).__name__}: {e}'
    calls = [{'cell': k[0], 'line': k[1], 'col': k[2], 'values': v} for k, v in RECORDS.items()]
    return {'meta': {'python': sys.version.split()[0], 'numpy': np.__version__}, 'calls': calls, 'error': error}


def main():
    results = [trace(p) for p in sys.argv[1:]]
    json.dump(results[0] if len(results) == 1 else results, sys.stdout)


if __name__ == '__main__':
    main()
