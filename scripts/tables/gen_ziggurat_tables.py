#!/usr/bin/env python3
"""Write src/core/generator/zigguratTables.ts: the ziggurat tables of NumPy's Generator.

Source: the installed NumPy's own compiled tables — `ki_double`, `wi_double`, `fi_double` (the
normal) and `ke_double`, `we_double`, `fe_double` (the exponential) of
numpy/random/src/distributions/ziggurat_constants.h, read by their symbols from the object
file distributions.c.o inside numpy/random/lib/libnpyrandom.a, the static library NumPy ships for
C users of its distributions. These are the very doubles NumPy draws with. The three constants
are not symbols (the compiler folds them in) and follow from the tables:
ziggurat_nor_r = wi[255]·2**52, ziggurat_nor_inv_r = 1/ziggurat_nor_r, ziggurat_exp_r =
we[255]·2**53 (checked against the header when --header is given).

Why copy rather than derive: the tables come from the Marsaglia & Tsang (2000) construction
(x[i+1] = f^-1(f(x[i]) + V / x[i]) from r = 3.6541528853610088, V = 0.0049286732339746519 for
the normal; r = 7.6971174701310497, V = 0.0039496598225815571993 for the exponential), but the
recursion is ill-conditioned and NumPy's published tables were computed with a particular libm;
re-deriving them here in float64 (or in exact arithmetic) gives values off by up to ~1e-14
relative in the last layers (a different double in ~40 of each 256-entry table). This script
re-derives the normal tables and prints how far they are from NumPy's, so that claim can be
checked; the drawing tests in test/core/generator.test.ts prove the copied tables reproduce
NumPy's draws.

Usage:
  python3 scripts/tables/gen_ziggurat_tables.py [--header PATH]
--header: a copy of ziggurat_constants.h (`git -C numpy show v2.4.6:numpy/random/src/distributions/
ziggurat_constants.h`): every table value and constant must equal the library's.
`npm run tables` re-runs this and checks the result equals the committed file.
"""
import argparse
import math
import os
import re
import struct
import sys

import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "src", "core", "generator", "zigguratTables.ts")
LIBRARY = os.path.join(os.path.dirname(numpy.__file__), "random", "lib", "libnpyrandom.a")

TABLES = ["ki_double", "wi_double", "fi_double", "ke_double", "we_double", "fe_double"]
CONSTANTS = ["ziggurat_nor_r", "ziggurat_nor_inv_r", "ziggurat_exp_r"]
# The float32 tables of the `dtype=np.float32` draws (random_standard_normal_f, …), from the same
# object file; their three float constants are the double constants rounded to float32.
TABLES_F = ["ki_float", "wi_float", "fi_float", "ke_float", "we_float", "fe_float"]
CONSTANTS_F = ["ziggurat_nor_r_f", "ziggurat_nor_inv_r_f", "ziggurat_exp_r_f"]


def to_float32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def archive_members(data):
    """(name, bytes) of each member of a System V / GNU `ar` archive."""
    if data[:8] != b"!<arch>\n":
        raise SystemExit(f"{LIBRARY} is not an ar archive")
    at, long_names = 8, b""
    while at + 60 <= len(data):
        head = data[at:at + 60]
        name, size = head[:16].decode().strip(), int(head[48:58].decode().strip())
        body = data[at + 60:at + 60 + size]
        if name == "//":
            long_names = body
        elif name not in ("/", "/SYM64/"):
            if name.startswith("/") and name[1:].isdigit():
                start = int(name[1:])
                name = long_names[start:long_names.index(b"/\n", start)].decode()
            yield name.rstrip("/"), body
        at += 60 + size + (size & 1)


