import * as assert from 'assert';
import { templateRecords, templateText } from '../../src/core/template/templateOutput';
import { ArgsError, parseGenerateArgs, parseInsertArgs } from '../../src/extension/plain/commandArgs';
import { operationCode, operationLabel } from '../../src/extension/plain/lastOperation';
import { templateCode } from '../../src/core/template/templateCode';
import { recordChunks, recordLayoutFor, recordsPreview, recordTexts, templateOf, unknownTemplateMessage } from '../../src/extension/plain/templatePlan';

const USERS = '{"id": uuid4(), "age": randint(18, 90), "city": choice(["Oslo", "Lima"]), "joined": date("2020-01-01", "2024-12-31")}';

suite('extension: record templates (templatePlan)', () => {
  test('a saved name, a typed dict or list literal, or not a template', () => {
    const saved = { users: USERS, 'with space': '[random()]' };
    assert.deepStrictEqual(templateOf('users', saved), { name: 'users', text: USERS });
    assert.deepStrictEqual(templateOf('  with space ', saved), { name: 'with space', text: '[random()]' });
    assert.deepStrictEqual(templateOf(' {"a": random()} ', saved), { text: '{"a": random()}' });
    assert.deepStrictEqual(templateOf('[1, 2]', {}), { text: '[1, 2]' });
    assert.strictEqual(templateOf('random()', saved), undefined);
    assert.strictEqual(templateOf('toString', saved), undefined, 'no inherited property is a saved name');
    assert.match(unknownTemplateMessage('nope', saved), /'nope' is neither a template .* \(saved: users, with space\)/);
    assert.match(unknownTemplateMessage('nope', {}), /\(none saved\)/);
  });

  test("a record's layout follows the document: JSON, Python, CSV, SQL; JSON otherwise", () => {
    const cases: [string, string, string][] = [
      ['json', '/w/a.json', 'json'],
      ['jsonc', '/w/settings.json', 'json'],
      ['jsonl', '/w/a.jsonl', 'jsonl'],
      ['plaintext', '/w/a.ndjson', 'jsonl'],
      ['python', '/w/a.py', 'python'],
      ['python', 'Untitled-1', 'python'],
      ['csv', '/w/a.txt', 'csv'],
      ['plaintext', '/w/a.csv', 'csv'],
      ['plaintext', '/w/a.tsv', 'csv'],
      ['sql', '/w/seed.sql', 'sql'],
      ['plaintext', '/w/seed.sql', 'sql'],
      ['plaintext', 'Untitled-1', 'json'],
      ['markdown', '/w/a.md', 'json'],
    ];
    for (const [language, path, layout] of cases) assert.strictEqual(recordLayoutFor(language, path), layout, `${language} ${path}`);
  });

  test('inserted records are the core templateRecords; the preview is their prefix', () => {
    for (const engine of ['python', 'numpy', 'numpy-generator'] as const) {
      const seed = String(Math.floor(Math.random() * 2 ** 32));
      const template = engine === 'numpy-generator' ? USERS.replace('randint', 'integers') : USERS;
      const req = { engine, seed, template, count: 7, layout: 'python' as const };
      const texts = recordTexts(req);
      assert.deepStrictEqual(texts, templateRecords({ engine, seed, template, n: 7, layout: 'python' }));
      assert.deepStrictEqual(recordTexts(req, 2), texts.slice(0, 2));
      const preview = recordsPreview(req, 1000);
      assert.ok(preview.startsWith(texts.slice(0, 3).join(', ')), preview);
      assert.match(preview, /\(7 records\)$/);
    }
    assert.throws(() => recordTexts({ engine: 'python', seed: '1', template: '{"a": nope()}', count: 1, layout: 'json' }), /nope/);
  });

  test("a generated document's chunks are the CLI's document, with the document's line break and record counts", () => {
    const seed = String(Math.floor(Math.random() * 2 ** 32));
    for (const layout of ['json', 'jsonl', 'csv', 'python', 'sql'] as const) {
      const req = { engine: 'numpy', seed, template: USERS, n: 5000, layout };
      for (const eol of ['\n', '\r\n']) {
        const chunks = [...iterate(recordChunks(req)(eol))];
        assert.ok(chunks.length >= 3, `${layout}: several chunks`);
        assert.strictEqual(chunks.map((c) => c.text).join(''), templateText(req).replace(/\n/g, eol), `${layout} ${JSON.stringify(eol)}`);
        const counts = chunks.map((c) => c.values);
        assert.deepStrictEqual(counts, [...counts].sort((a, b) => a - b), 'counts grow');
        assert.strictEqual(counts[counts.length - 1], 5000);
      }
    }
  });

  test('Copy Reproducing Code after a template: the core templateCode in the mode used; the label names the saved template', () => {
    const request = { engine: 'python', seed: '7', template: USERS, n: 3, layout: 'json' as const, mode: 'records' as const };
    assert.strictEqual(operationCode({ kind: 'template', request, name: 'users' }), templateCode(request));
    assert.match(operationCode({ kind: 'template', request }), /^for _ in range\(3\):$/m);
    assert.strictEqual(operationLabel({ kind: 'template', request, name: 'users' }), 'the template users × 3 (python, seed 7)');
    assert.strictEqual(operationLabel({ kind: 'template', request: { ...request, n: 1000, mode: 'document' } }), 'the template × 1,000 (python, seed 7)');
  });

  test('command args: "template" by text or name, not with "call"; a template\'s layouts', () => {
    assert.deepStrictEqual(parseInsertArgs({ template: 'users', seed: 7 }), { template: 'users', seed: '7' });
    assert.deepStrictEqual(parseGenerateArgs({ template: USERS, count: 10, layout: 'sql' }), { template: USERS, count: 10, recordLayout: 'sql' });
    assert.deepStrictEqual(parseGenerateArgs({ call: 'random()', layout: 'numpy' }), { call: 'random()', layout: 'numpy' });
    const bad: [() => unknown, RegExp][] = [
      [() => parseInsertArgs({ template: '' }), /"template" must be a non-empty string/],
      [() => parseInsertArgs({ template: 3 }), /"template" must be a non-empty string/],
      [() => parseInsertArgs({ call: 'random()', template: 'users' }), /give "call" or "template", not both/],
      [() => parseGenerateArgs({ template: 'users', layout: 'numpy' }), /"layout" of a template must be one of "json", "jsonl", "csv", "python", "sql"/],
      [() => parseGenerateArgs({ call: 'random()', layout: 'sql' }), /"layout" must be one of/],
    ];
    for (const [f, re] of bad) assert.throws(f, (e: unknown) => e instanceof ArgsError && re.test(e.message));
  });
});

function* iterate<T>(it: Iterator<T, void>): Generator<T> {
  for (let r = it.next(); !r.done; r = it.next()) yield r.value;
}
