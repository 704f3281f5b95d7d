import type { CallSpec, Constraint } from '../../src/core/callSpec';
import { reprFloat } from '../../src/core/format/formatValue';

/*
 * Random calls with array-valued (broadcast) distribution parameters, for the live differential
 * tests (test/core/broadcast.test.ts, the record templates' test).
 */

/** A value inside the constraint (so that every element of an array passes it). */
function valid(cons: Constraint | undefined, rand: () => number): number {
  const u = rand();
  switch (cons) {
    case 'non_negative':
      return 0.1 + 4 * u;
    case 'positive':
    case 'positive_not_nan':
      return 0.2 + 5 * u;
    case 'bounded_0_1':
      return 0.05 + 0.9 * u;
    case 'bounded_gt_0_1':
      return 0.1 + 0.9 * u;
    case 'bounded_lt_0_1':
      return 0.9 * u;
    case 'gt_1':
    case 'gte_1':
      return 1.2 + 3 * u;
    case 'poisson':
      return 40 * u;
    default:
      return -5 + 10 * u;
  }
}

/** Per-parameter ranges where constraints alone are not enough (cross-parameter checks). */
const RANGES: Record<string, [number, number]> = {
  'triangular.left': [-5, -1],
  'triangular.mode': [-0.5, 0.5],
  'triangular.right': [1, 5],
  'uniform.low': [-5, 0],
  'uniform.high': [1, 5],
};

const tuple = (d: readonly number[]) => (d.length === 1 ? `(${d[0]},)` : `(${d.join(', ')})`);

/**
 * One broadcast case for a row: a broadcast shape B (1–2 dims of 1–3), each float parameter a
 * scalar or an array whose shape broadcasts to B (B itself, a suffix, or with 1s), size None, B,
 * or an extra leading dimension; values inside the constraints, as nested Python lists.
 */
export function broadcastCall(row: CallSpec, rand: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const B = Array.from({ length: int(1, 2) }, () => int(1, 3));
  const floats = row.params.filter((p) => p.type === 'float');
  const arrayAt = int(0, floats.length - 1); // at least one array
  const args = floats.map((p, i) => {
    const range = RANGES[`${row.name}.${p.name}`];
    const one = () => reprFloat(range ? range[0] + (range[1] - range[0]) * rand() : valid(p.constraint, rand));
    if (i !== arrayAt && rand() < 0.4) return `${p.name}=${one()}`;
    let shape = B.slice(rand() < 0.3 ? 1 : 0).map((d) => (rand() < 0.25 ? 1 : d));
    if (shape.length === 0) shape = [1];
    const build = (dims: number[]): string => (dims.length === 0 ? one() : `[${Array.from({ length: dims[0] }, () => build(dims.slice(1))).join(', ')}]`);
    return `${p.name}=${build(shape)}`;
  });
  const size = rand() < 0.4 ? '' : rand() < 0.6 ? `, size=${tuple(B)}` : `, size=${tuple([int(1, 2), ...B])}`;
  return `${row.name}(${args.join(', ')}${size})`;
}

