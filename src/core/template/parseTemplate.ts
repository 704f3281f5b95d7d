import { parseCall, parseLiteral } from '../call/parseCall';
import { PyError } from '../errors';
import type { PyObj } from '../types';

/**
 * A record template as written: a Python dict (or list) display whose values are calls,
 * constants, or nested dicts/lists of them —
 * `{"id": uuid4(), "age": randint(18, 90), "tags": [choice(["a", "b"]), "x"]}`.
 */
export type TemplateNode =
  | { kind: 'dict'; keys: string[]; values: TemplateNode[] }
  | { kind: 'list'; items: TemplateNode[] }
  | { kind: 'const'; value: PyObj }
  /** A call of the engine or a value recipe, as typed (parsed and bound per engine later). */
  | { kind: 'call'; text: string };

/** Longest template text accepted. */
export const MAX_TEMPLATE_LENGTH = 100_000;
/** Most calls and constants in one template (each is drawn or printed once per record). */
export const MAX_TEMPLATE_FIELDS = 1000;
const MAX_DEPTH = 32;

const syntaxError = (message: string, pos: number) => new PyError('SyntaxError', `template: ${message} (at column ${pos + 1})`);

/**
 * Reads a template without evaluating anything: it finds the dict/list structure itself (keys
 * must be string literals, unique), then hands each value's text to the call language —
 * {@link parseLiteral} for a constant, else {@link parseCall} for a call. Strings (any quotes,
 * triple quotes, prefixes), brackets and `#` comments are skipped as Python's tokenizer would,
 * so commas and colons inside them do not split fields.
 */
class TemplateReader {
  private pos = 0;
  private fields = 0;

  constructor(private readonly text: string) {}

