#!/usr/bin/env python3
"""Port NumPy's and CPython's own random tests into test/fixtures/upstream.json.

Reads, by parsing (ast — nothing is imported or run), the test files installed with the pinned
reference libraries:
  NumPy 2.4.6   numpy/random/tests/test_randomstate.py, test_random.py,
                test_randomstate_regression.py, test_regression.py,
                test_generator_mt19937.py, test_generator_mt19937_regressions.py
  CPython 3.11.7 Lib/test/test_random.py
and extracts every fixed-seed expectation (`actual = rng.<method>(...)` compared with a `desired`
value by assert_array_equal / assert_array_almost_equal / assert_equal / assertEqual …) and every
invalid-argument case (`assert_raises(E, rng.<method>, ...)`, `with pytest.raises(E): ...`,
`self.assertRaises(E, self.gen.<method>, ...)`) it can follow, with the draws made since the last
seeding as a prefix. Each case records its file (relative to the package), class and test.

Cases it cannot express as calls of this tool are kept in the fixture with the reason
(`refused`), never silently dropped: Generator on MT19937 (other bit generators are out of scope),
the state/pickle API, arguments that are not values (objects, closures, loops), seed(version=1).
test/core/upstream.test.ts runs every other case through the core and asserts equality.

Usage: python3 scripts/port_upstream_tests.py   (writes test/fixtures/upstream.json, prints counts)
"""
import ast
import hashlib
import json
import os
import sys
from collections import Counter

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "test", "fixtures", "upstream.json")
NP_TESTS = os.path.join(os.path.dirname(np.__file__), "random", "tests")
PY_TEST = os.path.join(os.path.dirname(os.__file__), "test", "test_random.py")
NP_FILES = ["test_randomstate.py", "test_random.py", "test_randomstate_regression.py", "test_regression.py",
            "test_generator_mt19937.py", "test_generator_mt19937_regressions.py"]

ASSERT_EQ = {"assert_array_equal", "assert_equal", "assertEqual", "assert_"}
ASSERT_ALMOST = {"assert_array_almost_equal", "assert_almost_equal", "assert_allclose"}
STATE_API = {"get_state", "set_state", "getstate", "setstate", "__getstate__", "__setstate__", "__reduce__",
             "bit_generator", "state", "jumped", "spawn", "dumps", "loads"}


class Refuse(Exception):
    pass


def dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


class Env:
    """Values of a test's local names and its seeded streams, following the statements in order."""

    def __init__(self, cls_attrs, engine_default):
        self.values = {}
        self.cls = cls_attrs
        self.streams = {}  # name -> {"engine", "seed", "calls": [...], "tainted": reason}
        self.engine_default = engine_default

    def value(self, node):
        """Evaluate an argument expression: literals, lists, np.array/np.arange, arithmetic, known names."""
        ns = {"np": np, "self": type("S", (), dict(self.cls))(), "__builtins__": {"range": range, "list": list, "int": int,
              "float": float, "bool": bool, "tuple": tuple, "len": len, "abs": abs}}
        ns.update({k: v for k, v in self.values.items()})
        try:
            v = eval(compile(ast.Expression(node), "<arg>", "eval"), ns)
        except Exception as e:
            raise Refuse(f"argument is not a value the port can evaluate: {ast.unparse(node)[:60]}") from e
        return plain(v)

    def stream_of(self, func):
        """(stream name, method) for a call `rng.meth(...)`, `random.meth(...)`, `np.random.meth(...)`, `self.gen.meth(...)`."""
        name = dotted(func)
        if not name or "." not in name:
            return None
        base, meth = name.rsplit(".", 1)
        if base in self.streams:
            return base, meth
        if base in ("random", "np.random", "self.gen") and base in self.streams:
            return base, meth
        return None


def plain(v):
    if isinstance(v, np.ndarray):
        return v.tolist()
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, (list, tuple)):
        return type(v)(plain(x) for x in v)
    return v


