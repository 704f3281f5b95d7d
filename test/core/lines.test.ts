import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import type { EngineName } from '../../src/core/callSpec';
import { ENGINE_NAMES } from '../../src/core/engines';
import { joinLines, sampleLines, shuffleLines, splitLines, splitTrainTest } from '../../src/core/lines';
import { parseSize } from '../../src/core/lines/parseSize';
import { layoutLike } from '../../src/core/lines/splitLines';
import { referenceAvailable } from '../support/python';
import {
  describeLinesCase,
  diffLinesResult,
  runLinesOurs,
  runLinesReference,
  sklearnAvailable,
  type LinesCase,
  type LinesResult,
} from '../support/linesReference';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/lines.json');

/** The engine a case needs: split always runs NumPy's RandomState (scikit-learn's choice). */
const needs = (c: LinesCase): EngineName => (c.op === 'split' ? 'numpy' : c.engine);

/**
 * Mismatches that belong to an engine, not to the line commands, reported to its owner. Each is
 * matched exactly (case and both messages), so anything else still fails, and one that starts
 * matching is reported so the entry gets removed.
 */
const KNOWN: { why: string; is(c: LinesCase, want: LinesResult, got: LinesResult): boolean }[] = [
];

/**
 * Reference lines as the line commands write them without a final newline: joined by `eol`, and an
 * empty last line terminated (else a file would not hold it).
 */
const asFile = (lines: string[], eol: string) => lines.join(eol) + (lines.length > 0 && lines[lines.length - 1] === '' ? eol : '');

/** Compare every case with its expected result; returns a summary, throws listing the first failures. */
function check(name: string, cases: LinesCase[], expected: LinesResult[]): string {
  const failures: string[] = [];
  const known = new Set<string>();
  let knownCases = 0;
  let values = 0;
  let errors = 0;
  cases.forEach((c, i) => {
    const want = expected[i];
    const got = runLinesOurs(c);
    const diff = diffLinesResult(want, got);
    const k = diff ? KNOWN.find((m) => m.is(c, want, got)) : undefined;
    if (k) {
      known.add(k.why);
      knownCases++;
    } else if (diff) failures.push(`${describeLinesCase(c)}: ${diff}`);
    if ('error' in want) errors++;
    else values += 'lines' in want ? want.lines.length : want.train.length + want.test.length;
  });
  const summary =
    `${name}: ${cases.length - failures.length - knownCases}/${cases.length} cases identical (${errors} errors, ${values} lines)` +
    [...known].map((why) => `\n        + ${knownCases} known engine mismatch (not a line-command bug): ${why}`).join('');
  if (failures.length) throw new Error(`${summary}\n  ${failures.slice(0, 12).join('\n  ')}`);
  return summary;
}

/** Random line texts like a document's: words, CSV-ish rows, unicode, quotes, some blank lines. */
function randomLines(rand: () => number, n: number, blankRate = rand() < 0.5 ? 0 : 0.1): string[] {
  const words = ['id,name,score', 'x,1,2.5', 'é', '中文', '🙂', "'q'", '"dq"', 'a\\b', 'tab\tin', '  lead', 'trail  ', '#'];
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < blankRate) out[i] = ['', ' ', '\t', ' \t '][Math.floor(rand() * 4)];
    else out[i] = `${words[Math.floor(rand() * words.length)]} ${i}`;
  }
  return out;
}

const randInt = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Fresh seeds a user might type for an engine (all valid). */
function randomSeed(rand: () => number, engine: EngineName | 'split'): string {
  const u32 = String(Math.floor(rand() * 2 ** 32));
  if (engine === 'split' || engine === 'numpy') return rand() < 0.85 || engine === 'split' ? u32 : `[${u32}, ${randInt(rand, 0, 99)}]`;
  if (engine === 'python') return rand() < 0.7 ? u32 : rand() < 0.5 ? `-${u32}` : `'s${u32}'`;
  return rand() < 0.8 ? u32 : `${u32}${u32}${u32}`; // numpy-generator: big ints are fine
}

/** Sizes: always 0, 1, 2 and 10**5; small and medium random ones. */
function sizes(rand: () => number): number[] {
  return [0, 1, 2, randInt(rand, 3, 10), randInt(rand, 11, 200), randInt(rand, 1000, 20000), 100000];
}

