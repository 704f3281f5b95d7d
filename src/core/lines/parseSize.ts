import { parseLiteral } from '../call/parseCall';
import type { PyObj } from '../types';

/**
 * Read a size as typed (`--test-size 0.25`, an InputBox) into the Python value scikit-learn sees:
 * `0.25` → float, `100` → int, `1.0` → float (which scikit-learn refuses), `None` → undefined
 * (the default). Text that is no Python literal stays a str (`25%` → `'25%'`), so the message is
 * scikit-learn's own: `… Got '25%' instead.`
 */
export function parseSize(text: string): PyObj | undefined {
  let v: PyObj;
  try {
    v = parseLiteral(text);
  } catch {
    return text.trim();
  }
  return v === null ? undefined : v;
}
