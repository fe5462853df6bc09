import { parseAdapterResponse } from '../parse.js';
import { changeHistorySchema } from '../schemas/common.js';

export const parseHistory = (value: unknown) => parseAdapterResponse(changeHistorySchema, value, 'change history');
