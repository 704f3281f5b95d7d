import { refuse, type Shell } from '../shell';
import { insert, type InsertOutcome } from './insert';

/**
 * Repeat Last Insertion: the last successful insertion's engine, seed, call and format, applied
 * to the current selections without prompts (in `continue` mode the stream goes on).
 */
export async function repeatLast(shell: Shell): Promise<InsertOutcome> {
  const last = shell.memory.last;
  if (!last) return refuse('nothingToRepeat', 'nothing to repeat yet: run Insert Random Values… first.', 'info');
  return insert(shell, { ...last });
}
