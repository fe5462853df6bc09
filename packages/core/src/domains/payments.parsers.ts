import { parseAdapterResponse } from '../parse.js';
import { paymentsSchema } from '../schemas/payments.js';

export const parseDocument = (value: unknown) => parseAdapterResponse(paymentsSchema, value, 'payment methods');
