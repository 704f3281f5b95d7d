#!/usr/bin/env python3
"""Reference evaluator of the call language (docs/CALLS.md) in CPython, for the differential tests.

Reads one JSON string per line on stdin: an expression of the call language. Parses it with
Python's own parser (`ast.parse(text, mode='eval')`), walks the same restricted tree the tool
accepts (constants, names and attributes from the same tables, calls of the same functions,
unary - +, binary + - * / // % **, list/tuple/set/dict displays) and evaluates each node with
Python's and NumPy's own operators and functions. Writes one JSON string per line: the value's
canonical encoding (see `enc`, mirrored in test/core/callLanguage.test.ts) or
`E:<Type>:<message>` for an exception. The language's documented limits (int results of at most
100,000 bits, values of at most 1,000,000 elements) are checked before an operation that would
exceed them, so a hostile expression answers `L` at once instead of running for hours.

The first line written records the versions: {"python": ..., "numpy": ...}.
"""
import ast
import json
import math
import string
import sys

import numpy as np

sys.set_int_max_str_digits(0)
sys.setrecursionlimit(10000)

MAX_INT_BITS = 100_000
MAX_ELEMENTS = 1_000_000


class Limit(Exception):
    """A documented limit of the call language was reached."""


MODULES = {'np': np, 'numpy': np, 'math': math, 'string': string}
MODULE_ATTRS = {
    math: {'pi', 'e', 'tau', 'inf', 'nan'},
    string: {'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits', 'octdigits',
             'punctuation', 'whitespace', 'printable'},
    np: {'pi', 'e', 'inf', 'nan', 'arange', 'linspace', 'ones', 'zeros', 'full', 'eye', 'array', 'dtype',
         'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64', 'bool', 'bool_',
         'byte', 'ubyte', 'short', 'ushort', 'intc', 'uintc', 'int_', 'intp', 'uint', 'uintp', 'long', 'ulong',
         'longlong', 'ulonglong', 'single', 'double'},
}
BUILTINS = {'range': range, 'list': list, 'tuple': tuple, 'len': len, 'int': int, 'float': float, 'bool': bool}


def weight(v):
    if isinstance(v, (list, tuple)):
        return 1 + sum(weight(x) for x in v)
    if isinstance(v, np.ndarray):
        return 1 + v.size
    return 1


def binop(op, a, b):
    if isinstance(op, ast.Pow) and type(a) in (int, bool) and type(b) in (int, bool) and b >= 0 and abs(a) > 1:
        if (abs(a).bit_length() - 1) * b > MAX_INT_BITS:
            raise Limit()
    if isinstance(op, ast.Mult):
        for seq, n in ((a, b), (b, a)):
            if isinstance(seq, (str, bytes, list, tuple)) and type(n) in (int, bool) and abs(n) <= sys.maxsize:
                unit = len(seq) if isinstance(seq, (str, bytes)) else weight(seq) - 1
                if n > 0 and unit * n > MAX_ELEMENTS:
                    raise Limit()
    r = {ast.Add: lambda: a + b, ast.Sub: lambda: a - b, ast.Mult: lambda: a * b, ast.Div: lambda: a / b,
         ast.FloorDiv: lambda: a // b, ast.Mod: lambda: a % b, ast.Pow: lambda: a ** b}[type(op)]()
    return checked(r)


def checked(v):
    if type(v) is int and v.bit_length() > MAX_INT_BITS:
        raise Limit()
    if isinstance(v, (list, tuple)) and weight(v) > MAX_ELEMENTS:
        raise Limit()
    if isinstance(v, (str, bytes)) and len(v) > MAX_ELEMENTS:
        raise Limit()
    return v


def ev(node):
    if isinstance(node, ast.Expression):
        return ev(node.body)
    if isinstance(node, ast.Constant):
        if isinstance(node.value, complex) or node.value is Ellipsis:
            raise ValueError('not in the language')
        return checked(node.value)
    if isinstance(node, ast.Name):
        if node.id in MODULES:
            return MODULES[node.id]
        if node.id in BUILTINS:
            return BUILTINS[node.id]
        raise ValueError('not in the language: ' + node.id)
    if isinstance(node, ast.Attribute):
        obj = ev(node.value)
        if obj in MODULE_ATTRS and node.attr in MODULE_ATTRS[obj]:
            return getattr(obj, node.attr)
        raise ValueError('not in the language: .' + node.attr)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = ev(node.operand)
        return -v if isinstance(node.op, ast.USub) else +v
    if isinstance(node, ast.BinOp):
        a = ev(node.left)
        b = ev(node.right)
        return binop(node.op, a, b)
    if isinstance(node, ast.List):
        return checked([ev(x) for x in node.elts])
    if isinstance(node, ast.Tuple):
        return checked(tuple(ev(x) for x in node.elts))
    if isinstance(node, ast.Set):
        return {ev(x) for x in node.elts}
    if isinstance(node, ast.Dict):
        return {ev(k): ev(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.Call):
        fn = ev(node.func)
        args = [ev(x) for x in node.args]
        kwargs = {k.arg: ev(k.value) for k in node.keywords}
        if fn is range:
            r = fn(*args, **kwargs)
            return r
        return checked(fn(*args, **kwargs))
    raise ValueError('not in the language: ' + type(node).__name__)


def enc(v):
    """The canonical encoding shared with the TypeScript side."""
    if v is None:
        return 'N'
    if v is True or v is False:
        return 'b:' + str(v)
    if isinstance(v, np.ndarray):
        return 'a:%s:%s:%s' % (v.dtype.name, ','.join(map(str, v.shape)), enc(v.tolist()))
    if isinstance(v, np.generic):
        return enc(v.item())
    if type(v) is int:
        return 'i:' + str(v)
    if type(v) is float:
        return 'f:' + repr(v)
    if type(v) is complex:
        return 'c'
    if type(v) is str:
        return 's:' + json.dumps(v)
    if type(v) is bytes:
        return 'y:' + v.hex()
    if type(v) is list:
        return '[' + ','.join(enc(x) for x in v) + ']'
    if type(v) is tuple:
        return '(' + ','.join(enc(x) for x in v) + ')'
    if type(v) is range:
        return 'r[' + ','.join(enc(x) for x in v) + ']'
    if type(v) is set:
        return '{' + ','.join(sorted(enc(x) for x in v)) + '}'
    if type(v) is dict:
        return 'd{' + ','.join(enc(k) + '=' + enc(x) for k, x in v.items()) + '}'
    if isinstance(v, np.dtype):
        return 't:' + v.name
    if isinstance(v, type):
        return 't:' + np.dtype(v).name
    return 'unknown:' + type(v).__name__


def main():
    print(json.dumps({'python': sys.version.split()[0], 'numpy': np.__version__}), flush=True)
    for line in sys.stdin:
        text = json.loads(line)
        try:
            out = enc(ev(ast.parse(text, mode='eval')))
        except Limit:
            out = 'L'
        except SyntaxError as e:
            out = 'E:SyntaxError:' + str(e.msg)
        except Exception as e:  # the value of the test is the exception's type and message
            out = 'E:%s:%s' % (type(e).__name__, e)
        print(json.dumps(out), flush=False)
    sys.stdout.flush()


if __name__ == '__main__':
    main()
