import { expect } from '@open-wc/testing';
import {
  parseAdapterResponse,
  parseInput,
  paymentsSchema,
  paymentTokenSchema,
  removalOptionsSchema,
  verificationProofSchema,
} from '@prefcenter/core';
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

  it('accepts the verification, usage and separate defaults, filling what is left out', () => {
    const bank = {
      ...payments.methods[1],
      verification: 'required',
      verificationMethod: 'micro-deposits',
      verificationAttemptsLeft: 3,
      verificationSteps: [
        { status: 'pending', at: '2026-03-01T08:00:00Z' },
        { status: 'required', at: '2026-03-02T09:00:00+01:00' },
      ],
      currency: 'EUR',
    };
    const card = {
      ...payments.methods[0],
      usedBy: [
        { id: 'sub-1', label: 'Streaming', kind: 'subscription' },
        { id: 'plan-1', label: 'Sofa', kind: 'instalment' },
      ],
      upcomingCharges: 2,
    };
    const parsed = parseAdapterResponse(
      paymentsSchema,
      {
        ...payments,
        methods: [card, bank],
        separateDefaults: true,
        defaultRecurringMethodId: 'card-1',
        defaultOneOffMethodId: 'bank-1',
        billingAddresses: [
          // Only the name, first line and country are required: Hong Kong has no postcode.
          { id: 'hk', name: 'Flat', line1: 'Flat 12, 8 Queen’s Road', region: 'Hong Kong Island', country: 'HK' },
          {
            id: 'fr',
            name: 'Bureau',
            recipient: 'A. Client',
            organization: 'Quai SARL',
            line1: '1 quai Saint-Antoine',
            city: 'Lyon',
            postalCode: '69002',
            sortingCode: 'CEDEX 02',
            country: 'FR',
          },
        ],
      },
      'payment methods',
    );
    expect(parsed.methods[1]).to.deep.include({ verificationMethod: 'micro-deposits', currency: 'EUR' });
    expect(parsed.methods[0]!.usedBy.map((u) => u.kind)).to.deep.equal(['subscription', 'instalment']);
    expect(parsed).to.include({ separateDefaults: true, defaultOneOffMethodId: 'bank-1' });
    // Left out: no separate defaults, no usage, no steps.
    const plain = parseAdapterResponse(paymentsSchema, payments, 'payment methods');
    expect(plain.separateDefaults).to.equal(false);
    expect(plain.methods[0]).to.deep.include({ usedBy: [], verificationSteps: [] });
  });

  it('names bad values: expiry month, last4, country, currency, usage, steps and text lengths', () => {
    const method = payments.methods[0]!;
    const address = payments.billingAddresses[0]!;
    const cases: [object, (string | number)[]][] = [
      [{ methods: [{ ...method, expMonth: 13 }] }, ['methods', 0, 'expMonth']],
      [{ methods: [{ ...method, expMonth: 0 }] }, ['methods', 0, 'expMonth']],
      [{ methods: [{ ...method, last4: '12345' }] }, ['methods', 0, 'last4']],
      [{ methods: [{ ...method, last4: 'abcd' }] }, ['methods', 0, 'last4']],
      [{ methods: [{ ...method, last4: '123' }] }, ['methods', 0, 'last4']],
      [{ methods: [{ ...method, currency: 'usd' }] }, ['methods', 0, 'currency']],
      [{ methods: [{ ...method, currency: 'US' }] }, ['methods', 0, 'currency']],
      [{ methods: [{ ...method, verificationMethod: 'sms' }] }, ['methods', 0, 'verificationMethod']],
      [{ methods: [{ ...method, verificationAttemptsLeft: -1 }] }, ['methods', 0, 'verificationAttemptsLeft']],
      [{ methods: [{ ...method, verificationAttemptsLeft: 1.5 }] }, ['methods', 0, 'verificationAttemptsLeft']],
      [
        { methods: [{ ...method, verificationSteps: [{ status: 'pending', at: '2026-03-01 08:00' }] }] },
        ['methods', 0, 'verificationSteps', 0, 'at'],
      ],
      [
        { methods: [{ ...method, usedBy: [{ id: 'x', label: 'X', kind: 'donation' }] }] },
        ['methods', 0, 'usedBy', 0, 'kind'],
      ],
      [{ methods: [{ ...method, upcomingCharges: -1 }] }, ['methods', 0, 'upcomingCharges']],
      [{ methods: [{ ...method, nickname: 'x'.repeat(201) }] }, ['methods', 0, 'nickname']],
      [{ billingAddresses: [{ ...address, country: 'usa' }] }, ['billingAddresses', 0, 'country']],
      [{ billingAddresses: [{ ...address, country: 'us' }] }, ['billingAddresses', 0, 'country']],
      [{ billingAddresses: [{ ...address, line1: 'x'.repeat(201) }] }, ['billingAddresses', 0, 'line1']],
      [{ billingAddresses: [{ ...address, name: undefined }] }, ['billingAddresses', 0, 'name']],
      [{ separateDefaults: 'yes' }, ['separateDefaults']],
    ];
    for (const [change, path] of cases) {
      const error = rejection(paymentsSchema, { ...payments, ...change }, 'payment methods');
      expect(error.path, JSON.stringify(change)).to.deep.equal(path);
    }
    const twice = rejection(paymentsSchema, {
      ...payments,
      methods: [
        {
          ...method,
          usedBy: [
            { id: 'x', label: 'X', kind: 'bill' },
            { id: 'x', label: 'Y', kind: 'bill' },
          ],
        },
      ],
    });
    expect(twice.path?.slice(0, 3)).to.deep.equal(['methods', 0, 'usedBy']);
  });

  it('takes a verification proof of two whole minor-unit amounts or an alphanumeric code, and nothing else', () => {
    expect(parseInput(verificationProofSchema, { amounts: [32, 45] }, 'proof')).to.deep.equal({ amounts: [32, 45] });
    expect(parseInput(verificationProofSchema, { code: 'AB12cd' }, 'proof')).to.deep.equal({ code: 'AB12cd' });
    const bad = [
      { amounts: [0, 45] },
      { amounts: [32, 1.5] },
      { amounts: [-32, 45] },
      { amounts: [32, 10000] },
      { amounts: [32] },
      { amounts: [32, 45, 7] },
      { amounts: ['32', '45'] },
      { code: '12 34' },
      { code: '123' },
      { code: '1234567890123' },
      { code: '12-34' },
      {},
      null,
      '123456',
    ];
    for (const proof of bad) {
      let error: unknown;
      try {
        parseInput(verificationProofSchema, proof, 'verification proof');
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(proof)).to.have.property('kind', 'validation');
    }
  });

  it('bounds a token and a nickname, and takes a replacement id for a removal', () => {
    expect(() => parseInput(paymentTokenSchema, { token: 'x'.repeat(501) }, 'token')).to.throw(/token/);
    expect(() => parseInput(paymentTokenSchema, { token: 'tok', nickname: 'x'.repeat(201) }, 'token')).to.throw();
    expect(parseInput(removalOptionsSchema, { replaceWith: 'pm_1' }, 'removal')).to.deep.equal({ replaceWith: 'pm_1' });
    expect(parseInput(removalOptionsSchema, {}, 'removal')).to.deep.equal({});
    expect(() => parseInput(removalOptionsSchema, { replaceWith: '' }, 'removal')).to.throw();
  });

  it('names an unknown payment method type', () => {
    const error = rejection(paymentsSchema, { ...payments, methods: [{ ...payments.methods[0], type: 'crypto' }] });
    expect(error.path).to.deep.equal(['methods', 0, 'type']);
    expect(error.message).to.contain('expected one of "card", "bank-account", "wallet"');
  });
});
