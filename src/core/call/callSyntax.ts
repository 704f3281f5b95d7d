import { PyError } from '../errors';
import { MAX_INT_BITS } from './limits';
import { lookupUnicodeName } from './unicodeNameLookup';
import { UNICODE_NAMES_VERSION } from './unicodeNames';

/**
 * The syntax tree of the call language (docs/CALLS.md): a subset of Python's expression grammar.
 * Every node keeps its source span (`start`, `end`: offsets into the text) so that copied code
 * can write an argument exactly as the user wrote it.
 */
export type Expr =
  | { kind: 'int'; value: bigint; start: number; end: number }
  | { kind: 'float'; value: number; start: number; end: number }
  | { kind: 'str'; value: string; start: number; end: number }
  | { kind: 'bytes'; value: number[]; start: number; end: number }
  | { kind: 'const'; value: true | false | null; start: number; end: number }
  | { kind: 'name'; id: string; start: number; end: number }
  | { kind: 'attr'; object: Expr; attr: string; start: number; end: number }
  | { kind: 'call'; fn: Expr; args: Expr[]; kwargs: Keyword[]; start: number; end: number }
  | { kind: 'unary'; op: UnaryOp; operand: Expr; start: number; end: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; start: number; end: number }
  | { kind: 'list' | 'tuple' | 'set'; items: Expr[]; start: number; end: number }
  | { kind: 'dict'; keys: Expr[]; values: Expr[]; start: number; end: number };

export type UnaryOp = '-' | '+';
export type BinaryOp = '+' | '-' | '*' | '/' | '//' | '%' | '**';

export interface Keyword {
  name: string;
  value: Expr;
}

/** Nesting deeper than this is refused, so hostile input cannot overflow the stack. */
export const MAX_DEPTH = 64;

/** Longest text accepted (a literal list of many thousand elements is fine; megabytes are not). */
export const MAX_LENGTH = 1_000_000;

/** What the language accepts, for messages that point at it (docs/CALLS.md has the full grammar). */
export const ACCEPTED_OPERATORS = "+ - * / // % ** (unary - and +)";

/** Operators of Python the language does not have, longest first so `**=`-like prefixes match whole. */
const OTHER_OPERATORS = ['<<', '>>', '==', '!=', '<=', '>=', ':=', '->', '&', '|', '^', '~', '@', '<', '>', '!', '?', '$', '`', ';', ':'];

/** Python keywords that start constructs the language does not have. */
const OTHER_KEYWORDS = new Set(['and', 'or', 'not', 'if', 'else', 'lambda', 'for', 'in', 'is', 'await', 'yield', 'import', 'del', 'from', 'with', 'as', 'def', 'class', 'return', 'global', 'nonlocal', 'pass', 'raise', 'try', 'while', 'break', 'continue', 'assert', 'async', 'except', 'finally', 'elif']);

/** Longer than any Unicode name or alias (the longest is 88 characters): such a `\\N{…}` is not looked up. */
const MAX_NAME_LENGTH = 256;

/** Number literals, read in place (sticky) so that a long list of numbers is read in linear time. */
const PREFIXED = /0([xX][0-9a-fA-F_]*|[oO][0-9_]*|[bB][0-9_]*)/y;
const DECIMAL = /(\d[\d_]*)?(\.[\d_]*)?([eE][+-]?[\d_]*)?([jJ])?/y;

const intTooLarge = (pos: number) =>
  new PyError('OverflowError', `int literal has more than ${MAX_INT_BITS.toLocaleString('en-US')} bits: too large for the call language (at column ${pos + 1})`);

export const syntaxError = (message: string, pos: number) => new PyError('SyntaxError', `${message} (at column ${pos + 1})`);

/**
 * A recursive-descent parser of the call language: Python's expression grammar restricted to
 * literals, displays, names, attributes, calls and arithmetic, with Python's precedence:
 * ```
 * expr    := term (('+' | '-') term)*
 * term    := factor (('*' | '/' | '//' | '%') factor)*
 * factor  := ('+' | '-') factor | power
 * power   := primary ['**' factor]              (right-associative; -2**2 is -(2**2))
 * primary := atom ('.' NAME | '(' args ')')*
 * atom    := NUMBER | STRING+ | BYTES+ | NAME | '(' [expr (',' expr)* [',']] ')'
 *          | '[' items ']' | '{' items '}' | '{' key ':' value, … '}'
 * ```
 * Numbers and strings are read with Python's lexical rules (`1_000`, `0x1f`, `1e-3`, `.5`,
 * `'…'`/`"…"`/triple quotes, r/u/b prefixes, escapes, adjacent literals concatenated). The parser
 * only builds the tree; evaluation is {@link ./evalExpr.evalExpr}. Every error is a `PyError`.
 */
