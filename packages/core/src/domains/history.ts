import { changeHistory } from '../generated/schemas.js';
import type { ChangeRecord } from '../schemas/common.js';
import { conformAdapterResponse } from '../validate.js';

/** Checks a change history from an adapter. */
export async function parseChangeHistory(value: unknown): Promise<ChangeRecord[]> {
  return conformAdapterResponse<ChangeRecord[]>(changeHistory, value, 'change history');
}
