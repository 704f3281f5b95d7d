#!/usr/bin/env python3
"""Write src/core/generator/zigguratTables.ts: the ziggurat tables of NumPy's Generator.

Source: numpy/numpy, file numpy/random/src/distributions/ziggurat_constants.h at tag v2.4.6
(commit b832a09cf2a169c833dd2371e7c07aa00b293242). The tables are data, not code: this script
copies the double-precision ones (ki/wi/fi for the normal, ke/we/fe for the exponential) and the
constants ziggurat_nor_r, ziggurat_nor_inv_r, ziggurat_exp_r, value for value. A C compiler
reads each decimal literal as the nearest double; Python's float() does the same, and the
TypeScript file gets repr() of that double (the shortest text that reads back to it), so the
tables are bit-identical to NumPy's compiled ones.

Why copy rather than derive: the tables come from the Marsaglia & Tsang (2000) construction
(x[i+1] = f^-1(f(x[i]) + V / x[i]) from r = 3.6541528853610088, V = 0.0049286732339746519 for
the normal; r = 7.6971174701310497, V = 0.0039496598225815571993 for the exponential), but the
recursion is ill-conditioned and NumPy's published tables were computed with a particular libm;
re-deriving them here in float64 (or in exact arithmetic) gives values off by up to ~1e-14
relative in the last layers (a different double in ~40 of each 256-entry table). This script re-derives the normal tables and prints how far they
are from NumPy's, so that claim can be checked; the drawing tests in
test/core/generator.test.ts prove the copied tables reproduce NumPy's draws.

Usage:
  python3 scripts/ziggurat_tables.py [--header PATH]
Without --header the file is downloaded from raw.githubusercontent.com at the commit above; with a
local clone, `git -C numpy show v2.4.6:numpy/random/src/distributions/ziggurat_constants.h > h`
then `--header h` gives the same bytes (the sha256 is recorded in the generated file).
"""
import argparse
import hashlib
import math
import os
import re
import sys
import urllib.request

TAG = "v2.4.6"
COMMIT = "b832a09cf2a169c833dd2371e7c07aa00b293242"
PATH = "numpy/random/src/distributions/ziggurat_constants.h"
URL = f"https://raw.githubusercontent.com/numpy/numpy/{COMMIT}/{PATH}"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "src", "core", "generator", "zigguratTables.ts")

TABLES = ["ki_double", "wi_double", "fi_double", "ke_double", "we_double", "fe_double"]
CONSTANTS = ["ziggurat_nor_r", "ziggurat_nor_inv_r", "ziggurat_exp_r"]
# The float32 tables and constants of the `dtype=np.float32` draws (random_standard_normal_f, …).
TABLES_F = ["ki_float", "wi_float", "fi_float", "ke_float", "we_float", "fe_float"]
CONSTANTS_F = ["ziggurat_nor_r_f", "ziggurat_nor_inv_r_f", "ziggurat_exp_r_f"]


def to_float32(tok):
    """The float a C compiler reads from a decimal literal: the float32 nearest the exact decimal."""
    import struct
    from fractions import Fraction
    exact = Fraction(re.sub(r"[fF]$", "", tok.strip()))
    f = struct.unpack("<f", struct.pack("<f", float(exact)))[0]
    bits = struct.unpack("<I", struct.pack("<f", f))[0]
    near = [struct.unpack("<f", struct.pack("<I", b))[0] for b in (bits - 1, bits, bits + 1)]
    return min(near, key=lambda c: (abs(Fraction(c) - exact), struct.unpack("<I", struct.pack("<f", c))[0] & 1))


def parse_number(tok):
    tok = re.sub(r"(ULL|UL|U|L|F|f)$", "", tok.strip())
    return int(tok, 16) if tok.lower().startswith("0x") else float(tok)


def parse(text):
    tables = {}
    for name in TABLES:
        m = re.search(r"static const \w+ " + name + r"\[\]\s*=\s*\{([^}]*)\}", text)
        if not m:
            sys.exit(f"table {name} not found")
        values = [parse_number(t) for t in m.group(1).split(",") if t.strip()]
        if len(values) != 256:
            sys.exit(f"table {name} has {len(values)} entries, expected 256")
        tables[name] = values
    for name in TABLES_F:
        m = re.search(r"static const \w+ " + name + r"\[\]\s*=\s*\{([^}]*)\}", text)
        if not m:
            sys.exit(f"table {name} not found")
        toks = [t for t in m.group(1).split(",") if t.strip()]
        values = [parse_number(t) if name.startswith("k") else to_float32(t) for t in toks]
        if len(values) != 256:
            sys.exit(f"table {name} has {len(values)} entries, expected 256")
        tables[name] = values
    consts = {}
    for name in CONSTANTS:
        m = re.search(r"static const double " + name + r"\s*=\s*([0-9.eE+-]+)", text)
        if not m:
            sys.exit(f"constant {name} not found")
        consts[name] = float(m.group(1))
    for name in CONSTANTS_F:
        m = re.search(r"static const float " + name + r"\s*=\s*([0-9.eE+-]+)f", text)
        if not m:
            sys.exit(f"constant {name} not found")
        consts[name] = to_float32(m.group(1))
    return tables, consts


