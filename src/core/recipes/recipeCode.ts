import type { EngineName } from '../callSpec';
import type { ParsedCall } from '../call/parseCall';
import { pythonLiteral } from '../layout/literalElement';
import { findRecipe, pythonDialect, RECIPE_PREFIX } from './recipeTable';

/** The Python call of a recipe as written: `date('2020-01-01', '2024-12-31')` → `random_date('2020-01-01', '2024-12-31')`. */
export function recipePythonCall(parsed: ParsedCall): string {
  const args = [...parsed.args.map(pythonLiteral), ...parsed.kwargs.map(([k, v]) => `${k}=${pythonLiteral(v)}`)];
  return `${RECIPE_PREFIX}${parsed.name}(${args.join(', ')})`;
}

/**
 * The Python definitions of the named recipes for an engine — `def random_<name>(…):` with the
 * body from the recipe table, in the table's order — and the standard modules they import.
 */
export function recipeDefinitions(engine: EngineName, names: Iterable<string>): { imports: string[]; defs: string[] } {
  const d = pythonDialect(engine);
  const wanted = new Set(names);
  const imports = new Set<string>();
  const defs: string[] = [];
  for (const name of wanted) {
    const r = findRecipe(name);
    if (!r) continue;
    for (const m of r.imports) imports.add(m);
    if (defs.length > 0) defs.push('', '');
    defs.push(`def ${RECIPE_PREFIX}${r.name}(${r.signature}):`, ...r.python(d).map((l) => `    ${l}`));
  }
  return { imports: [...imports].sort(), defs };
}

/** The import lines of a script: standard modules sorted, then the engine's own (PEP 8 groups). */
export function importLines(engine: EngineName, modules: Iterable<string>): string[] {
  const std = new Set(modules);
  if (engine === 'python') std.add('random');
  const lines = [...std].sort().map((m) => `import ${m}`);
  if (engine !== 'python') lines.push(...(lines.length > 0 ? [''] : []), 'import numpy as np');
  return lines;
}
