import { PyError } from '../errors';
import { PyTuple, type PyObj } from '../types';

/** A call as typed: `randint(1, 10, size=5)` → name, positional and keyword arguments. */
export interface ParsedCall {
  name: string;
  args: PyObj[];
  /** Keyword arguments in the order written (names are unique: a repeat is a SyntaxError). */
  kwargs: [string, PyObj][];
}

/** Prefixes people copy from notebooks; they are accepted and ignored (`np.random.randint(…)`). */
const IGNORED_PREFIXES = ['np.random.', 'numpy.random.', 'random.', 'rng.'];

/** Nesting deeper than this is refused, so hostile input cannot overflow the stack. */
const MAX_DEPTH = 64;

/** Longest call text accepted (a literal list of many thousand elements is fine; megabytes are not). */
const MAX_LENGTH = 1_000_000;

const syntaxError = (message: string, pos: number) =>
  new PyError('SyntaxError', `${message} (at column ${pos + 1})`);

/**
 * A recursive-descent reader of the subset of Python that `ast.literal_eval` accepts, plus one
 * call around it. It never evaluates anything: names other than True/False/None are errors.
 *
 * Grammar:
 * ```
 * call    := dotted-name [ '(' [ arg (',' arg)* [','] ] ')' ]
 * arg     := NAME '=' expr | expr
 * expr    := ['-' | '+'] atom      (a sign on numbers only)
 * atom    := INT | FLOAT | STRING+ | True | False | None | '[' items ']' | '(' items ')'
 * ```
 * Ints: decimal, 0x/0o/0b, `_` separators, any size (→ bigint). Floats: `1.5`, `.5`, `5.`,
 * `1e-3` (→ number; overflow to inf as Python does for `1e400`). Strings: '…', "…", '''…''',
 * """…""", r-prefixed raw strings, adjacent literals concatenated, the usual escapes.
 */