def lit(v):
    """Call text for a Python value."""
    if isinstance(v, float):
        if v != v:
            return "float('nan')"
        if v in (float("inf"), float("-inf")):
            return "float('inf')" if v > 0 else "-float('inf')"
        return repr(v)
    if isinstance(v, (bool, int, str, type(None))):
        return repr(v)
    if isinstance(v, bytes):
        raise Refuse("a bytes argument")
    if isinstance(v, list):
        return "[" + ", ".join(lit(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "(" + ", ".join(lit(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, type) and v.__module__ == "numpy":
        return repr(np.dtype(v).name)
    if isinstance(v, type) and v in (int, float, bool):
        return repr(np.dtype(v).name)
    if isinstance(v, np.dtype):
        return repr(v.name)
    raise Refuse(f"an argument of type {type(v).__name__}")


def jsonable(v):
    if isinstance(v, float):
        return {"float": v.hex()} if v == v and abs(v) != float("inf") else {"float": repr(v)}
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    if isinstance(v, str) or v is None:
        return v
    raise Refuse(f"an expected value of type {type(v).__name__}")


class Porter:
    def __init__(self, rel, source, lib):
        self.rel, self.source, self.lib = rel, source, lib
        self.cases = []

    def add(self, case, refused=None):
        case["file"] = self.rel
        if refused:
            case["refused"] = refused
        self.cases.append(case)

    def call_text(self, env, call_node, meth):
        args = [lit(env.value(a)) for a in call_node.args if not isinstance(a, ast.Starred)]
        if any(isinstance(a, ast.Starred) for a in call_node.args):
            raise Refuse("*args")
        kw = [f"{k.arg}={lit(env.value(k.value))}" for k in call_node.keywords if k.arg]
        return f"{meth}({', '.join(args + kw)})"

    def run_test(self, cls, fn, cls_attrs, engine, generator_on_mt):
        env = Env(cls_attrs, engine)
        # the module-level RandomState (np.random.seed) and self.gen (CPython) are streams from the start
        base_engine = "numpy-generator" if generator_on_mt else engine  # `random = Generator(MT19937(...))` there
        for base in ("random", "np.random", "self.gen", "self.rng", "rng"):
            env.streams[base] = {"engine": base_engine, "seed": None, "calls": [], "tainted": None}
        env.readonly = "writeable" in ast.unparse(fn)
        where = {"class": cls, "test": fn.name}
        for st in fn.body:
            try:
                self.statement(env, st, where, engine, generator_on_mt)
            except Refuse as r:
                for s in env.streams.values():
                    s["tainted"] = s["tainted"] or str(r)

    def new_stream(self, env, name, call, engine, generator_on_mt):
        f = dotted(call.func) or ""
        if f.endswith("RandomState") or f.endswith("Random"):
            seed = env.value(call.args[0]) if call.args else None
            env.streams[name] = {"engine": engine if not f.endswith("RandomState") else "numpy", "seed": seed, "calls": [], "tainted": None}
            return True
        if f.endswith("Generator") or f.endswith("default_rng"):
            inner = dotted(call.args[0].func) if call.args and isinstance(call.args[0], ast.Call) else None
            if f.endswith("Generator") and inner and not inner.endswith("PCG64"):
                env.streams[name] = {"engine": "numpy-generator", "seed": None, "calls": [], "tainted": f"Generator on {inner.split('.')[-1]}: other bit generators are out of scope"}
                return True
            seed = None
            try:
                seed = env.value(call.args[0].args[0] if inner else call.args[0]) if call.args else None
            except (Refuse, IndexError):
                pass
            env.streams[name] = {"engine": "numpy-generator", "seed": seed, "calls": [], "tainted": None if seed is not None else "Generator seeded by something the port cannot read"}
            return True
        return False

    def statement(self, env, st, where, engine, generator_on_mt):
        if isinstance(st, ast.Assign) and len(st.targets) == 1:
            tgt = st.targets[0]
            name = dotted(tgt)
            v = st.value
            if isinstance(v, ast.Call) and name and self.new_stream(env, name, v, engine, generator_on_mt):
                return
            if isinstance(v, ast.Call) and env.stream_of(v.func):
                base, meth = env.stream_of(v.func)
                env.values[name] = ("draw", base, len(env.streams[base]["calls"]), meth, v)
                self.record_call(env, base, meth, v)
                return
            if name:
                try:
                    env.values[name] = env.value(v)
                except Refuse:
                    env.values.pop(name, None)
            return
        if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call):
            c = st.value
            f = dotted(c.func) or ""
            if f.split(".")[-1] == "seed" and env.stream_of(c.func):
                base = env.stream_of(c.func)[0]
                if any(k.arg == "version" and isinstance(k.value, ast.Constant) and k.value.value == 1 for k in c.keywords):
                    env.streams[base] = {"engine": engine, "seed": None, "calls": [], "tainted": "seed(..., version=1) (Python 2's seeding) is not supported by this tool"}
                    return
                seed = env.value(c.args[0]) if c.args else None
                env.streams[base] = {"engine": env.streams[base]["engine"], "seed": seed, "calls": [], "tainted": None}
                return
            short = f.split(".")[-1]
            if short in ASSERT_EQ | ASSERT_ALMOST:
                self.assertion(env, c, short, where)
                return
            if short in ("assert_raises", "assertRaises", "raises"):
                self.raises(env, c.args[0], c.args[1] if len(c.args) > 1 else None, c.args[2:], c.keywords, where)
                return
            if env.stream_of(c.func):
                base, meth = env.stream_of(c.func)
                self.record_call(env, base, meth, c)
                return
            return
        if isinstance(st, ast.With):
            for item in st.items:
                ce = item.context_expr
                if isinstance(ce, ast.Call) and (dotted(ce.func) or "").split(".")[-1] in ("raises", "assert_raises", "assertRaises"):
                    body = [s for s in st.body if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)]
                    match = next((k.value for k in ce.keywords if k.arg == "match"), None)
                    for s in body:
                        self.raises(env, ce.args[0], s.value.func, s.value.args, s.value.keywords, where, match)
                    return
            for s in st.body:
                self.statement(env, s, where, engine, generator_on_mt)
            return
        if isinstance(st, ast.Assert):
            t = st.test
            if isinstance(t, ast.Compare) and len(t.ops) == 1 and isinstance(t.ops[0], ast.Eq):
                fake = ast.Call(func=ast.Name("assert_equal"), args=[t.left, t.comparators[0]], keywords=[])
                self.assertion(env, fake, "assert_equal", where)
            return
        if isinstance(st, (ast.For, ast.While, ast.If, ast.Try)):
            text = ast.unparse(st)
            if any(b.split(".")[0] in text for b in env.streams):
                raise Refuse("draws inside a loop or branch the port does not follow")
            return

    def record_call(self, env, base, meth, call):
        s = env.streams[base]
        if meth in STATE_API:
            s["tainted"] = s["tainted"] or f"the state/pickle API ({meth}) is out of scope"
            return
        try:
            s["calls"].append(self.call_text(env, call, meth))
        except Refuse as r:
            s["tainted"] = s["tainted"] or str(r)

    def resolve_draw(self, env, node):
        if isinstance(node, ast.Name) and isinstance(env.values.get(node.id), tuple) and env.values[node.id][:1] == ("draw",):
            _, base, idx, meth, call = env.values[node.id]
            return base, idx, meth, call, None
        if isinstance(node, ast.Call) and env.stream_of(node.func):
            base, meth = env.stream_of(node.func)
            idx = len(env.streams[base]["calls"])
            self.record_call(env, base, meth, node)
            return base, idx, meth, node, None
        return None

    def assertion(self, env, c, kind, where):
        if len(c.args) < 2:
            return
        a, b = c.args[0], c.args[1]
        draw = self.resolve_draw(env, a)
        other = b
        if draw is None:
            draw = self.resolve_draw(env, b)
            other = a
        if draw is None:
            return
        base, idx, meth, call, _ = draw
        s = env.streams[base]
        case = dict(where, engine=s["engine"], kind="values", method=meth, source=ast.unparse(c)[:200])
        if s["tainted"]:
            return self.add(case, s["tainted"])
        if s["seed"] is None:
            return self.add(case, "no seed the port can read before this draw")
        if idx >= len(s["calls"]):
            return self.add(case, "the call could not be written as call text")
        try:
            expected = env.value(other)
            decimal = None
            if kind in ASSERT_ALMOST:
                d = next((k.value for k in c.keywords if k.arg == "decimal"), c.args[2] if len(c.args) > 2 else None)
                decimal = env.value(d) if d is not None else 7 if kind == "assert_almost_equal" else 6
                if kind == "assert_allclose":
                    raise Refuse("assert_allclose tolerances are not ported")
            case.update(seed=jsonable(s["seed"]), prefix=s["calls"][:idx], call=s["calls"][idx], expected=jsonable(expected), decimal=decimal)
            self.add(case)
        except Refuse as r:
            self.add(case, str(r))

    def raises(self, env, exc, func, args, keywords, where, match=None):
        exc_name = dotted(exc) if not isinstance(exc, ast.Tuple) else dotted(exc.elts[0])
        if func is None:
            return
        fname = dotted(func) or ""
        seeder = fname.split(".")[-1]
        if seeder in ("RandomState", "default_rng") or (seeder == "seed" and env.stream_of(func)):
            # a bad seed: the seeding itself must raise
            seed_engine = "numpy" if seeder in ("RandomState", "seed") and self.lib == "numpy" else "numpy-generator" if seeder == "default_rng" else "python"
            case = dict(where, kind="seed-error", engine=seed_engine, error=(exc_name or "?").split(".")[-1], source=ast.unparse(func)[:120])
            try:
                if len(args) != 1 or keywords:
                    raise Refuse("a seeding call with other than one argument")
                case.update(seed=jsonable(env.value(args[0])))
                self.add(case)
            except Refuse as r:
                self.add(case, str(r))
            return
        sf = env.stream_of(func)
        case = dict(where, kind="error", error=(exc_name or "?").split(".")[-1], source=ast.unparse(func)[:120])
        if not sf:
            return
        base, meth = sf
        s = env.streams[base]
        case.update(engine=s["engine"], method=meth)
        if exc_name and exc_name.endswith("Warning"):
            return self.add(case, "a warning, not an error (this tool reports no warnings)")
        if getattr(env, "readonly", False):
            return self.add(case, "read-only arrays (flags.writeable = False) cannot be written as call text")
        if s["engine"] == "numpy-generator" and s["tainted"] and s["tainted"].startswith("Generator on"):
            pass  # bad arguments fail the same way on any bit generator
        if meth in STATE_API:
            return self.add(case, f"the state/pickle API ({meth}) is out of scope")
        try:
            fake = ast.Call(func=func, args=list(args), keywords=list(keywords))
            case.update(seed={"int": "0"}, prefix=[], call=self.call_text(env, fake, meth))
            if match is not None:
                case["match"] = env.value(match)
            self.add(case)
        except Refuse as r:
            self.add(case, str(r))

    def port(self):
        tree = ast.parse(self.source)
        generator_file = "generator" in self.rel
        engine = "python" if self.lib == "cpython" else "numpy"
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                attrs = {}
                for st in node.body:
                    if isinstance(st, ast.Assign) and isinstance(st.targets[0], ast.Name):
                        try:
                            attrs[st.targets[0].id] = ast.literal_eval(st.value)
                        except Exception:
                            pass
                    if isinstance(st, ast.FunctionDef) and st.name in ("setup_method", "setUp", "_create_rng"):
                        for s in ast.walk(st):
                            if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Attribute) and dotted(s.targets[0].value) == "self":
                                try:
                                    attrs[s.targets[0].attr] = ast.literal_eval(s.value)
                                except Exception:
                                    pass
                if self.lib == "cpython" and node.name not in ("MersenneTwister_TestBasicOps", "TestBasicOps", "TestDistributions", "TestModule"):
                    continue
                for fn in node.body:
                    if isinstance(fn, ast.FunctionDef) and fn.name.startswith("test"):
                        self.run_test(node.name, fn, attrs, engine, generator_file)
            elif isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
                self.run_test(None, node, {}, engine, generator_file)
        if generator_file:
            for c in self.cases:
                if c["kind"] == "values" and "refused" not in c and c["engine"] != "numpy-generator":
                    c["refused"] = "Generator on MT19937: other bit generators are out of scope"
        return self.cases