def elf_symbols(obj):
    """{name: file offset of its bytes} of an ELF64 little-endian object's symbol table."""
    if obj[:4] != b"\x7fELF" or obj[4] != 2 or obj[5] != 1:
        return {}
    (shoff,) = struct.unpack_from("<Q", obj, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", obj, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", obj, shoff + i * shentsize) for i in range(shnum)]
    found = {}
    for sec in sections:
        if sec[1] != 2:  # SHT_SYMTAB
            continue
        names_at = sections[sec[6]][4]
        for k in range(sec[5] // 24):
            name_off, _info, _other, shndx, value, _size = struct.unpack_from("<IBBHQQ", obj, sec[4] + k * 24)
            name = obj[names_at + name_off:obj.index(b"\0", names_at + name_off)].decode()
            if name and 0 < shndx < len(sections):
                found[name] = sections[shndx][4] + value
    return found


def library_tables():
    with open(LIBRARY, "rb") as f:
        data = f.read()
    for _name, obj in archive_members(data):
        syms = elf_symbols(obj)
        if all(t in syms for t in TABLES + TABLES_F):
            fmt = lambda t: ("<256Q" if t.startswith("k") else "<256d") if t.endswith("_double") else ("<256I" if t.startswith("k") else "<256f")
            return {t: list(struct.unpack_from(fmt(t), obj, syms[t])) for t in TABLES + TABLES_F}
    raise SystemExit(f"the ziggurat tables are not in {LIBRARY}")


def header_values(path):
    """The tables and constants as a C compiler reads ziggurat_constants.h."""
    text = open(path, encoding="utf8").read()

    def number(tok):
        tok = re.sub(r"(ULL|UL|U|L|F|f)$", "", tok.strip())
        return int(tok, 16) if tok.lower().startswith("0x") else float(tok)

    tables = {}
    for name in TABLES:
        m = re.search(r"static const \w+ " + name + r"\[\]\s*=\s*\{([^}]*)\}", text)
        tables[name] = [number(t) for t in m.group(1).split(",") if t.strip()]
    consts = {n: float(re.search(r"static const double " + n + r"\s*=\s*([0-9.eE+-]+)", text).group(1)) for n in CONSTANTS}
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
    return "\n".join("  " + ", ".join(items[i:i + 4]) + "," for i in range(0, len(items), 4))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--header", help="a copy of ziggurat_constants.h to check the library's values against")
    args = ap.parse_args()
    tables = library_tables()
    nor_r = tables["wi_double"][255] * 2**52
    consts = {"ziggurat_nor_r": nor_r, "ziggurat_nor_inv_r": 1 / nor_r, "ziggurat_exp_r": tables["we_double"][255] * 2**53}
    consts_f = {n + "_f": to_float32(consts[n]) for n in CONSTANTS}
    if args.header:
        if header_values(args.header) != ({t: tables[t] for t in TABLES}, consts):
            raise SystemExit(f"{args.header} does not hold the values of {LIBRARY}")
        print(f"  {args.header}: the same values", file=sys.stderr)
    report_derivation(tables, consts)
    for name in ("ki_double", "ke_double"):
        assert all(0 <= v < 2**53 for v in tables[name]), name  # exact as doubles

    out = [
        "// GENERATED by scripts/tables/gen_ziggurat_tables.py — do not edit by hand.",
        f"// Source: NumPy {numpy.__version__}'s compiled tables (numpy/random/lib/libnpyrandom.a), the values of",
        "//   numpy/random/src/distributions/ziggurat_constants.h; the three constants follow from WI and WE.",
        "// Each value is the double NumPy draws with, printed as repr().",
        "",
    ]
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
        ts = name.replace("_double", "").replace("_float", "_f").upper()
        out += [f"/** {docs[name]} NumPy's `{name}`. */", f"export const {ts} = Float64Array.of(",
                ts_array(tables[name], name.startswith("k")), ");", ""]
    for name in CONSTANTS:
        out += [f"/** NumPy's `{name}`. */", f"export const {name.upper()} = {consts[name]!r};"]
    for name in CONSTANTS_F:
        out += [f"/** NumPy's `{name}` (the double constant rounded to float32). */", f"export const {name.upper()} = {consts_f[name]!r};"]
    with open(OUT, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)} from NumPy {numpy.__version__}'s libnpyrandom.a", file=sys.stderr)


if __name__ == "__main__":
    main()
