import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import type { Payments } from '../schemas/payments.js';

export const paymentsDomain: DomainDefinition<Payments, undefined> = {
  domain: 'payments',
  readMethod: 'getPayments',
  writeMethod: 'updatePayments',
  parsers: () => import('./payments.parsers.js'),
};

export const paymentsMethods: readonly AdapterMethod[] = ['getPayments', 'updatePayments'];
