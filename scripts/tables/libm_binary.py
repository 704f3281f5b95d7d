"""The C library's libm as bytes, for the table scripts that read glibc's tables from it
(gen_libm_tables.py, gen_acos_tables.py, gen_sincos_table.py): the file, the glibc version they
record, and the TypeScript Float64Array literal they write. Only the version is written into generated files, never the machine's path, so the
files are the same on every machine with that glibc."""
import ctypes.util
import os

LIBM_PATHS = ("/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6", "/lib64/libm.so.6")


def libm_bytes(path=None):
    """(path, bytes) of the given libm, else of the system's."""
    if path is None:
        path = next((p for p in LIBM_PATHS if os.path.exists(p)), None) or ctypes.util.find_library("m")
    if not path or not os.path.exists(path):
        raise SystemExit("libm.so.6 not found: pass its path")
    with open(path, "rb") as f:
        return path, f.read()


def glibc_version():
    """`glibc 2.36`: the running C library (the one whose libm is read)."""
    try:
        return os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):
        raise SystemExit("not a glibc system: these tables are glibc's")


def float64_array(name, values, per_line, doc):
    """`export const NAME = new Float64Array([...]);` with `per_line` reprs a line, after a doc
    comment (a string: one line; a list of strings: one comment line each)."""
    lines = [f"/** {doc} */"] if isinstance(doc, str) else ["/**", *(f" * {d}" for d in doc), " */"]
    lines.append(f"export const {name} = new Float64Array([")
    for i in range(0, len(values), per_line):
        lines.append("  " + ", ".join(repr(v) for v in values[i:i + per_line]) + ",")
    lines.append("]);")
    return "\n".join(lines)
