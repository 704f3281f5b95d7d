import { parseValue } from '../../src/core/call/parseCall';
import { PyError } from '../../src/core/errors';
import { printTable, timeOurs, timePython, type Row } from './numpyTiming';

/**
 * The call language's reading speed per character, at growing sizes (so linear time shows as a
 * constant rate), next to CPython reading the same text (`ast.parse` + compile + eval, the
 * closest it has) in the same run. Hostile texts are refused; their rate is how fast the refusal
 * comes. Not a test: it prints, it does not assert.
 */
const SIZES = [10_000, 100_000, 900_000];

const KINDS: Record<string, (n: number) => string> = {
  'flat list of ints': (n) => `[${Array.from({ length: Math.floor(n / 8) }, (_, i) => String(1_000_000 + i)).join(', ')}]`,
  'list of floats': (n) => `[${Array.from({ length: Math.floor(n / 20) }, (_, i) => String(i / 7)).join(', ')}]`,
  'arithmetic chain': (n) => Array.from({ length: Math.floor(n / 8) }, (_, i) => `${i % 97} * 3`).join(' + '),
  'one long string': (n) => `'${'ab\\n'.repeat(Math.floor(n / 4))}'`,
  'nested lists (depth 60)': (n) => `[${Array.from({ length: Math.floor(n / 122) }, () => '['.repeat(60) + ']'.repeat(60)).join(',')}]`,
  'hostile: [[[[… (refused)': (n) => '['.repeat(n),
  'hostile: - - - … (refused)': (n) => '-'.repeat(n) + '1',
  'hostile: 9999… digits (refused)': (n) => '9'.repeat(n),
};

const rows: Row[] = [];
for (const [name, make] of Object.entries(KINDS)) {
  for (const size of SIZES) {
    const text = make(size);
    const ours = timeOurs(() => {
      try {
        parseValue(text);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
      }
    }, 3);
    const py = name.startsWith('hostile')
      ? null
      : timePython(`import ast\ntext = ${JSON.stringify(text)}`, { s: 'eval(compile(ast.parse(text, mode="eval"), "<x>", "eval"), {})' }, 3).s;
    rows.push({ name: `${name}, ${text.length.toLocaleString('en-US')} chars`, count: text.length, ours, theirs: py });
  }
}
printTable('Call language: characters read per second (parse + evaluate)', 'CPython ast+eval', rows);
