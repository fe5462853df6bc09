import { changeHistory } from '../generated/checkers.js';
import type { ChangeRecord } from '../schemas/common.js';
import { checkAdapterResponse } from '../validate.js';

/** Checks a change history from an adapter. */
export async function parseChangeHistory(value: unknown): Promise<ChangeRecord[]> {
  return checkAdapterResponse<ChangeRecord[]>(changeHistory, value, 'change history');
}
