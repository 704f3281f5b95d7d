import { parseLiteral } from '../call/parseCall';
import type { PyObj } from '../types';

/**
 * The value of a constant Python expression written as text, through the call language
 * (src/core/call/): what `annotate` uses for argument text once known names are substituted
 * (`size=n` with `n = 5` reads `size=5`). Throws `PyError` for anything the call language does
 * not evaluate; the evaluator then reports the argument as not known — it never guesses.
 */
export function evaluateConstant(text: string): PyObj {
  return parseLiteral(text);
}