/** Live cases for shuffle and sample on one engine: every size, k at the edges, options at random. */
function seededCases(rand: () => number, engine: EngineName): LinesCase[] {
  const out: LinesCase[] = [];
  for (const n of sizes(rand)) {
    const lines = randomLines(rand, n);
    const opts = () => ({ header: rand() < 0.3, blank: rand() < 0.3 ? ('ignore' as const) : ('keep' as const) });
    out.push({ op: 'shuffle', engine, seed: randomSeed(rand, engine), lines, ...opts() });
    if (n <= 1000) out.push({ op: 'shuffle', engine, seed: randomSeed(rand, engine), lines });
    const ks = n > 1000 ? [rand() < 0.5 ? n : randInt(rand, 0, n)] : [0, 1, n, n - 1, n + 1, randInt(rand, 0, n), -1];
    for (const k of ks) out.push({ op: 'sample', engine, seed: randomSeed(rand, engine), lines, k: String(k), ...(rand() < 0.5 ? opts() : {}) });
  }
  return out;
}

/** Live split cases: every size, test/train sizes at the edges (float and int), options at random. */
function splitCases(rand: () => number): LinesCase[] {
  const out: LinesCase[] = [];
  for (const n of sizes(rand)) {
    const lines = randomLines(rand, n, 0);
    const fractions = ['5e-324', '1e-9', String(rand()), '0.25', '0.5', '0.9999999999999999', '0.0', '1.0', String(1 + rand())];
    const counts = [1, n - 1, n, n + 1, 0, -1, randInt(rand, 1, Math.max(1, n - 1))].map(String);
    const tests = n > 200 ? [String(rand()), String(randInt(rand, 1, n - 1)), String(n - 1), 'None'] : [...fractions, ...counts, 'None', 'True'];
    for (const t of tests) {
      const c: LinesCase = { op: 'split', engine: 'numpy', seed: randomSeed(rand, 'split'), lines, test_size: t };
      if (rand() < 0.25) c.train_size = rand() < 0.5 ? String(rand()) : String(randInt(rand, 1, Math.max(1, n)));
      if (rand() < 0.3) c.header = true;
      out.push(c);
    }
  }
  out.push({ op: 'split', engine: 'numpy', seed: randomSeed(rand, 'split'), lines: randomLines(rand, 300, 0.2), test_size: '0.3', blank: 'ignore', header: true });
  for (const seed of ['-1', '4294967296', "'abc'", '[1, 2]']) out.push({ op: 'split', engine: 'numpy', seed, lines: ['a', 'b', 'c'], test_size: '1' });
  return out;
}

suite('lines: splitting text into lines', () => {
  test('join(split(text)) is text again; lines hold no newline; only the last eol may be empty', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '\t', '\n', '\r', '\r\n', 'é', '🙂', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const t = splitLines(text);
        assert.strictEqual(joinLines(t), text);
        assert.strictEqual(t.lines.length, t.eols.length);
        t.lines.forEach((l, i) => {
          assert.ok(!l.includes('\n'));
          assert.ok(['\n', '\r\n', ''].includes(t.eols[i]));
          if (t.eols[i] === '') assert.strictEqual(i, t.lines.length - 1);
          if (t.eols[i] === '\n') assert.ok(!l.endsWith('\r'), 'a CR before LF belongs to the terminator');
        });
        // As Python's text.splitlines() when the only terminators are LF and CRLF.
        if (!/\r(?!\n)/.test(text)) assert.strictEqual(t.lines.length, text === '' ? 0 : text.split(/\r?\n/).length - (/\n$/.test(text) ? 1 : 0));
      }),
      { numRuns: 500 },
    );
  });

  test('a new text keeps the source style: its first line ending, final newline only if it had one', () => {
    assert.strictEqual(layoutLike(splitLines('a\r\nb\r\nc'), ['x', 'y']), 'x\r\ny');
    assert.strictEqual(layoutLike(splitLines('a\r\nb\n'), ['x', 'y']), 'x\r\ny\r\n');
    assert.strictEqual(layoutLike(splitLines('a'), ['x', 'y']), 'x\ny');
    assert.strictEqual(layoutLike(splitLines('a\n'), []), '');
    // an empty last line keeps its terminator in a file (else it is no line), not in a range of an editor
    assert.strictEqual(layoutLike(splitLines('a\r\nb'), ['x', '']), 'x\r\n\r\n');
    assert.strictEqual(layoutLike(splitLines('a'), ['']), '\n');
    assert.strictEqual(layoutLike(splitLines('a'), [''], 'editor'), '');
    // a line ending with a lone CR is ended by CRLF in a file (its CR would join an LF into CRLF)
    assert.strictEqual(layoutLike(splitLines('a\nb'), ['x\r', 'y']), 'x\r\r\ny');
    assert.deepStrictEqual(splitLines(layoutLike(splitLines('a\nb'), ['x\r', 'y'])).lines, ['x\r', 'y']);
    // the fuzz suite's shuffle case: '\n\r\r\n' is ['', '\r']; whatever the order, the lines read back
    for (let seed = 0; seed < 4; seed++) {
      assert.deepStrictEqual(splitLines(shuffleLines('\n\r\r\n', { engine: 'numpy', seed: String(seed) })).lines.sort(), ['', '\r']);
    }
  });

  test('parseSize: int literal → int (count), float literal → float (fraction), None → default, other text → str', () => {
    assert.strictEqual(parseSize('3'), 3n);
    assert.strictEqual(parseSize('0.25'), 0.25);
    assert.strictEqual(parseSize('1.0'), 1);
    assert.strictEqual(parseSize('None'), undefined);
    assert.strictEqual(parseSize(' 25% '), '25%');
  });
});