  read(): TemplateNode {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c !== '{' && c !== '[') {
      throw new PyError('ValueError', 'a template is a dict or list literal, e.g. {"id": uuid4(), "age": randint(18, 90)}');
    }
    const node = this.readValue(0);
    this.skipSpace();
    if (this.pos < this.text.length) throw syntaxError('unexpected text after the template', this.pos);
    if (this.fields === 0) throw new PyError('ValueError', 'the template has no fields');
    return node;
  }

  private readValue(depth: number): TemplateNode {
    if (depth > MAX_DEPTH) throw syntaxError(`nested deeper than ${MAX_DEPTH} levels`, this.pos);
    this.skipSpace();
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === '{') return this.readDict(depth);
    if (c === '[') {
      const end = this.scanExpr(start);
      const constant = tryLiteral(stripComments(this.text.slice(start, end)));
      if (constant.ok) {
        this.pos = end;
        return this.constant(constant.value, start);
      }
      return this.readList(depth);
    }
    const end = this.scanExpr(start);
    const text = stripComments(this.text.slice(start, end)).trim();
    if (text === '') throw syntaxError('expected a value (a call such as randint(1, 10), or a constant)', start);
    this.pos = end;
    const constant = tryLiteral(text);
    if (constant.ok) return this.constant(constant.value, start);
    try {
      parseCall(text); // the call language's own message for a malformed call
    } catch (e) {
      if (e instanceof PyError) throw new PyError(e.type, `template value ${JSON.stringify(text.length > 60 ? text.slice(0, 57) + '...' : text)}: ${e.message}`);
      throw e;
    }
    this.count(start);
    return { kind: 'call', text };
  }

  private constant(value: PyObj, at: number): TemplateNode {
    this.count(at);
    return { kind: 'const', value };
  }

  private count(at: number): void {
    if (++this.fields > MAX_TEMPLATE_FIELDS) throw syntaxError(`more than ${MAX_TEMPLATE_FIELDS} fields`, at);
  }

  private readDict(depth: number): TemplateNode {
    this.pos++; // '{'
    const keys: string[] = [];
    const values: TemplateNode[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return { kind: 'dict', keys, values };
      }
      const keyStart = this.pos;
      const keyEnd = this.scanExpr(keyStart, ':');
      const key = tryLiteral(stripComments(this.text.slice(keyStart, keyEnd)));
      if (!key.ok || typeof key.value !== 'string') throw syntaxError('a key must be a string literal such as "id"', keyStart);
      if (keys.includes(key.value)) throw syntaxError(`duplicate key ${JSON.stringify(key.value)}`, keyStart);
      this.pos = keyEnd;
      if (this.text[this.pos] !== ':') throw syntaxError("expected ':' after the key", this.pos);
      this.pos++;
      keys.push(key.value);
      values.push(this.readValue(depth + 1));
      if (!this.separator('}')) throw syntaxError(this.pos >= this.text.length ? "'{' was never closed" : "expected ',' or '}'", this.pos);
    }
  }

  private readList(depth: number): TemplateNode {
    this.pos++; // '['
    const items: TemplateNode[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return { kind: 'list', items };
      }
      items.push(this.readValue(depth + 1));
      if (!this.separator(']')) throw syntaxError(this.pos >= this.text.length ? "'[' was never closed" : "expected ',' or ']'", this.pos);
    }
  }

  /** After a value: `,` (consumed) or the closing bracket (left for the caller). */
  private separator(close: string): boolean {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === ',') {
      this.pos++;
      return true;
    }
    return c === close;
  }

  /**
   * The end of the expression starting at `from`: the first `,` `}` `]` (or `stop`) outside
   * brackets and strings, or the end of a bracketed expression started at `from`.
   */
  private scanExpr(from: number, stop = ''): number {
    const t = this.text;
    const opened = t[from] === '[' || t[from] === '{' || t[from] === '(';
    let depth = 0;
    let i = from;
    while (i < t.length) {
      const c = t[i];
      if (c === "'" || c === '"') {
        i = stringEnd(t, i);
        continue;
      }
      if (c === '#') {
        while (i < t.length && t[i] !== '\n') i++;
        continue;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return i;
        depth--;
        if (depth === 0 && opened) return i + 1;
      } else if (depth === 0 && (c === ',' || c === stop)) return i;
      i++;
    }
    if (depth > 0) throw syntaxError(`'${t[from]}' was never closed`, from);
    return i;
  }

  private skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '#') while (this.pos < t.length && t[this.pos] !== '\n') this.pos++;
      else break;
    }
  }
}

/** The index after the string literal whose opening quote is at `i` (backslash escapes skipped, as in raw strings too). */
function stringEnd(t: string, i: number): number {
  const q = t[i];
  const triple = t.startsWith(q + q + q, i);
  const close = triple ? q + q + q : q;
  let j = i + close.length;
  while (j < t.length) {
    if (t[j] === '\\') {
      j += 2;
      continue;
    }
    if (!triple && t[j] === '\n') break;
    if (t.startsWith(close, j)) return j + close.length;
    j++;
  }
  throw syntaxError('unterminated string literal', i);
}

function tryLiteral(text: string): { ok: true; value: PyObj } | { ok: false } {
  try {
    return { ok: true, value: parseLiteral(text) };
  } catch {
    return { ok: false };
  }
}

/** A value's text without `#` comments outside strings (the call parser does not read them). */
function stripComments(text: string): string {
  if (!text.includes('#')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out;
}

/**
 * Parse a record template (see {@link TemplateNode}); throws `PyError` (`SyntaxError: template: …`
 * with the column, or the call language's message for a bad value). Bounded: at most
 * {@link MAX_TEMPLATE_LENGTH} characters, {@link MAX_TEMPLATE_FIELDS} fields, 32 levels.
 */
export function parseTemplate(text: string): TemplateNode {
  if (text.length > MAX_TEMPLATE_LENGTH) throw new PyError('ValueError', `a template longer than ${MAX_TEMPLATE_LENGTH} characters is not supported by this tool`);
  return new TemplateReader(text).read();
}