class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    if (text.length > MAX_LENGTH) throw new PyError('ValueError', `call text longer than ${MAX_LENGTH} characters`);
  }

  parseCall(): ParsedCall {
    this.skipSpace();
    let name = this.readName();
    if (name === undefined) throw syntaxError('expected a call such as randint(1, 10)', this.pos);
    while (this.peek() === '.') {
      this.pos++;
      const part = this.readName();
      if (part === undefined) throw syntaxError('expected a name after "."', this.pos);
      name += '.' + part;
    }
    for (const prefix of IGNORED_PREFIXES) {
      if (name.startsWith(prefix)) {
        name = name.slice(prefix.length);
        break;
      }
    }
    if (name.includes('.')) throw new PyError('AttributeError', `unknown call '${name}'`);
    this.skipSpace();
    const result: ParsedCall = { name, args: [], kwargs: [] };
    if (this.pos < this.text.length) {
      this.expect('(');
      this.parseArguments(result);
      this.skipSpace();
    }
    if (this.pos < this.text.length) throw syntaxError('unexpected text after the call', this.pos);
    return result;
  }

  parseLiteralOnly(): PyObj {
    this.skipSpace();
    const value = this.parseExpr();
    this.skipSpace();
    if (this.pos < this.text.length) throw syntaxError('unexpected text after the value', this.pos);
    return value;
  }

  private parseArguments(into: ParsedCall): void {
    const seen = new Set<string>();
    for (;;) {
      this.skipSpace();
      if (this.peek() === ')') {
        this.pos++;
        return;
      }
      const start = this.pos;
      const name = this.readName();
      this.skipSpace();
      if (name !== undefined && this.peek() === '=' && this.text[this.pos + 1] !== '=') {
        this.pos++;
        if (seen.has(name)) throw syntaxError(`keyword argument repeated: ${name}`, start);
        seen.add(name);
        into.kwargs.push([name, this.parseExpr()]);
      } else {
        this.pos = start;
        const value = this.parseExpr();
        if (into.kwargs.length > 0) throw syntaxError('positional argument follows keyword argument', start);
        into.args.push(value);
      }
      this.skipSpace();
      const c = this.peek();
      if (c === ',') {
        this.pos++;
      } else if (c === ')') {
        this.pos++;
        return;
      } else {
        throw syntaxError(c === undefined ? "'(' was never closed" : "expected ',' or ')'", this.pos);
      }
    }
  }

  /** One optional unary sign applied to a number, as `ast.literal_eval` allows (`-5`, `+1.5`, not `--5`). */
  private parseExpr(): PyObj {
    this.skipSpace();
    const c = this.peek();
    if (c !== '-' && c !== '+') return this.parseAtom();
    this.pos++;
    this.skipSpace();
    const start = this.pos;
    const value = this.parseAtom();
    if (typeof value === 'bigint' || typeof value === 'number') return c === '-' ? -value : value;
    throw syntaxError(`malformed literal: unary ${c} applies to numbers only`, start);
  }

  private parseAtom(): PyObj {
    const c = this.peek();
    if (c === undefined) throw syntaxError('expected a value', this.pos);
    if (c === '[' || c === '(') return this.parseSequence(c);
    if (isDigit(c) || (c === '.' && isDigit(this.text[this.pos + 1]))) return this.parseNumber();
    if (c === '"' || c === "'") return this.parseStrings();
    const start = this.pos;
    const name = this.readName();
    if (name !== undefined) {
      const q = this.peek();
      if ((q === '"' || q === "'") && /^[rRuU]$/.test(name)) {
        this.pos = start;
        return this.parseStrings();
      }
      if (name === 'True') return true;
      if (name === 'False') return false;
      if (name === 'None') return null;
      if (name === 'inf' || name === 'nan') {
        throw new PyError('SyntaxError', `'${name}' is not a literal: write ${name === 'inf' ? '1e400' : 'a number'} (at column ${start + 1})`);
      }
      throw new PyError('SyntaxError', `only literals are allowed, not the name '${name}' (at column ${start + 1})`);
    }
    throw syntaxError(`unexpected character ${JSON.stringify(c)}`, this.pos);
  }

  private parseSequence(open: '[' | '('): PyObj {
    if (++this.depth > MAX_DEPTH) throw syntaxError('too deeply nested', this.pos);
    const close = open === '[' ? ']' : ')';
    this.pos++;
    const items: PyObj[] = [];
    let trailingComma = false;
    for (;;) {
      this.skipSpace();
      if (this.peek() === close) {
        this.pos++;
        break;
      }
      items.push(this.parseExpr());
      this.skipSpace();
      const c = this.peek();
      if (c === ',') {
        this.pos++;
        trailingComma = true;
        continue;
      }
      trailingComma = false;
      if (c === close) {
        this.pos++;
        break;
      }
      throw syntaxError(c === undefined ? `'${open}' was never closed` : `expected ',' or '${close}'`, this.pos);
    }
    this.depth--;
    if (open === '[') return items;
    // `(x)` is just x; `(x,)` and `()` are tuples.
    if (items.length === 1 && !trailingComma) return items[0];
    return new PyTuple(items);
  }

  private parseNumber(): PyObj {
    const rest = this.text.slice(this.pos);
    const prefixed = /^0([xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)/.exec(rest);
    if (prefixed) {
      this.pos += prefixed[0].length;
      this.assertNumberEnd();
      const digits = prefixed[1].slice(1);
      checkUnderscores(digits, this.pos);
      const radix = { x: '0x', o: '0o', b: '0b' }[prefixed[1][0].toLowerCase() as 'x' | 'o' | 'b'];
      return BigInt(radix + digits.replace(/_/g, ''));
    }
    const m = /^(\d[\d_]*)?(\.[\d_]*)?([eE][+-]?\d[\d_]*)?([jJ])?/.exec(rest)!;
    const text = m[0];
    this.pos += text.length;
    if (m[4]) throw syntaxError('complex numbers are not supported', this.pos - 1);
    this.assertNumberEnd();
    checkUnderscores(text, this.pos);
    const clean = text.replace(/_/g, '');
    if (m[2] === undefined && m[3] === undefined) {
      if (clean.length > 1 && clean[0] === '0' && /[1-9]/.test(clean)) {
        throw syntaxError('leading zeros in decimal integer literals are not permitted', this.pos - text.length);
      }
      return BigInt(clean);
    }
    return Number(clean);
  }

  private assertNumberEnd(): void {
    const c = this.peek();
    if (c !== undefined && /[A-Za-z0-9_.]/.test(c)) throw syntaxError('invalid number literal', this.pos);
  }

  private parseStrings(): string {
    let out = '';
    do {
      out += this.parseString();
      this.skipSpace();
    } while (this.peekString());
    return out;
  }

  private peekString(): boolean {
    const c = this.peek();
    if (c === '"' || c === "'") return true;
    return /^[rRuU]['"]/.test(this.text.slice(this.pos, this.pos + 2));
  }

  private parseString(): string {
    let raw = false;
    const p = this.peek()!;
    if (/[rRuU]/.test(p)) {
      raw = p === 'r' || p === 'R';
      this.pos++;
    }
    const start = this.pos;
    const q = this.text[this.pos];
    const triple = this.text.startsWith(q.repeat(3), this.pos);
    const delim = triple ? q.repeat(3) : q;
    this.pos += delim.length;
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) throw syntaxError('unterminated string literal', start);
      if (this.text.startsWith(delim, this.pos)) {
        this.pos += delim.length;
        return out;
      }
      const c = this.text[this.pos];
      if (!triple && c === '\n') throw syntaxError('unterminated string literal', start);
      if (c !== '\\') {
        out += c;
        this.pos++;
        continue;
      }
      const e = this.text[this.pos + 1];
      if (e === undefined) throw syntaxError('unterminated string literal', start);
      if (raw) {
        out += '\\' + e;
        this.pos += 2;
        continue;
      }
      this.pos += 2;
      out += this.escape(e);
    }
  }

  /** Python's string escapes; unknown ones keep the backslash, as Python does. */
  private escape(e: string): string {
    const simple: Record<string, string> = {
      '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
    };
    if (e in simple) return simple[e];
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen) {
      const hex = this.text.slice(this.pos, this.pos + hexLen);
      if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw syntaxError(`truncated \\${e} escape`, this.pos - 2);
      }
      this.pos += hexLen;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw syntaxError('illegal Unicode character', this.pos - hexLen - 2);
      return String.fromCodePoint(code);
    }
    if (/[0-7]/.test(e)) {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(this.text[this.pos] ?? '')) digits += this.text[this.pos++];
      return String.fromCodePoint(parseInt(digits, 8));
    }
    return '\\' + e;
  }

  private readName(): string | undefined {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private expect(c: string): void {
    this.skipSpace();
    if (this.peek() !== c) throw syntaxError(`expected '${c}'`, this.pos);
    this.pos++;
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Python allows single underscores between digits only. */
function checkUnderscores(text: string, pos: number): void {
  if (/__|_$|^_|_[.eE]|[.eE+-]_/.test(text)) throw syntaxError('invalid number literal', pos);
}

/** Parse call text such as `randint(1, 10, size=5)`; a bare name means a call with no arguments. */
export function parseCall(text: string): ParsedCall {
  return new Parser(text).parseCall();
}

/** Parse one Python literal (a seed such as `101`, `[1, 2, 3]` or `'abc'`). */
export function parseLiteral(text: string): PyObj {
  return new Parser(text).parseLiteralOnly();
}
