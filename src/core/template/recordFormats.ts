import { repr, reprFloat, reprString } from '../format/formatValue';
import { PyError } from '../errors';
import { PyBytes, PyNdArray, PyTuple, type PyObj } from '../types';
import { PyDict, type RecordValue } from './compileTemplate';

/*
 * Records written exactly as the Python that Copy Reproducing Code prints writes them (CPython
 * 3.11): `json.dumps(record)`, `repr(record)`, a `csv.writer` row, and an SQL literal per value
 * by the `sql(v)` helper defined in the copied code (see templateCode.ts).
 */

const HEX4 = (c: number) => '\\u' + c.toString(16).padStart(4, '0');

/**
 * `json.dumps(s)` of a str with the default `ensure_ascii=True` (Lib/json/encoder.py
 * `py_encode_basestring_ascii`): `\\"`, `\\\\`, `\\n`, `\\r`, `\\t`, `\\b`, `\\f`; every other
 * character outside space..`~` as `\\uXXXX` (UTF-16 units, so astral characters as surrogate pairs).
 */
export function jsonString(s: string): string {
  let out = '"';
  let plain = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(plain, i);
    plain = i + 1;
    switch (c) {
      case 0x22:
        out += '\\"';
        break;
      case 0x5c:
        out += '\\\\';
        break;
      case 0x0a:
        out += '\\n';
        break;
      case 0x0d:
        out += '\\r';
        break;
      case 0x09:
        out += '\\t';
        break;
      case 0x08:
        out += '\\b';
        break;
      case 0x0c:
        out += '\\f';
        break;
      default:
        out += HEX4(c);
    }
  }
  return out + s.slice(plain) + '"';
}

/** `float.__repr__` as `json.dumps` writes floats, with its `NaN`, `Infinity`, `-Infinity`. */
function jsonFloat(x: number): string {
  if (x !== x) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return reprFloat(x);
}

/** `json.dumps(v)` with the defaults (`', '` and `': '` separators, `ensure_ascii`, `allow_nan`). */
export function jsonDumps(v: RecordValue): string {
  switch (typeof v) {
    case 'string':
      return jsonString(v);
    case 'bigint':
      return v.toString();
    case 'number':
      return jsonFloat(v);
    case 'boolean':
      return v ? 'true' : 'false';
  }
  if (v === null) return 'null';
  if (v instanceof PyDict) return `{${v.keys.map((k, i) => `${jsonString(k)}: ${jsonDumps(v.values[i])}`).join(', ')}}`;
  if (v instanceof PyNdArray) return jsonDumps(v.toList());
  if (v instanceof PyBytes) throw new PyError('TypeError', 'Object of type bytes is not JSON serializable');
  const items: readonly RecordValue[] = v instanceof PyTuple ? v.items : v;
  return `[${items.map(jsonDumps).join(', ')}]`;
}

/** `repr(v)` for a record value (dicts as `{'k': v}`). */
export function pyRepr(v: RecordValue): string {
  if (v instanceof PyDict) return `{${v.keys.map((k, i) => `${reprString(k)}: ${pyRepr(v.values[i])}`).join(', ')}}`;
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return repr(v as PyObj);
}

/** `str(v)`, as `csv.writer` converts a field (None is the empty field). */
function pyStr(v: RecordValue): string {
  if (typeof v === 'string') return v;
  if (v === null) return '';
  return pyRepr(v);
}

/**
 * One `csv.writer(…, lineterminator='\n').writerow(values)` line without its terminator
 * (CPython 3.11 `_csv.c`, QUOTE_MINIMAL): a field is quoted when it holds the delimiter `,`, the
 * quote `"` (doubled inside) or `\n`; a row of one empty field is written `""`.
 */
export function csvRow(values: readonly RecordValue[]): string {
  const fields = values.map((v) => {
    const s = pyStr(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  });
  return fields.length === 1 && fields[0] === '' ? '""' : fields.join(',');
}

/** `sql(v)` of the copied code: NULL, TRUE/FALSE, numbers (non-finite floats NULL), quoted text ('' doubled), JSON text for lists and dicts. */
export function sqlLiteral(v: RecordValue): string {
  switch (typeof v) {
    case 'string':
      return `'${v.replace(/'/g, "''")}'`;
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isFinite(v) ? reprFloat(v) : 'NULL';
    case 'boolean':
      return v ? 'TRUE' : 'FALSE';
  }
  if (v === null) return 'NULL';
  return sqlLiteral(jsonDumps(v));
}

/** A table or column name in SQL: as written when it is a plain identifier, else double-quoted ("" doubled). */
export function sqlIdentifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** `INSERT INTO table (c1, c2) VALUES (v1, v2);` for one record of a dict template. */
export function sqlInsert(tableSql: string, columnsSql: string, record: PyDict): string {
  return `INSERT INTO ${tableSql} (${columnsSql}) VALUES (${record.values.map(sqlLiteral).join(', ')});`;
}
