#!/usr/bin/env python3
"""Write the pinned fixtures for the formatter and the literal parser, from CPython itself.

- test/fixtures/repr.json: `repr(float)` for special values and for 4,000 doubles drawn from
  every binade (bit patterns from random.Random(20261124)), keyed by their IEEE-754 bits in hex.
- test/fixtures/literals.json: `repr(ast.literal_eval(text))` for a corpus of literal texts, or
  null where Python rejects the text (a SyntaxError/ValueError), so the parser agrees with Python.
Usage: python3 scripts/make_core_fixtures.py
"""
import ast
import json
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def bits(x):
    return struct.pack(">d", x).hex()


def repr_fixture():
    r = random.Random(20261124)
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, 0.1, 0.5, 1e16, 1e15, 1e-4, 1e-5, 9.999999999999999e-05,
                123456789012345678.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                float("inf"), float("-inf"), float("nan"), 1 / 3, 2 / 3, 100.0, 1e22, 1e21, 1e-7]
    values = specials[:]
    for _ in range(4000):
        values.append(struct.unpack(">d", r.getrandbits(64).to_bytes(8, "big"))[0])
        e = r.randint(-30, 30)
        values.append(r.random() * 10.0 ** e)
    values = [v for v in values if v == v or v is specials[18]]
    return {"meta": {"generated_by": "scripts/make_core_fixtures.py", "python": sys.version.split()[0]},
            "cases": [[bits(v), repr(v)] for v in values]}


LITERALS = [
    "0", "-0", "101", "-5", "+7", "1_000_000", "0x1F", "0o17", "0b101", "0XdeadBEEF", "2" * 60, "-" + "9" * 45,
    "1.5", "-2.25", ".5", "5.", "1e3", "1E-3", "1e400", "-1e400", "1_0.5", "0.1e-5", "00", "007", "0.0",
    "'abc'", '"abc"', "'it''s'", "\"it's\"", "'a\\nb'", "'\\x41\\u00e9\\U0001F3B2'", "r'a\\nb'", "'\\101'",
    "'''tri\"ple'''", "'a' 'b'", "'h\u00e9llo'", "'\\q'", "u'x'",
    "True", "False", "None", "-True", "[1, 2, 3]", "[]", "[1, [2, [3]]]", "(1,)", "()", "(1)", "(1, 2)", "[1, 'a', 2.5, None]",
    "[1, 2,]", "(1, 2,)", "[[], ()]",
    "1__0", "1_", "_1", "0x", "1e", "'abc", "[1, 2", "(1, 2", "abc", "inf", "nan", "1 2", "[1 2]", "--5", "- 5",
    "-'a'", "-[1]", "", "   ", "[,]", "(,)", "1.2.3", "0b12", "08", "1e5.5", "'\\x4'",
]


def literals_fixture():
    out = []
    for text in LITERALS:
        try:
            v = ast.literal_eval(text)
            out.append([text, repr(v)])
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            out.append([text, None])
    return {"meta": {"generated_by": "scripts/make_core_fixtures.py", "python": sys.version.split()[0]}, "cases": out}


def write(name, data):
    path = os.path.join(ROOT, "test", "fixtures", name)
    with open(path, "w") as f:
        json.dump(data, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"{name}: {len(data['cases'])} cases")


if __name__ == "__main__":
    write("repr.json", repr_fixture())
    write("literals.json", literals_fixture())
