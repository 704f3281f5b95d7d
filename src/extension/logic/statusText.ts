import { seedShown } from '../../core/call/seedShown';
import type { SequenceMode } from './config';

/** Longest seed shown in the status bar before it is shortened with `…`. */
const MAX_SEED_CHARS = 24;

/**
 * The status bar text: `numpy · 101` (engine · seed); in `continue` mode a `⟳` marks that values
 * carry on from the last insertion rather than restarting from the seed.
 */
export function statusText(engine: string, seedText: string, sequence: SequenceMode): string {
  const seed = seedShown(seedText); // as Python source: hello → 'hello'
  const shown = seed.length > MAX_SEED_CHARS ? `${seed.slice(0, MAX_SEED_CHARS - 1)}…` : seed;
  return `${engine} · ${shown}${sequence === 'continue' ? ' ⟳' : ''}`;
}

/** A fresh seed from 32 random bits (valid for every engine: numpy takes 0 ≤ seed < 2**32). */
export function seedFromRandomWord(word: number): string {
  return String(word >>> 0);
}
