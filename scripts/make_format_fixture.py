#!/usr/bin/env python3
"""Write test/fixtures/numberFormat.json: Python's format() of pinned values, for the number formats.

Usage: python3 scripts/make_format_fixture.py
Each float is stored by its IEEE bits (hex) and each int as decimal text, with every format spec
Seeded Random offers (see src/core/format/numberFormat.ts): '' (repr), ',', '.Nf', ',.Nf',
'.Ng', ',.Ng'. The values are drawn from random.Random(20240611) plus hand-picked edge cases:
exact rounding ties (odd / 2**k), powers of ten and their neighbours, the repr/'g' switch points,
subnormals, signed zeros, inf and nan. Re-run after changing the lists; never edit the fixture.
"""
import datetime
import json
import math
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "numberFormat.json")

FLOAT_SPECS = ["", ",", ".0f", ".1f", ".2f", ".3f", ".6f", ",.2f", ".17f", ".25f",
               ".1g", ".2g", ".3g", ".6g", ",.6g", ".12g", ".17g", ".20g", ",.3g"]
INT_SPECS = ["", ","]


def bits(x):
    return struct.pack(">d", x).hex()


def floats(r):
    out = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1234.5, 9.995, 9.9999, 0.0001,
           9.999999999999999e-05, 1e16, 9999999999999998.0, 1e21, 1e22, 1e23, 123456789.0,
           0.1, 0.2, 1 / 3, 2 / 3, 1e-5, 999.5, 99.95, 0.45, 0.055]
    for _ in range(200):  # exact ties for 'f' and 'g' at many positions
        k = r.randint(1, 60)
        out.append(r.choice([1, -1]) * (2 * r.randint(0, 2 ** r.randint(1, 40)) + 1) / 2 ** k)
    for _ in range(200):  # random bits: every binade
        x = struct.unpack(">d", r.getrandbits(64).to_bytes(8, "big"))[0]
        if math.isfinite(x):
            out.append(x)
    for _ in range(200):  # everyday magnitudes
        out.append(r.uniform(-1, 1) * 10 ** r.randint(-8, 24))
    for e in range(-10, 25):  # around powers of ten
        p = 10.0 ** e
        out += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    return out


def ints(r):
    out = [0, 1, -1, 999, 1000, -1000, 123456, 10 ** 20, -(2 ** 64), 2 ** 63 - 1]
    for _ in range(100):
        out.append(r.randint(-(10 ** r.randint(1, 30)), 10 ** r.randint(1, 30)))
    return out


def main():
    r = random.Random(20240611)
    fl = [[bits(x), spec, format(x, spec)] for x in floats(r) for spec in FLOAT_SPECS]
    it = [[str(n), spec, format(n, spec)] for n in ints(r) for spec in INT_SPECS]
    meta = {"generated_by": "scripts/make_format_fixture.py", "python": sys.version.split()[0],
            "date": datetime.date.today().isoformat()}
    with open(OUT, "w") as f:  # one case per line: small, and diffs read well
        f.write('{"meta": ' + json.dumps(meta) + ',\n"floats": [\n')
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in fl))
        f.write('\n],\n"ints": [\n')
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in it))
        f.write("\n]}\n")
    print(f"{len(fl)} float and {len(it)} int cases -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
