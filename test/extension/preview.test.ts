import * as assert from 'assert';
import type { CallSpec, EngineName } from '../../src/core/callSpec';
import { ENGINES, ENGINE_NAMES } from '../../src/core/engines';
import { formatValueWith } from '../../src/core/format/formatValueWith';
import { parseNumberFormat } from '../../src/core/format/numberFormat';
import { generateChunks } from '../../src/core/layout/generateChunks';
import { LITERAL_STYLES } from '../../src/core/layout/literalStyles';
import { prepareCall, runCall } from '../../src/core/run';
import { describeError } from '../../src/extension/plain/describeError';
import { drawTexts, type DrawRequest } from '../../src/extension/plain/drawTexts';
import { ARRAY_STYLES } from '../../src/extension/plain/config';
import { generatePreview, previewValues, PREVIEW_CALLS } from '../../src/extension/plain/generatePlan';
import { previewText } from '../../src/extension/plain/preview';
import { previewDraw, PREVIEW_TEXTS } from '../../src/extension/plain/preview';

/** Each row's example, and with `size=4` when the row takes a size (a single cursor then gets a literal). */
function calls(spec: CallSpec<unknown>): string[] {
  const out = [spec.example];
  if (spec.params.some((p) => p.name === 'size') && !/size=/.test(spec.example)) {
    out.push(spec.example.replace(/\)$/, `${spec.example.endsWith('()') ? '' : ', '}size=4)`));
  }
  return out;
}

/** Either the value or the error message, so that "both refuse alike" compares too. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `error: ${describeError(e)}`;
  }
}

const SEEDS: Record<EngineName, string[]> = { numpy: ['0', '101'], python: ['0', "'abc'"], 'numpy-generator': ['0', '[1, 2]'] };

suite('extension: preview equals insert, for every row of every engine table', () => {
  for (const engine of ENGINE_NAMES) {
    test(`${engine}: ${ENGINES[engine].calls.length} rows × seeds × selections × fill × array styles`, () => {
      let checked = 0;
      for (const spec of ENGINES[engine].calls) {
        for (const call of calls(spec)) {
          for (const seed of SEEDS[engine]) {
            for (const [count, fill] of [[1, 'each'], [3, 'each'], [12, 'each'], [3, 'same']] as const) {
              for (const arrays of ARRAY_STYLES) {
                for (const literal of arrays === 'literal' ? LITERAL_STYLES : (['python'] as const)) {
                  const req: DrawRequest = { engine, seed, call, count, fill, format: parseNumberFormat('repr')!, arrays, literal, eol: '\n' };
                  const inserted = outcome(() => drawTexts(req).texts);
                  // the wizard's preview line: its first texts, from the same draw cut short
                  const preview = outcome(() => previewDraw(req, 48));
                  // …after the result's shape for 2-D and more (`2×3: [[…`)
                  const shape = outcome(() => prepareCall(engine, call).shape);
                  const prefix = Array.isArray(shape) && shape.length >= 2 ? `${shape.join('×')}: ` : '';
                  const fromInserted = typeof inserted === 'string' ? inserted : prefix + previewText(inserted.slice(0, PREVIEW_TEXTS), count, 48);
                  assert.strictEqual(preview, fromInserted, `${engine} seed ${seed}: ${call} × ${count} ${fill} ${arrays}/${literal}`);
                  checked++;
                }
              }
            }
          }
        }
      }
      assert.ok(checked > 100, `${checked} previews checked`);
    });

    test(`${engine}: inserted texts hold the core's values (runCall, an independent path)`, () => {
      for (const spec of ENGINES[engine].calls) {
        for (const call of calls(spec)) {
          const seed = SEEDS[engine][1];
          const values = outcome(() => runCall(engine, seed, call, 5).map((v) => formatValueWith(v, { style: 'repr' })));
          const texts = outcome(() => drawTexts({ engine, seed, call, count: 5, fill: 'each', format: { style: 'repr' }, arrays: 'lines', eol: '\n' }).texts);
          if (typeof values === 'string' || typeof texts === 'string') {
            assert.strictEqual(texts, values, `${engine} ${call}: both refuse alike`);
            continue;
          }
          if (values.some((v) => v.includes('\n'))) continue; // a string value holding a line break: `lines` cannot be split back
          assert.deepStrictEqual(texts.join('\n').split('\n'), values, `${engine} ${call}`);
        }
      }
    });

    test(`${engine}: a generation's preview is the start of the document it generates`, () => {
      for (const spec of ENGINES[engine].calls) {
        for (const call of calls(spec)) {
          const seed = SEEDS[engine][0];
          const preview = outcome(() => previewValues({ engine, seed, call }));
          let doc = '';
          const full = outcome(() => {
            for (const chunk of generateChunks({ engine, seed, call, n: PREVIEW_CALLS + 5, layout: 'lines', chunkValues: 7 })) doc += chunk.text;
            return doc.split('\n');
          });
          if (typeof preview === 'string' || typeof full === 'string') {
            assert.strictEqual(preview, full, `${engine} ${call}: both refuse alike`);
            continue;
          }
          assert.deepStrictEqual(full.slice(0, preview.length), preview, `${engine} ${call}`);
          assert.ok(preview.length >= PREVIEW_CALLS, `${engine} ${call}: ${preview.length} values previewed`);
          assert.ok(generatePreview({ engine, seed, call }).endsWith(', …'));
        }
      }
    });
  }
});
