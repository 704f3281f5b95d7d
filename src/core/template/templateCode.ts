import { parseCall } from '../call/parseCall';
import type { EngineName } from '../callSpec';
import { pythonCall } from '../code/reproducingCode';
import { reprString } from '../format/formatValue';
import { REPR_FORMAT } from '../format/numberFormat';
import { literalElement } from '../layout/literalElement';
import { importLines, recipeDefinitions, recipePythonCall } from '../recipes/recipeCode';
import { parseSeed } from '../run';
import type { PyObj } from '../types';
import { compileTemplate, RecordStream, type CompiledNode } from './compileTemplate';
import { sqlIdentifier } from './recordFormats';
import { checkTemplateRequest, DEFAULT_TABLE, type TemplateRequest } from './templateOutput';

const lit = (v: PyObj): string => literalElement(v, 'python', REPR_FORMAT);

/** How each engine is seeded in the copied code. */
const SEEDING: Record<EngineName, (seed: string) => string> = {
  python: (s) => `random.seed(${s})`,
  numpy: (s) => `np.random.seed(${s})`,
  'numpy-generator': (s) => `rng = np.random.default_rng(${s})`,
};

/** `py(v)`: NumPy scalars and arrays as the Python values `.tolist()` gives (what json, csv and repr print). */
const PY_HELPER = ['def py(v):', '    return v.tolist() if isinstance(v, (np.ndarray, np.generic)) else v'];

/** `sql(v)`: one value as an SQL literal (recordFormats.ts `sqlLiteral` is the same rule). */
const SQL_HELPER = [
  'def sql(v):',
  '    if v is None:',
  "        return 'NULL'",
  '    if isinstance(v, bool):',
  "        return 'TRUE' if v else 'FALSE'",
  '    if isinstance(v, int):',
  '        return str(v)',
  '    if isinstance(v, float):',
  "        return repr(v) if math.isfinite(v) else 'NULL'",
  '    if isinstance(v, str):',
  '        return "\'" + v.replace("\'", "\'\'") + "\'"',
  '    return sql(json.dumps(v))',
];

/** The record's Python expression: a dict/list display of the calls (recipes by their `random_` names) and constants. */
function nodeExpr(engine: EngineName, node: CompiledNode, usesNumpy: { yes: boolean }): string {
  switch (node.kind) {
    case 'dict':
      return `{${node.keys.map((k, i) => `${reprString(k)}: ${nodeExpr(engine, node.values[i], usesNumpy)}`).join(', ')}}`;
    case 'list':
      return `[${node.items.map((v) => nodeExpr(engine, v, usesNumpy)).join(', ')}]`;
    case 'const':
      return lit(node.value);
    case 'call':
      if (node.call.recipe) return recipePythonCall(parseCall(node.text));
      if (engine === 'python') return pythonCall(engine, node.text);
      usesNumpy.yes = true;
      return `py(${pythonCall(engine, node.text)})`;
  }
}

/**
 * The self-contained Python script that prints exactly what {@link templateDocument} writes
 * (`mode: 'document'`) or, one per line, the records inserted at `n` cursors (`mode: 'records'`):
 * imports, the recipes' definitions, the helpers it needs, the seeding, then a loop that builds
 * each record as a dict display (fields evaluated left to right, as drawn) and prints it with
 * `json.dumps`, `repr`, `csv.writer` or the `sql` helper.
 *
 * The template, seed and layout are checked, and one record drawn, so input Python would reject
 * fails here with the same message.
 */
export function templateCode(req: TemplateRequest & { mode?: 'document' | 'records' }): string {
  const compiled = compileTemplate(req.engine, req.template);
  checkTemplateRequest(req, compiled);
  new RecordStream(compiled, req.seed).next(); // seeding errors and the first draw's errors, as Python would raise them
  const engine = compiled.engine;
  const mode = req.mode ?? 'document';
  const layout = req.layout;
  const usesNumpy = { yes: false };
  const record = nodeExpr(engine, compiled.root, usesNumpy);

  const modules = new Set<string>();
  const { imports, defs } = recipeDefinitions(engine, compiled.recipes);
  for (const m of imports) modules.add(m);
  if (layout === 'json' || layout === 'jsonl' || layout === 'sql') modules.add('json');
  if (layout === 'sql') modules.add('math');
  if (layout === 'csv') modules.add('csv').add('sys');

  const blocks: string[][] = [importLines(engine, modules)];
  if (defs.length > 0) blocks.push(defs);
  if (usesNumpy.yes) blocks.push(PY_HELPER);
  if (layout === 'sql') blocks.push(SQL_HELPER);
  const lines: string[] = [];
  blocks.forEach((b, i) => lines.push(...(i > 0 ? ['', ''] : []), ...b));
  lines.push('', '');
  lines.push(SEEDING[engine](lit(typeof req.seed === 'string' ? parseSeed(req.seed) : req.seed)));

  const n = req.n;
  const rowOf = compiled.keys ? 'record.values()' : 'record';
  let emit: string;
  let loopVar = '_';
  const after: string[] = [];
  switch (layout) {
    case 'json':
      if (mode === 'document') {
        lines.push("print('[')");
        loopVar = 'i';
        emit = `print('  ' + json.dumps(record) + (',' if i < ${n - 1} else ''))`;
        after.push("print(']')");
      } else emit = 'print(json.dumps(record))';
      break;
    case 'jsonl':
      emit = 'print(json.dumps(record))';
      break;
    case 'python':
      if (mode === 'document') {
        lines.push("print('[')");
        emit = "print('    ' + repr(record) + ',')";
        after.push("print(']')");
      } else emit = 'print(repr(record))';
      break;
    case 'csv':
      lines.push("writer = csv.writer(sys.stdout, lineterminator='\\n')");
      if (mode === 'document' && compiled.keys) lines.push(`writer.writerow(${lit(compiled.keys)})`);
      emit = `writer.writerow(${rowOf})`;
      break;
    case 'sql': {
      const cols = (compiled.keys ?? []).map(sqlIdentifier).join(', ');
      const head = reprString(`INSERT INTO ${sqlIdentifier(req.table ?? DEFAULT_TABLE)} (${cols}) VALUES (`);
      emit = `print(${head} + ', '.join(map(sql, record.values())) + ');')`;
      break;
    }
  }
  lines.push(`for ${loopVar} in range(${n}):`, `    record = ${record}`, `    ${emit}`, ...after);
  return lines.join('\n') + '\n';
}
