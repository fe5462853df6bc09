import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import { payments } from '../generated/schemas.js';
import type { Payments } from '../schemas/payments.js';
import { conformAdapterResponse } from '../validate.js';

export const paymentsDomain: DomainDefinition<Payments, undefined> = {
  domain: 'payments',
  readMethod: 'getPayments',
  writeMethod: 'updatePayments',
  parsers: {
    parseDocument: (value) => conformAdapterResponse<Payments>(payments, value, 'payment methods'),
  },
};

export const paymentsMethods: readonly AdapterMethod[] = ['getPayments', 'updatePayments'];
