import { refuse, type CommandContext } from './commandContext';
import { insert, type InsertOutcome } from './insert';
import type { CommandCall } from './startCommand';

/**
 * Repeat Last Insertion: the last successful insertion's engine, seed, call and format, applied
 * to the current selections without prompts (in `continue` mode the stream goes on).
 */
export async function repeatLast(ctx: CommandContext, invocation: CommandCall): Promise<InsertOutcome> {
  const last = ctx.memory.last;
  if (!last) return refuse('nothingToRepeat', 'nothing to repeat yet: run Insert Random Values… first.', 'info');
  return insert(ctx, { ...invocation, args: { ...last } });
}
