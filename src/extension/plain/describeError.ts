import { PyError } from '../../core/errors';

/**
 * The text shown for a failure: the library's own wording for bad input (`ValueError: high <= low`),
 * the message of anything else.
 */
export function describeError(e: unknown): string {
  if (e instanceof PyError) return e.toString();
  if (e instanceof Error) return e.message;
  return String(e);
}
