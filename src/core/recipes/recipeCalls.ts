import type { CallSpec, Engine, EngineName } from '../callSpec';
import { recipeDraws } from './recipeDraws';
import { findRecipe, RECIPES, type RecipeSpec } from './recipeTable';

const byEngine = new Map<EngineName, readonly CallSpec<Engine>[]>();

/** A recipe as a call row of an engine (what the binder, `runPrepared` and the prompts take). */
function recipeCall(engine: EngineName, r: RecipeSpec): CallSpec<Engine> {
  return {
    name: r.name,
    params: r.params,
    doc: r.doc,
    example: r.example,
    check: r.check,
    work: r.work,
    run: (e, args) => [r.run(recipeDraws(engine, e), args)],
  };
}

/**
 * The recipes as call rows for an engine: a separate group from the engine's own `calls` (they
 * are not library methods), looked up after them by name.
 */
export function recipeCalls(engine: EngineName): readonly CallSpec<Engine>[] {
  let calls = byEngine.get(engine);
  if (!calls) {
    calls = RECIPES.map((r) => recipeCall(engine, r));
    byEngine.set(engine, calls);
  }
  return calls;
}

/** The recipe call row of an engine by name, or undefined. */
export function findRecipeCall(engine: EngineName, name: string): CallSpec<Engine> | undefined {
  return findRecipe(name) && recipeCalls(engine).find((c) => c.name === name);
}

/** Whether a call row is one of the recipes (not a library method). */
export function isRecipeCall(spec: CallSpec<Engine>): boolean {
  for (const calls of byEngine.values()) if (calls.includes(spec)) return true;
  return false;
}
