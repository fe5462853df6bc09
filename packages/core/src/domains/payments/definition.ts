import { requiredMethods, type DefinitionOf, type DomainSpec } from '../../controller/domain-resource.js';
import { payments } from '../../generated/schemas.js';
import { conformAdapterResponse } from '../../validate.js';
import type { Payments } from './schema.js';

export const paymentsDomain: DefinitionOf<'payments'> = {
  domain: 'payments',
  readMethod: 'getPayments',
  writeMethod: 'updatePayments',
  parsers: {
    parseDocument: (value) => conformAdapterResponse<Payments>(payments, value, 'payment methods'),
  },
} satisfies DomainSpec<'payments'>;

/** What a payments widget cannot work without; adding and removing a method are offered when present. */
export const paymentsMethods = requiredMethods(paymentsDomain);
