import { AdapterError, paymentsSchema, type Payments } from '@prefcenter/core';
import { looksLikeCardNumber, type Issues } from '../rules.js';
import { methodFromToken } from '../tokens.js';
import type { LocalDomain } from './domain.js';

/** The payments domain: saved methods and billing addresses; card data never enters it. */

export const payments: LocalDomain<'payments'> = {
  document: { location: ['payments'], schema: paymentsSchema, what: 'payment methods' },
  rules({ before, after, issues, origin }) {
    if (origin.kind === 'patch') checkPaymentsUpdate(before, after, issues);
    checkPaymentsIntegrity(after, issues);
  },
  methods: ({ now, read, write, patched, settle }) => ({
    getPayments: (options) => read('getPayments', options, payments.document),
    updatePayments: (patch, meta) => write('updatePayments', 'payments', meta, patched('payments', patch)),
    addPaymentMethod: (token, meta) =>
      write('addPaymentMethod', 'payments', meta, (current, state) => {
        const method = methodFromToken(token, current, now());
        const candidate = {
          ...current,
          methods: [...current.methods, method],
          defaultMethodId: current.defaultMethodId ?? method.id,
        };
        return settle('payments', state, current, candidate, { kind: 'method', source: 'web' });
      }),
    removePaymentMethod: (methodId, meta) =>
      write('removePaymentMethod', 'payments', meta, (current, state) => {
        if (!current.methods.some((m) => m.id === methodId)) {
          throw new AdapterError('not-found', `There is no payment method "${String(methodId)}".`);
        }
        const candidate = { ...current, methods: current.methods.filter((m) => m.id !== methodId) };
        if (candidate.defaultMethodId === methodId) delete candidate.defaultMethodId;
        return settle('payments', state, current, candidate, { kind: 'method', source: 'web' });
      }),
  }),
};

/** References that must hold in any payments document, and no card number in a nickname. */
export function checkPaymentsIntegrity(after: Payments, issues: Issues): void {
  const addressIds = new Set(after.billingAddresses.map((a) => a.id));
  const methodIds = new Set<string>();
  after.methods.forEach((method, index) => {
    if (methodIds.has(method.id)) issues.add(['methods', index, 'id'], `"${method.id}" is used twice.`);
    methodIds.add(method.id);
    if (method.nickname && looksLikeCardNumber(method.nickname)) {
      issues.add(['methods', index, 'nickname'], 'must not contain a card number.');
    }
    if (method.billingAddressId && !addressIds.has(method.billingAddressId)) {
      issues.add(['methods', index, 'billingAddressId'], `there is no billing address "${method.billingAddressId}".`);
    }
  });
  if (after.billingAddresses.length !== addressIds.size) {
    issues.add(['billingAddresses'], 'each billing address needs its own id.');
  }
  if (after.defaultMethodId !== undefined && !methodIds.has(after.defaultMethodId)) {
    issues.add(['defaultMethodId'], `there is no payment method "${after.defaultMethodId}".`);
  }
}

/**
 * `updatePayments` may change the default, nicknames, billing-address links and the
 * addresses themselves; methods are added from a token and removed by id, never here,
 * so no card data can travel through a merge patch.
 */
export function checkPaymentsUpdate(before: Payments, after: Payments, issues: Issues): void {
  const previous = new Map(before.methods.map((m) => [m.id, m]));
  const editable = new Set(['nickname', 'billingAddressId']);
  after.methods.forEach((method, index) => {
    const old = previous.get(method.id);
    if (!old) {
      issues.add(['methods', index], 'add a payment method with addPaymentMethod() and a token from the provider.');
      return;
    }
    const keys = new Set([...Object.keys(old), ...Object.keys(method)]);
    for (const key of keys) {
      if (editable.has(key)) continue;
      if (old[key as keyof typeof old] !== method[key as keyof typeof method]) {
        issues.add(['methods', index, key], 'cannot be changed; only the nickname and billing address can.');
      }
    }
  });
  const kept = new Set(after.methods.map((m) => m.id));
  for (const id of previous.keys()) {
    if (!kept.has(id)) issues.add(['methods'], `remove "${id}" with removePaymentMethod().`);
  }
}
