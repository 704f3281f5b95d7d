import type { SequenceMode } from './config';

/** Longest seed shown in the status bar before it is shortened with `…`. */
const MAX_SEED_CHARS = 24;

/**
 * The status bar text: `numpy · 101` (engine · seed); in `continue` mode a `⟳` marks that values
 * carry on from the last insertion rather than restarting from the seed.
 */
export function statusText(engine: string, seed: string, sequence: SequenceMode): string {
  const shown = seed.length > MAX_SEED_CHARS ? `${seed.slice(0, MAX_SEED_CHARS - 1)}…` : seed;
  return `${engine} · ${shown}${sequence === 'continue' ? ' ⟳' : ''}`;
}

/**
 * The status bar tooltip: `Seeded Random: np.random.seed(101), sequence restart. …` — the engine's
 * seeding text with the seed (cut like the status text when long) put in by plain concatenation: a
 * seed is never read as a `String.replace` pattern (`$\``, `$&`, `$'` stay as typed).
 */
export function statusTooltip(seeding: string, seed: string, sequence: SequenceMode): string {
  const shown = seed.length > MAX_TOOLTIP_SEED_CHARS ? `${seed.slice(0, MAX_TOOLTIP_SEED_CHARS - 1)}…` : seed;
  const call = seeding.endsWith('s)') ? `${seeding.slice(0, -2)}${shown})` : seeding;
  return `Seeded Random: ${call}, sequence ${sequence}. Click to set the seed.`;
}

/** Longest seed shown in the tooltip before it is shortened with `…`. */
const MAX_TOOLTIP_SEED_CHARS = 200;

/** A fresh seed from 32 random bits (valid for every engine: numpy takes 0 ≤ seed < 2**32). */
export function seedFromRandomWord(word: number): string {
  return String(word >>> 0);
}
