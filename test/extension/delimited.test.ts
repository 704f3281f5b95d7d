import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { formatLiteral } from '../../src/core/layout/formatLiteral';
import { delimiterOf, isNumericField, looksLikeHeader, splitFields } from '../../src/extension/plain/delimited';
import { literalStyleOf } from '../../src/extension/plain/formatDraw';

suite('extension: CSV/TSV documents without a CSV extension', () => {
  test('a document is delimited by its language id, else by its file name', () => {
    assert.strictEqual(delimiterOf('plaintext', '/ws/data.csv'), ',');
    assert.strictEqual(delimiterOf('plaintext', '/ws/DATA.CSV'), ',');
    assert.strictEqual(delimiterOf('plaintext', '/ws/data.tsv'), '\t');
    assert.strictEqual(delimiterOf('csv', '/ws/untitled-1'), ',');
    assert.strictEqual(delimiterOf('tsv', '/ws/table.txt'), '\t');
    assert.strictEqual(delimiterOf('plaintext', '/ws/notes.txt'), undefined);
    assert.strictEqual(delimiterOf('plaintext', '/ws/.csv'), undefined, 'a dot file has no extension');
    assert.strictEqual(delimiterOf('python', '/ws/csv'), undefined);
  });

  test('auto literals: one CSV row in a .csv opened as Plain Text, a TSV row in .tsv; the setting still wins', () => {
    assert.strictEqual(literalStyleOf('auto', 'plaintext', '/ws/data.csv'), 'csv');
    assert.strictEqual(literalStyleOf('auto', 'plaintext', '/ws/data.tsv'), 'tsv');
    assert.strictEqual(literalStyleOf('auto', 'plaintext', '/ws/notes.txt'), 'python');
    assert.strictEqual(literalStyleOf('json', 'plaintext', '/ws/data.csv'), 'json');
    assert.strictEqual(formatLiteral([1n, 2n, 3n], 'csv'), '1,2,3');
    assert.strictEqual(formatLiteral([1n, 'a\tb', 'c,d'], 'tsv'), '1\t"a\tb"\tc,d');
  });

  test('the header question: non-numeric names over numeric columns', () => {
    assert.strictEqual(looksLikeHeader(['id,score,group', '1,,', '2,,', '3,,'], ','), true);
    assert.strictEqual(looksLikeHeader(['name,score', 'Ann,3.5', 'Bob,-2e3', '', 'Cy,nan'], ','), true);
    assert.strictEqual(looksLikeHeader(['name\tcity', 'Ann\tOslo', 'Bob\tRiga'], '\t'), false, 'text over text says nothing');
    assert.strictEqual(looksLikeHeader(['1,2', '3,4'], ','), false, 'a numeric first line is data');
    assert.strictEqual(looksLikeHeader(['a,,c', '1,2,3'], ','), false, 'an empty name is no header');
    assert.strictEqual(looksLikeHeader(['only'], ','), false);
    assert.strictEqual(looksLikeHeader(['x', 'y', '1'], ','), false, 'a column must be numeric in every line below');
    assert.ok(isNumericField(' 42 ') && isNumericField('-.5') && isNumericField('1_000') && isNumericField('-inf'));
    assert.ok(!isNumericField('') && !isNumericField('1.2.3') && !isNumericField('0x10'));
  });

  test("fields are split as Python's csv module splits them (live; skipped without python3)", function () {
    this.timeout(60000);
    const lines = ['a,b,c', '"a,b",c', '"say ""hi""",x', ',,', 'x,"",y', '"unterminated,z', 'plain'];
    const tsv = ['a\tb', '"a\tb"\tc', 'x\t\t'];
    const py = spawnSync('python3', ['-c', 'import csv,json,sys; d=json.load(sys.stdin); print(json.dumps([[next(csv.reader([l], delimiter=dl)) for l in ls] for ls, dl in d]))'], {
      input: JSON.stringify([[lines, ','], [tsv, '\t']]),
      encoding: 'utf8',
    });
    if (py.status !== 0 || py.error) this.skip();
    const [csvRows, tsvRows] = JSON.parse(py.stdout) as string[][][];
    assert.deepStrictEqual(lines.map((l) => splitFields(l, ',')), csvRows);
    assert.deepStrictEqual(tsv.map((l) => splitFields(l, '\t')), tsvRows);
  });
});
