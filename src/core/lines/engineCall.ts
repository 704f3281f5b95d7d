import { bindArgs } from '../call/bindArgs';
import type { Engine, EngineSpec } from '../callSpec';
import { PyError } from '../errors';
import type { PyObj } from '../types';

/**
 * Make one call from an engine's declarative table with values already in hand — the same row,
 * binding, defaults, constraints and messages as a typed call such as `shuffle(x)`, without
 * printing and re-parsing a million lines. `args` are positional, `kwargs` by Python name.
 * The line commands never re-implement an algorithm: they run the engine's own rows.
 */
export function engineCall(
  spec: EngineSpec,
  engine: Engine,
  name: string,
  args: PyObj[],
  kwargs: [string, PyObj][] = [],
): PyObj[] {
  const row = spec.calls.find((c) => c.name === name);
  if (!row) throw new PyError('AttributeError', `engine ${spec.name} (${spec.seeding}) has no '${name}' yet`);
  return row.run(engine, bindArgs(row, { name, args, kwargs }));
}