def derive_normal(r, v):
    """The Marsaglia-Tsang normal layers in float64 (NumPy's layout: x[0] = 0, x[255] = r)."""
    f = lambda x: math.exp(-0.5 * x * x)
    finv = lambda p: math.sqrt(-2 * math.log(p))
    x = [0.0] * 256
    x[0] = r
    for i in range(1, 255):
        x[i] = finv(f(x[i - 1]) + v / x[i - 1])
    x = x[::-1]
    ki = [round(x[-1] * f(x[-1]) / v * 2**52)] + [round(x[i - 1] / x[i] * 2**52) for i in range(1, 256)]
    wi = [v / f(x[-1]) / 2**52] + [xi / 2**52 for xi in x[1:]]
    fi = [f(xi) for xi in x]
    return ki, wi, fi


def report_derivation(tables, consts):
    ki, wi, fi = derive_normal(consts["ziggurat_nor_r"], 0.0049286732339746519)
    for name, mine in (("ki_double", ki), ("wi_double", wi), ("fi_double", fi)):
        ref = tables[name]
        diffs = [i for i in range(256) if ref[i] != mine[i]]
        worst = max((abs(ref[i] - mine[i]) / abs(ref[i]) for i in diffs if ref[i]), default=0.0)
        print(f"  re-derived {name}: {256 - len(diffs)}/256 identical, worst relative difference {worst:.2e}",
              file=sys.stderr)


def ts_array(values, is_int):
    items = [str(v) if is_int else repr(v) for v in values]
    lines = []
    for i in range(0, len(items), 4):
        lines.append("  " + ", ".join(items[i:i + 4]) + ",")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--header", help="a local copy of ziggurat_constants.h at the commit above")
    args = ap.parse_args()
    if args.header:
        with open(args.header, "rb") as f:
            raw = f.read()
    else:
        with urllib.request.urlopen(URL) as resp:
            raw = resp.read()
    sha = hashlib.sha256(raw).hexdigest()
    tables, consts = parse(raw.decode("utf8"))
    report_derivation(tables, consts)
    for name in ("ki_double", "ke_double"):
        assert all(0 <= v < 2**53 for v in tables[name]), name  # exact as doubles

    out = []
    out.append("// GENERATED by scripts/ziggurat_tables.py — do not edit by hand.")
    out.append(f"// Source: numpy/numpy {TAG} (commit {COMMIT}),")
    out.append(f"//   {PATH} (sha256 {sha}).")
    out.append("// Each value is the double a C compiler reads from NumPy's literal, printed as repr().")
    out.append("")
    docs = {
        "ki_double": "Normal ziggurat: acceptance thresholds for the 52-bit magnitude, per layer.",
        "wi_double": "Normal ziggurat: layer widths scaled by 2**-52 (x = rabs * wi[idx]).",
        "fi_double": "Normal ziggurat: exp(-x*x/2) at each layer edge.",
        "ke_double": "Exponential ziggurat: acceptance thresholds for the 53-bit value, per layer.",
        "we_double": "Exponential ziggurat: layer widths scaled by 2**-53 (x = ri * we[idx]).",
        "fe_double": "Exponential ziggurat: exp(-x) at each layer edge.",
    }
    docs.update({
        "ki_float": "Normal ziggurat (float32 draws): acceptance thresholds for the 23-bit magnitude.",
        "wi_float": "Normal ziggurat (float32 draws): layer widths scaled by 2**-23, as float32 values.",
        "fi_float": "Normal ziggurat (float32 draws): exp(-x*x/2) at each layer edge, as float32 values.",
        "ke_float": "Exponential ziggurat (float32 draws): acceptance thresholds for the 23-bit value.",
        "we_float": "Exponential ziggurat (float32 draws): layer widths scaled by 2**-23, as float32 values.",
        "fe_float": "Exponential ziggurat (float32 draws): exp(-x) at each layer edge, as float32 values.",
    })
    for name in TABLES + TABLES_F:
        ts = name.replace("_double", "").replace("_float", "_f")
        out.append(f"/** {docs[name]} NumPy's `{name}`. */")
        out.append(f"export const {ts.upper()} = Float64Array.of(")
        out.append(ts_array(tables[name], name.startswith("k")))
        out.append(");")
        out.append("")
    names = {"ziggurat_nor_r": "ZIGGURAT_NOR_R", "ziggurat_nor_inv_r": "ZIGGURAT_NOR_INV_R",
             "ziggurat_exp_r": "ZIGGURAT_EXP_R", "ziggurat_nor_r_f": "ZIGGURAT_NOR_R_F",
             "ziggurat_nor_inv_r_f": "ZIGGURAT_NOR_INV_R_F", "ziggurat_exp_r_f": "ZIGGURAT_EXP_R_F"}
    for name in CONSTANTS + CONSTANTS_F:
        out.append(f"/** NumPy's `{name}`. */")
        out.append(f"export const {names[name]} = {consts[name]!r};")
    with open(OUT, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {os.path.relpath(OUT, os.path.dirname(HERE))} from {PATH} @ {COMMIT[:12]} (sha256 {sha[:16]}…)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
