#!/usr/bin/env python3
"""Write test/fixtures/format-fixed.json: Python's format(x, '.Nf') for doubles the extension formats.

Usage: python3 scripts/vscode/make_format_fixture.py
Rows are [float64 bits as hex, digits, format(x, f'.{digits}f')]: exact ties (0.125, 2.5), huge and
tiny magnitudes, subnormals, signed zeros, inf/nan, values that round to -0, and random doubles
from every binade, with digits 0..20. Never edit the JSON by hand; re-run this script.
"""
import json
import math
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def bits(x):
    return struct.pack(">d", x).hex()


def main():
    rng = random.Random(20240611)
    specials = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 1e-7, -1e-7, 0.005, 0.015, 0.025,
                1.0005, 2.675, 1e15, 1e16, 1e21, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
                math.inf, -math.inf, math.nan, 123456789.125, 9.995, 0.9999999999, -0.0049, 4.35, 0.1, 0.2, 0.3]
    rows = []
    for x in specials:
        for d in (0, 1, 2, 3, 6, 10, 17, 20):
            rows.append([bits(x), d, format(x, f".{d}f")])
    for _ in range(3000):
        e = rng.randint(-40, 40)
        x = rng.random() * 10.0 ** e * rng.choice((1, -1))
        d = rng.randint(0, 20)
        rows.append([bits(x), d, format(x, f".{d}f")])
    for _ in range(500):  # arbitrary bit patterns (every binade), few digits
        x = struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0]
        if math.isfinite(x) and abs(x) < 1e30:
            d = rng.randint(0, 20)
            rows.append([bits(x), d, format(x, f".{d}f")])
    meta = {"generated_by": "scripts/vscode/make_format_fixture.py", "python": sys.version.split()[0]}
    out = os.path.join(ROOT, "test", "fixtures", "format-fixed.json")
    with open(out, "w") as f:
        json.dump({"meta": meta, "cases": rows}, f, indent=0)
        f.write("\n")
    print(f"{len(rows)} cases -> {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