def file_record(path, rel, lib, version):
    raw = open(path, "rb").read()
    return {"path": rel, "library": lib, "version": version, "sha256": hashlib.sha256(raw).hexdigest()}, raw.decode("utf8")


def main():
    files, cases = [], []
    for name in NP_FILES:
        rec, src = file_record(os.path.join(NP_TESTS, name), f"numpy/random/tests/{name}", "numpy", np.__version__)
        files.append(rec)
        cases += Porter(rec["path"], src, "numpy").port()
    rec, src = file_record(PY_TEST, "Lib/test/test_random.py", "cpython", sys.version.split()[0])
    files.append(rec)
    cases += Porter(rec["path"], src, "cpython").port()
    for i, c in enumerate(cases):
        c["id"] = i
    meta = {"numpy": np.__version__, "python": sys.version.split()[0], "files": files,
            "script": "scripts/port_upstream_tests.py"}
    with open(OUT, "w") as f:
        json.dump({"meta": meta, "cases": cases}, f, indent=1)
        f.write("\n")
    runnable = [c for c in cases if "refused" not in c]
    print(f"extracted {len(cases)} cases: {len(runnable)} runnable "
          f"({sum(c['kind'] == 'values' for c in runnable)} values, {sum(c['kind'] == 'error' for c in runnable)} errors, "
          f"{sum(c['kind'] == 'seed-error' for c in runnable)} bad seeds), "
          f"{len(cases) - len(runnable)} refused by the port:")
    for reason, n in Counter(c["refused"].split(":")[0] if c["refused"].startswith("argument is not") else c["refused"]
                             for c in cases if "refused" in c).most_common():
        print(f"  {n:4d}  {reason}")


if __name__ == "__main__":
    main()