suite('lines: pinned fixtures (NumPy, Python, scikit-learn via scripts/fixtures/make_lines_fixtures.py)', () => {
  const data = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { meta: Record<string, string>; cases: (LinesResult & { case: LinesCase })[] };

  for (const op of ['shuffle', 'sample', 'split'] as const) {
    for (const engine of op === 'split' ? (['numpy'] as const) : ENGINE_NAMES) {
      test(`${op}${op === 'split' ? '' : ` (${engine})`}: identical to the fixture`, function () {
        const rows = data.cases.filter((r) => r.case.op === op && needs(r.case) === engine);
        assert.ok(rows.length > 20, 'fixture has cases');
        const summary = check(`fixture ${op} ${engine}`, rows.map((r) => r.case), rows);
        console.log(`      ${summary} [${data.meta.numpy ? `numpy ${data.meta.numpy}, ` : ''}sklearn ${data.meta.sklearn}]`);
      });
    }
  }

  test('text round trip: CRLF and a missing final newline survive; results are the fixture lines', function () {
    const rows = data.cases.filter((r) => !('error' in r) && r.case.lines.length > 0);
    assert.ok(rows.length > 0, 'fixture has cases');
    for (const [i, r] of rows.entries()) {
      const c = r.case;
      const eol = i % 2 ? '\r\n' : '\n';
      // Without a final newline unless the last line is empty (then the text could not say it is there).
      const final = i % 3 === 0 || c.lines[c.lines.length - 1] === '';
      const text = c.lines.join(eol) + (final ? eol : '');
      const opts = { engine: c.engine, seed: c.seed, header: c.header, blankLines: c.blank };
      const src = splitLines(text);
      assert.deepStrictEqual(src.lines, c.lines);
      if ('lines' in r && c.op === 'shuffle') {
        const shuffled = shuffleLines(text, opts);
        assert.deepStrictEqual(splitLines(shuffled).lines, r.lines, describeLinesCase(c));
        // terminators in place, but an empty line landing last in a text without a final newline gets one
        const grows = !final && r.lines[r.lines.length - 1] === '';
        assert.strictEqual(shuffled, joinLines({ lines: r.lines, eols: src.eols }) + (grows ? eol : ''), describeLinesCase(c));
      } else if ('lines' in r) {
        assert.strictEqual(sampleLines(text, BigInt(c.k!), opts), layoutLike(src, r.lines), describeLinesCase(c));
      } else if ('train' in r) {
        const split = splitTrainTest(text, { ...opts, testSize: parseSize(c.test_size!), trainSize: c.train_size === undefined ? undefined : parseSize(c.train_size) });
        assert.deepStrictEqual(split, { train: layoutLike(src, r.train), test: layoutLike(src, r.test) }, describeLinesCase(c));
      }
    }
  });
});

