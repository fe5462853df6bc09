import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import { paymentsSchema, type Payments } from '../schemas/payments.js';

export const paymentsDomain: DomainDefinition<Payments, undefined> = {
  domain: 'payments',
  document: { read: 'getPayments', write: 'updatePayments', schema: paymentsSchema, name: 'payment methods' },
};

export const paymentsMethods: readonly AdapterMethod[] = ['getPayments', 'updatePayments'];
