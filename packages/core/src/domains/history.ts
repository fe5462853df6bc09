import type { ChangeRecord } from '../schemas/common.js';

/**
 * Checks a change history from an adapter. The schema (and zod) load on first use, so
 * a widget pays for them only when the customer opens its history.
 */
export async function parseChangeHistory(value: unknown): Promise<ChangeRecord[]> {
  const { parseHistory } = await import('./history.parsers.js');
  return parseHistory(value);
}
