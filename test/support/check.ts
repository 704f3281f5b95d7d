import { PyError } from '../../src/core/errors';
import { runCallFormatted } from '../../src/core/run';
import type { Case } from './case';
import { compareValues } from './compare';
import type { RefResult } from './python';

/** Totals over many cases, reported by the fixture and differential tests. */
export interface Tally {
  cases: number;
  exactCases: number;
  values: number;
  floats: number;
  near: { call: string; seed: string; expected: string; actual: string; ulps: number }[];
  failures: string[];
}

export const newTally = (): Tally => ({ cases: 0, exactCases: 0, values: 0, floats: 0, near: [], failures: [] });

/** Run one case through our core and compare with the reference result; record into `t`. */
export function checkCase(c: Case, ref: RefResult, t: Tally): void {
  t.cases++;
  const where = `${c.engine} seed=${c.seed} ${c.call} n=${c.n}`;
  let ours: { values: string[] } | { error: string };
  try {
    ours = { values: runCallFormatted(c.engine, c.seed, c.call, c.n) };
  } catch (e) {
    if (!(e instanceof PyError)) {
      t.failures.push(`${where}: crashed with ${e instanceof Error ? e.stack : String(e)}`);
      return;
    }
    ours = { error: e.toString() };
  }
  if ('error' in ref || 'error' in ours) {
    const want = 'error' in ref ? ref.error : `values ${ref.values.slice(0, 5).join(', ')}`;
    const got = 'error' in ours ? ours.error : `values ${ours.values.slice(0, 5).join(', ')}`;
    if (want === got) t.exactCases++;
    else t.failures.push(`${where}: expected ${want}; got ${got}`);
    return;
  }
  const cmp = compareValues(ref.values, ours.values);
  t.values += ref.values.length;
  t.floats += cmp.floats;
  if (cmp.mismatch) {
    t.failures.push(`${where}: ${cmp.mismatch}`);
    return;
  }
  for (const n of cmp.near) t.near.push({ call: c.call, seed: c.seed, expected: n.expected, actual: n.actual, ulps: n.ulps });
  if (cmp.near.length === 0) t.exactCases++;
}

/** Human summary line for a tally. */
export function describe(name: string, t: Tally): string {
  const maxUlps = t.near.reduce((m, n) => Math.max(m, n.ulps), 0);
  const rate = t.floats ? ((100 * t.near.length) / t.floats).toFixed(3) : '0';
  return (
    `${name}: ${t.exactCases}/${t.cases} cases exact, ${t.values} values, ` +
    `${t.near.length} of ${t.floats} floats off by <= ${maxUlps} ulp (${rate}%), ${t.failures.length} failed`
  );
}

/** Assert the tally meets the README's accuracy bar: no mismatch, near floats < 0.1%, <= 4 ulp. */
export function assertTally(name: string, t: Tally): void {
  if (t.failures.length) {
    const shown = t.failures.slice(0, 15).join('\n  ');
    throw new Error(`${describe(name, t)}\n  ${shown}${t.failures.length > 15 ? `\n  … ${t.failures.length - 15} more` : ''}`);
  }
  if (t.floats > 0 && t.near.length > 0.001 * t.floats && t.near.length > 1) {
    throw new Error(`${describe(name, t)}: too many libm near-misses\n  ${JSON.stringify(t.near.slice(0, 10))}`);
  }
}
