import { expect } from '@open-wc/testing';
import { parseAdapterResponse, paymentsSchema } from '@prefcenter/core';
import { rejection, versioned } from '../schema-helpers.js';

const payments = {
  ...versioned,
  methods: [
    { id: 'card-1', type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030, nickname: 'Travel' },
    { id: 'bank-1', type: 'bank-account', brand: 'Harbour Bank', last4: '0001', verification: 'pending' },
  ],
  defaultMethodId: 'card-1',
  billingAddresses: [
    { id: 'home', name: 'A. Customer', line1: '1 Quay St', city: 'Lyon', postalCode: '69001', country: 'FR' },
  ],
};

describe('payment schemas', () => {
  it('accepts valid payment methods', () => {
    const parsed = parseAdapterResponse(paymentsSchema, payments, 'payment methods');
    expect(parsed.methods[0]!.verification).to.equal('verified');
    expect(parsed.methods[1]!.verification).to.equal('pending');
    expect(parseAdapterResponse(paymentsSchema, { ...versioned, methods: [] }, 'p').billingAddresses).to.deep.equal([]);
  });

  it('rejects a full card number in last4', () => {
    const error = rejection(
      paymentsSchema,
      { ...payments, methods: [{ ...payments.methods[0], last4: '4242424242424242' }] },
      'payment methods',
    );
    expect(error.kind).to.equal('invalid-response');
    expect(error.path).to.deep.equal(['methods', 0, 'last4']);
    expect(error.message).to.contain('Malformed payment methods from the adapter at methods[0].last4');
    expect(error.message).not.to.contain('4242424242424242');
  });

  it('names a bad expiry month and a bad country code', () => {
    const month = rejection(paymentsSchema, { ...payments, methods: [{ ...payments.methods[0], expMonth: 13 }] });
    expect(month.path).to.deep.equal(['methods', 0, 'expMonth']);
    expect(month.message).to.contain('must be at most 12');
    const country = rejection(paymentsSchema, {
      ...payments,
      billingAddresses: [{ ...payments.billingAddresses[0], country: 'France' }],
    });
    expect(country.path).to.deep.equal(['billingAddresses', 0, 'country']);
  });

  it('names an unknown payment method type', () => {
    const error = rejection(paymentsSchema, { ...payments, methods: [{ ...payments.methods[0], type: 'crypto' }] });
    expect(error.path).to.deep.equal(['methods', 0, 'type']);
    expect(error.message).to.contain('expected one of "card", "bank-account", "wallet"');
  });
});
