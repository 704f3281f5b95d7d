import { formatColumnValue } from '../../src/core/format/formatColumnValue';
import { formatValueWith } from '../../src/core/format/formatValueWith';
import { REPR_FORMAT } from '../../src/core/format/numberFormat';
import { DEFAULT_CHUNK_VALUES, generateChunks } from '../../src/core/layout/generateChunks';
import { createEngine, prepareCall, runPrepared, runPreparedColumn } from '../../src/core/run';

/**
 * The core's share of the two editor measures (the editor's own share — edits, rendering — is
 * measured in the real VS Code by `npm run bench:editor`):
 * - 10,000 cursors: the texts of 10,000 scalar calls, per call through `runPrepared` (as the
 *   editor's drawTexts does) and from one `runPreparedColumn` + `formatColumnValue`;
 * - 1,000,000 values into a new document: `generateChunks` with the editor's chunk size, total time
 *   and the longest chunk (the longest the editor's event loop is held between edits).
 * Median of several runs. Not a test: it prints, it does not assert.
 */
const REPEAT = 9;

function median(fn: () => void): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

const CURSOR_CALLS: [string, string][] = [
  ['numpy', 'random()'],
  ['numpy', 'randint(1, 100)'],
  ['numpy', 'standard_normal()'],
  ['numpy-generator', 'integers(1, 100)'],
  ['numpy-generator', 'standard_normal()'],
  ['python', 'random()'],
];
console.log('\neditor, core side: 10,000 cursors (texts of 10,000 scalar calls), median of 9');
console.log('| call | per-call runPrepared | one runPreparedColumn |');
console.log('|---|---:|---:|');
for (const [engine, text] of CURSOR_CALLS) {
  const call = prepareCall(engine, text);
  const perCall = median(() => {
    const rng = createEngine(engine, '101');
    const texts: string[] = [];
    for (let i = 0; i < 10_000; i++) texts.push(formatValueWith(runPrepared(rng, call, 1)[0], REPR_FORMAT));
  });
  const bulk = median(() => {
    const rng = createEngine(engine, '101');
    const col = runPreparedColumn(rng, call, 10_000);
    const texts: string[] = [];
    for (let i = 0; i < 10_000; i++) texts.push(formatColumnValue(col, i, REPR_FORMAT));
  });
  console.log(`| ${engine}: ${text} | ${perCall.toFixed(2)} ms | ${bulk.toFixed(2)} ms |`);
}

console.log(`\neditor, core side: 1,000,000 values into a new document (generateChunks, ${DEFAULT_CHUNK_VALUES} values a chunk), median of 9`);
console.log('| call | layout | total | longest chunk |');
console.log('|---|---|---:|---:|');
for (const [engine, text, layout] of [
  ['numpy', 'random()', 'lines'],
  ['numpy-generator', 'standard_normal()', 'lines'],
  ['numpy', 'randint(1, 100)', 'lines'],
  ['numpy', 'random()', 'json'],
] as const) {
  let longest = 0;
  const total = median(() => {
    longest = 0;
    let t = performance.now();
    for (const chunk of generateChunks({ engine, seed: '101', call: text, n: 1_000_000, layout })) {
      void chunk.text.charCodeAt(0); // flattens the text, as handing it to an edit does
      const now = performance.now();
      longest = Math.max(longest, now - t);
      t = now;
    }
  });
  console.log(`| ${engine}: ${text} | ${layout} | ${total.toFixed(1)} ms | ${longest.toFixed(1)} ms |`);
}