suite('lines: live differential against NumPy, Python and scikit-learn (fresh seeds each run)', () => {
  // Case parameters come from a small seeded generator (mulberry32), fresh each run; a failure
  // prints the seed, and LINES_CASE_SEED=<seed> replays it.
  const seed = Number(process.env.LINES_CASE_SEED ?? Math.floor(Math.random() * 2 ** 32));
  let s = seed;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };

  for (const engine of ENGINE_NAMES) {
    test(`shuffle and sample (${engine}): sizes 0..10^5, k at the edges, header and blank options`, function () {
      if (!referenceAvailable(engine !== 'python')) this.skip();
      this.timeout(300_000);
      const cases = seededCases(next, engine);
      const ref = runLinesReference(cases);
      console.log(`      ${check(`live ${engine} (case seed ${seed})`, cases, ref.results)}`);
    });
  }

  test('split = train_test_split: sizes 0..10^5, test/train sizes at the edges, header', function () {
    if (!referenceAvailable() || !sklearnAvailable()) this.skip();
    this.timeout(300_000);
    const cases = splitCases(next);
    const ref = runLinesReference(cases);
    console.log(`      ${check(`live split (case seed ${seed}, sklearn ${ref.meta.sklearn})`, cases, ref.results)}`);
  });

  test('an empty line is never lost: "\\na" and "a\\n\\n" split, sampled and shuffled read back as the reference lines (fresh seeds)', function () {
    if (!referenceAvailable() || !sklearnAvailable()) this.skip();
    this.timeout(120_000);
    // '\na' is ['', 'a']: a train or test side of [''] was written '' (no lines), ['a', ''] 'a\n' (one)
    const texts = ['\na', '\r\na', 'a\n\n', '\n\nb', 'x\n\ny'];
    const cases: LinesCase[] = [];
    for (const text of texts) {
      const lines = splitLines(text).lines;
      for (let i = 0; i < 6; i++) {
        const seed = randomSeed(next, 'split');
        cases.push({ op: 'split', engine: 'numpy', seed, lines, test_size: ['0.25', '0.5', '1'][i % 3] });
        cases.push({ op: 'sample', engine: 'numpy', seed, lines, k: String(lines.length) });
        cases.push({ op: 'shuffle', engine: 'python', seed, lines });
      }
    }
    const ref = runLinesReference(cases);
    cases.forEach((c, i) => {
      const r = ref.results[i];
      const text = texts[Math.floor(i / 18)];
      const where = `${describeLinesCase(c)} of ${JSON.stringify(text)}`;
      assert.ok(!('error' in r), `${where}: ${JSON.stringify(r)}`);
      const opts = { engine: c.engine, seed: c.seed };
      const readBack = (t: string) => splitLines(t).lines;
      if (c.op === 'split') {
        const got = splitTrainTest(text, { ...opts, testSize: parseSize(c.test_size!) });
        const want = r as { train: string[]; test: string[] };
        assert.deepStrictEqual({ train: readBack(got.train), test: readBack(got.test) }, want, where);
      } else {
        const got = c.op === 'sample' ? sampleLines(text, Number(c.k), opts) : shuffleLines(text, opts);
        assert.deepStrictEqual(readBack(got), (r as { lines: string[] }).lines, where);
      }
    });
  });

  test('text level: shuffle/sample/split of CRLF text without a final newline equal the reference lines', function () {
    const engines = ENGINE_NAMES;
    if (!referenceAvailable(engines.some((e) => e !== 'python'))) this.skip();
    this.timeout(120_000);
    const withSplit = sklearnAvailable();
    const cases: LinesCase[] = [];
    for (const engine of engines) {
      const lines = randomLines(next, randInt(next, 3, 500));
      if (lines[lines.length - 1].trim() === '') lines.push('last');
      cases.push({ op: 'shuffle', engine, seed: randomSeed(next, engine), lines, header: true, blank: 'ignore' });
      cases.push({ op: 'sample', engine, seed: randomSeed(next, engine), lines, k: String(randInt(next, 0, lines.length - 1)), header: true });
      if (withSplit) cases.push({ op: 'split', engine: 'numpy', seed: randomSeed(next, 'split'), lines, test_size: '0.2', header: true });
    }
    const ref = runLinesReference(cases);
    cases.forEach((c, i) => {
      const r = ref.results[i];
      assert.ok(!('error' in r), `${describeLinesCase(c)}: ${JSON.stringify(r)}`);
      const text = c.lines.join('\r\n');
      const src = splitLines(text);
      const opts = { engine: c.engine, seed: c.seed, header: c.header, blankLines: c.blank };
      if (c.op === 'shuffle') assert.strictEqual(shuffleLines(text, opts), joinLines({ lines: (r as { lines: string[] }).lines, eols: src.eols }));
      if (c.op === 'sample') assert.strictEqual(sampleLines(text, Number(c.k), opts), asFile((r as { lines: string[] }).lines, '\r\n'));
      if (c.op === 'split') {
        const { train, test } = r as { train: string[]; test: string[] };
        assert.deepStrictEqual(splitTrainTest(text, { ...opts, testSize: 0.2 }), { train: asFile(train, '\r\n'), test: asFile(test, '\r\n') });
      }
    });
  });
});
