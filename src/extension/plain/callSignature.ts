import type { CallSpec } from '../../core/callSpec';
import { repr } from '../../core/format/formatValue';

/**
 * The Python signature of a call from its table row: `randint(low, high=None, size=None)`,
 * `choices(population, weights=None, *, cum_weights=None, k=1)` — a `*` before the first
 * keyword-only parameter, defaults as Python's `repr`.
 */
export function callSignature(spec: Pick<CallSpec, 'name' | 'params'>): string {
  const parts: string[] = [];
  let starred = false;
  for (const p of spec.params) {
    if (p.kwOnly && !starred) {
      parts.push('*');
      starred = true;
    }
    parts.push('default' in p && p.default !== undefined ? `${p.name}=${repr(p.default)}` : p.name);
  }
  return `${spec.name}(${parts.join(', ')})`;
}

/**
 * The call text to prefill for a call: the text the user last ran with this call name when there
 * is one (so `randint(1, 6)` comes back), else the table's example.
 */
export function prefillCall(spec: Pick<CallSpec, 'name' | 'example'>, lastCall: string | undefined): string {
  if (lastCall !== undefined && callName(lastCall) === spec.name) return lastCall;
  return spec.example;
}

/** The call name at the start of a call text (`np.random.randint(1, 2)` → `randint`), or undefined. */
export function callName(text: string): string | undefined {
  const m = /^\s*([A-Za-z_][\w.]*)\s*(\(|$)/.exec(text);
  if (!m) return undefined;
  const parts = m[1].split('.');
  return parts[parts.length - 1];
}