export class CallParser {
  pos = 0;
  private depth = 0;

  constructor(readonly text: string) {
    if (text.length > MAX_LENGTH) throw new PyError('ValueError', `call text longer than ${MAX_LENGTH} characters`);
  }

  /** One expression, then only spaces to the end. */
  parseWhole(): Expr {
    const e = this.parseExpr();
    this.skipSpace();
    if (this.pos < this.text.length) throw this.unexpected('after the value');
    return e;
  }

  parseExpr(): Expr {
    // A lone number (a list of numbers, most arguments) skips the precedence levels below.
    if (isDigitCode(this.text.charCodeAt(this.pos))) {
      const start = this.pos;
      const n = this.parseNumber();
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c !== c || c === 0x2c || c === 0x5d || c === 0x29 || c === 0x7d || c === 0x3a) return n; // end , ] ) } :
      this.pos = start;
    }
    let left = this.parseTerm();
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c !== '+' && c !== '-') break;
      this.pos++;
      const right = this.parseTerm();
      left = { kind: 'binary', op: c, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseTerm(): Expr {
    let left = this.parseFactor();
    for (;;) {
      this.skipSpace();
      let op: BinaryOp;
      if (this.text.startsWith('//', this.pos)) op = '//';
      else if (this.peek() === '*' && this.text[this.pos + 1] !== '*') op = '*';
      else if (this.peek() === '/') op = '/';
      else if (this.peek() === '%') op = '%';
      else break;
      if (this.text[this.pos + op.length] === '=') throw this.unsupportedOperator(op + '=');
      this.pos += op.length;
      const right = this.parseFactor();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private parseFactor(): Expr {
    this.skipSpace();
    const c = this.peek();
    if (c === '-' || c === '+') {
      const start = this.pos;
      this.pos++;
      this.enter();
      const operand = this.parseFactor();
      this.depth--;
      return { kind: 'unary', op: c, operand, start, end: operand.end };
    }
    return this.parsePower();
  }

  private parsePower(): Expr {
    const base = this.parsePrimary();
    this.skipSpace();
    if (!this.text.startsWith('**', this.pos)) return base;
    this.pos += 2;
    this.enter();
    const exponent = this.parseFactor();
    this.depth--;
    return { kind: 'binary', op: '**', left: base, right: exponent, start: base.start, end: exponent.end };
  }

  private parsePrimary(): Expr {
    let e = this.parseAtom();
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c === '.') {
        this.pos++;
        this.skipSpace();
        const attr = this.readName();
        if (attr === undefined) throw syntaxError('expected a name after "."', this.pos);
        e = { kind: 'attr', object: e, attr, start: e.start, end: this.pos };
      } else if (c === '(') {
        this.pos++;
        this.enter();
        const { args, kwargs } = this.parseArguments();
        this.depth--;
        e = { kind: 'call', fn: e, args, kwargs, start: e.start, end: this.pos };
      } else if (c === '[') {
        throw syntaxError('subscripts (x[i]) are not supported in the call language', this.pos);
      } else {
        return e;
      }
    }
  }

  /** The arguments of a call, after its `(` and through its `)`. */
  parseArguments(): { args: Expr[]; kwargs: Keyword[] } {
    const args: Expr[] = [];
    const kwargs: Keyword[] = [];
    const seen = new Set<string>();
    for (;;) {
      this.skipSpace();
      if (this.peek() === ')') {
        this.pos++;
        return { args, kwargs };
      }
      if (this.peek() === '*') throw syntaxError('argument unpacking (*args, **kwargs) is not supported in the call language', this.pos);
      const start = this.pos;
      const name = this.readName();
      this.skipSpace();
      if (name !== undefined && this.peek() === '=' && this.text[this.pos + 1] !== '=') {
        this.pos++;
        if (seen.has(name)) throw syntaxError(`keyword argument repeated: ${name}`, start);
        seen.add(name);
        kwargs.push({ name, value: this.parseExpr() });
      } else {
        this.pos = start;
        const value = this.parseExpr();
        if (kwargs.length > 0) throw syntaxError('positional argument follows keyword argument', start);
        args.push(value);
      }
      this.skipSpace();
      const c = this.peek();
      if (c === ',') {
        this.pos++;
      } else if (c === ')') {
        this.pos++;
        return { args, kwargs };
      } else if (c === undefined) {
        throw syntaxError("'(' was never closed", this.pos);
      } else {
        throw this.unexpected("in the arguments: expected ',' or ')'");
      }
    }
  }

  private parseAtom(): Expr {
    this.skipSpace();
    const c = this.peek();
    const start = this.pos;
    if (c === undefined) throw syntaxError('expected a value', this.pos);
    if (c === '[' || c === '(' || c === '{') return this.parseDisplay(c);
    if (isDigit(c) || (c === '.' && isDigit(this.text[this.pos + 1]))) return this.parseNumber();
    if (c === '"' || c === "'" || this.peekStringPrefix() !== undefined) return this.parseStrings();
    const name = this.readName();
    if (name !== undefined) {
      if (name === 'True' || name === 'False' || name === 'None') {
        return { kind: 'const', value: name === 'None' ? null : name === 'True', start, end: this.pos };
      }
      if (OTHER_KEYWORDS.has(name)) {
        throw syntaxError(`'${name}' is not supported in the call language: it accepts constants, ${ACCEPTED_OPERATORS} and a few names (docs/CALLS.md)`, start);
      }
      return { kind: 'name', id: name, start, end: this.pos };
    }
    throw this.unexpected('where a value was expected');
  }

  private parseDisplay(open: '[' | '(' | '{'): Expr {
    const start = this.pos;
    this.enter();
    const close = open === '[' ? ']' : open === '(' ? ')' : '}';
    this.pos++;
    const items: Expr[] = [];
    const values: Expr[] = [];
    let isDict: boolean | undefined = open === '{' ? undefined : false;
    let trailingComma = false;
    for (;;) {
      this.skipSpace();
      if (this.peek() === close) {
        this.pos++;
        break;
      }
      if (this.peek() === '*') throw syntaxError('unpacking (*x) is not supported in the call language', this.pos);
      items.push(this.parseExpr());
      this.skipSpace();
      if (isDict !== false && this.peek() === ':') {
        if (isDict === undefined) isDict = items.length === 1;
        if (!isDict) throw syntaxError("invalid syntax: ':' in a set display", this.pos);
        this.pos++;
        values.push(this.parseExpr());
        this.skipSpace();
      } else if (isDict === true) {
        throw syntaxError("':' expected after dictionary key", this.pos);
      } else if (open === '{') {
        isDict = false;
      }
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
      if (c === undefined) throw syntaxError(`'${open}' was never closed`, start);
      if (c === 'f' && this.text.startsWith('for', this.pos)) throw syntaxError('comprehensions are not supported in the call language', this.pos);
      throw this.unexpected(`: expected ',' or '${close}'`);
    }
    this.depth--;
    const end = this.pos;
    if (open === '[') return { kind: 'list', items, start, end };
    if (open === '{') {
      // `{}` is an empty dict, as in Python.
      if (isDict !== false) return { kind: 'dict', keys: items, values, start, end };
      return { kind: 'set', items, start, end };
    }
    // `(x)` is just x (its span widened to the parentheses); `(x,)` and `()` are tuples.
    if (items.length === 1 && !trailingComma) return { ...items[0], start, end };
    return { kind: 'tuple', items, start, end };
  }

  private parseNumber(): Expr {
    const start = this.pos;
    // The common case first, read by char codes: plain decimal digits (`1000`, `0`) ending the token.
    const src = this.text;
    let end = start;
    while (end < src.length && isDigitCode(src.charCodeAt(end))) end++;
    if ((end === start + 1 || src.charCodeAt(start) !== 0x30) && end - start <= MAX_INT_DIGITS && !continuesNumber(src.charCodeAt(end))) {
      this.pos = end;
      return { kind: 'int', value: BigInt(src.slice(start, end)), start, end };
    }
    PREFIXED.lastIndex = this.pos;
    const prefixed = PREFIXED.exec(this.text);
    if (prefixed) {
      this.pos += prefixed[0].length;
      this.assertNumberEnd();
      const digits = prefixed[1].slice(1);
      const kind = prefixed[1][0].toLowerCase() as 'x' | 'o' | 'b';
      const valid = { x: /^_?[0-9a-fA-F]+(_[0-9a-fA-F]+)*$/, o: /^_?[0-7]+(_[0-7]+)*$/, b: /^_?[01]+(_[01]+)*$/ }[kind];
      if (!valid.test(digits)) {
        const word = { x: 'hexadecimal', o: 'octal', b: 'binary' }[kind];
        throw syntaxError(`invalid ${word} literal`, start);
      }
      const clean = digits.replace(/_/g, '').replace(/^0+/, '');
      if (clean.length * { x: 4, o: 3, b: 1 }[kind] > MAX_INT_BITS + 4) throw intTooLarge(start);
      return { kind: 'int', value: BigInt('0' + kind + (clean || '0')), start, end: this.pos };
    }
    DECIMAL.lastIndex = this.pos;
    const m = DECIMAL.exec(this.text)!;
    const text = m[0];
    this.pos += text.length;
    if (m[4]) throw syntaxError('complex numbers are not supported in the call language', this.pos - 1);
    this.assertNumberEnd();
    if (/__|_$|_[.eE]|[.eE+-]_/.test(text) || (m[3] !== undefined && !/\d/.test(m[3]))) {
      throw syntaxError('invalid decimal literal', start);
    }
    const clean = text.replace(/_/g, '');
    if (m[2] === undefined && m[3] === undefined) {
      if (clean.length > 1 && clean[0] === '0' && /[1-9]/.test(clean)) {
        throw syntaxError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', start);
      }
      // 30,103 decimal digits hold 100,000 bits: refuse longer ones before converting
      if (clean.replace(/^0+/, '').length > MAX_INT_DIGITS) throw intTooLarge(start);
      return { kind: 'int', value: BigInt(clean), start, end: this.pos };
    }
    return { kind: 'float', value: Number(clean), start, end: this.pos };
  }

  private assertNumberEnd(): void {
    const c = this.peek();
    if (c !== undefined && /[A-Za-z0-9_.]/.test(c)) throw syntaxError('invalid decimal literal', this.pos);
  }

  /** Adjacent string literals, concatenated (`'ab' "cd"`); str and bytes cannot be mixed. */
  private parseStrings(): Expr {
    const start = this.pos;
    let text = '';
    const bytes: number[] = [];
    let isBytes: boolean | undefined;
    do {
      const prefix = (this.peekStringPrefix() ?? '').toLowerCase();
      const b = prefix.includes('b');
      if (isBytes !== undefined && b !== isBytes) throw syntaxError('cannot mix bytes and nonbytes literals', this.pos);
      isBytes = b;
      if (prefix.includes('f')) throw syntaxError('f-strings are not supported in the call language', this.pos);
      this.pos += prefix.length;
      const s = this.parseString(prefix.includes('r'), b);
      if (b) for (let i = 0; i < s.length; i++) bytes.push(s.charCodeAt(i));
      else text += s;
      this.skipSpace();
    } while (this.peek() === '"' || this.peek() === "'" || this.peekStringPrefix() !== undefined);
    if (isBytes) return { kind: 'bytes', value: bytes, start, end: this.pos };
    return { kind: 'str', value: text, start, end: this.pos };
  }

  /** A string prefix (`r`, `b`, `rb`, `u`, `f`, …) directly followed by a quote, if there is one here. */
  private peekStringPrefix(): string | undefined {
    const m = /^([rRuUbBfF]{1,2})['"]/.exec(this.text.slice(this.pos, this.pos + 3));
    if (!m) return undefined;
    const p = m[1].toLowerCase();
    return ['r', 'u', 'b', 'f', 'rb', 'br', 'rf', 'fr'].includes(p) ? m[1] : undefined;
  }

  /** One quoted literal; bytes come back as a string of char codes 0–255. */
  private parseString(raw: boolean, bytes: boolean): string {
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
        if (bytes && c.charCodeAt(0) > 0x7f) throw syntaxError('bytes can only contain ASCII literal characters', this.pos);
        out += c;
        this.pos++;
        continue;
      }
      const e = this.text[this.pos + 1];
      if (e === undefined) throw syntaxError('unterminated string literal', start);
      this.pos += 2;
      if (raw) {
        out += '\\' + e;
        continue;
      }
      out += this.escape(e, bytes);
    }
  }

  /**
   * Python's escapes (bytes: no `\u`, `\U`, `\N`); unknown ones keep the backslash, as Python does.
   * `\N{NAME}` is resolved by {@link lookupUnicodeName}; a name it does not know is refused, never kept as text.
   */
  private escape(e: string, bytes: boolean): string {
    const simple: Record<string, string> = {
      '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
    };
    if (e in simple) return simple[e];
    const escStart = this.pos - 2;
    const hexLen = e === 'x' ? 2 : bytes ? 0 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen) {
      const hex = this.text.slice(this.pos, this.pos + hexLen);
      if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw syntaxError(`(${bytes ? 'value' : 'unicode'} error) truncated \\${e}${e === 'x' ? 'XX' : e === 'u' ? 'XXXX' : 'XXXXXXXX'} escape`, escStart);
      }
      this.pos += hexLen;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw syntaxError('(unicode error) illegal Unicode character', escStart);
      return String.fromCodePoint(code);
    }
    if (/[0-7]/.test(e)) {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(this.text[this.pos] ?? '')) digits += this.text[this.pos++];
      const code = parseInt(digits, 8);
      if (bytes && code > 0xff) return String.fromCharCode(code & 0xff);
      return String.fromCodePoint(code);
    }
    if (e === 'N' && !bytes) {
      if (this.peek() !== '{') throw syntaxError('(unicode error) malformed \\N character escape', escStart);
      const close = this.text.indexOf('}', this.pos);
      const name = close < 0 ? '' : this.text.slice(this.pos + 1, close);
      if (close < 0 || name === '') throw syntaxError('(unicode error) malformed \\N character escape', escStart);
      const code = name.length <= MAX_NAME_LENGTH ? lookupUnicodeName(name) : undefined;
      if (code === undefined) {
        const shown = name.length > 60 ? `${name.slice(0, 59)}…` : name;
        throw syntaxError(
          `(unicode error) unknown Unicode character name \\N{${shown}} — or a name this tool does not hold: it knows the names of Latin, Greek, punctuation, currency, arrows, math, box drawing, shapes, symbols, dingbats, playing cards and emoji, CJK unified ideographs and Hangul syllables (Unicode ${UNICODE_NAMES_VERSION}); write the character itself or \\u/\\U with its code`,
          escStart,
        );
      }
      this.pos = close + 1;
      return String.fromCodePoint(code);
    }
    return '\\' + e;
  }

  readName(): string | undefined {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!m) return undefined;
    if (m[0].length === 256) throw syntaxError('name too long', this.pos);
    this.pos += m[0].length;
    return m[0];
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  /** Skip whitespace (JavaScript's `\s`): ASCII by char code, anything else by the regular expression. */
  skipSpace(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) this.pos++;
      else if (c > 0x7f && /\s/.test(text[this.pos])) this.pos++;
      else return;
    }
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw syntaxError(`too deeply nested (more than ${MAX_DEPTH} levels)`, this.pos);
  }

  private unsupportedOperator(op: string): PyError {
    return syntaxError(`the operator '${op}' is not supported in the call language; it accepts ${ACCEPTED_OPERATORS}`, this.pos);
  }

  /** The error for an unexpected character: an operator Python has but the language lacks is named as such. */
  private unexpected(where: string): PyError {
    for (const op of OTHER_OPERATORS) if (this.text.startsWith(op, this.pos)) return this.unsupportedOperator(op);
    if (this.text.startsWith('**=', this.pos) || this.text.startsWith('+=', this.pos) || this.text.startsWith('-=', this.pos)) {
      return this.unsupportedOperator(this.text.slice(this.pos, this.text.indexOf('=', this.pos) + 1));
    }
    if (this.peek() === '=') return syntaxError("'=' is only for keyword arguments (name=value)", this.pos);
    const word = /^[A-Za-z_]\w*/.exec(this.text.slice(this.pos, this.pos + 20))?.[0];
    if (word !== undefined && OTHER_KEYWORDS.has(word)) {
      return syntaxError(`'${word}' is not supported in the call language: it accepts constants, ${ACCEPTED_OPERATORS} and a few names (docs/CALLS.md)`, this.pos);
    }
    const c = this.peek()!;
    return syntaxError(`unexpected ${/\s|[\u0000-\u001f]/.test(c) ? JSON.stringify(c) : `'${c}'`} ${where}`.replace(' :', ':'), this.pos);
  }
}

/** Decimal digits of the longest int literal read (one more than 100,000 bits need, so the bit check decides). */
const MAX_INT_DIGITS = Math.ceil(MAX_INT_BITS * Math.log10(2)) + 1;

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether a char code continues a number token past its digits (`.`, `_`, `e`, `x`, `j`, a letter): NaN (the end) does not. */
function continuesNumber(c: number): boolean {
  return c === 0x2e || c === 0x5f || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
