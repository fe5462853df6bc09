import { expect } from '@open-wc/testing';
import { bankSeed, createLocalAdapter, type LocalSeed } from '@prefcenter/adapter-local';
import { isExpired, verificationProofs } from '@prefcenter/adapter-local/backend-rules';
import type { PaymentMethod, Payments } from '@prefcenter/core';
import { adapterError, clock, meta, read } from '../helpers.js';

const NOW = '2026-05-01T12:00:00.000Z';

/** The seed's payments with `change` applied: a document of the test's own, on the fixed clock. */
function seedWith(change: (payments: Payments) => Payments): LocalSeed {
  return { ...bankSeed, payments: change(structuredClone(bankSeed.payments)) };
}

const card = (id: string, fields: Partial<PaymentMethod> = {}): PaymentMethod => ({
  id,
  type: 'card',
  brand: 'visa',
  last4: '1111',
  expMonth: 12,
  expYear: 2030,
  verification: 'verified',
  verificationSteps: [],
  usedBy: [],
  ...fields,
});

/** One method by id (the test fails when it is missing). */
const method = (payments: Payments, id: string) => {
  const found = payments.methods.find((m) => m.id === id);
  expect(found, id).to.not.equal(undefined);
  return found!;
};

describe('local adapter: payments', () => {
  const adapter = (seed?: LocalSeed) => createLocalAdapter({ storage: 'memory', now: clock(NOW).now, seed });

  describe('adding a method from a token', () => {
    it('adds a card from a provider token, never from a number', async () => {
      const a = adapter();
      const saved = await a.addPaymentMethod({ token: 'tok_visa_1881', nickname: 'Groceries' }, meta(1));
      expect(saved.version).to.equal(2);
      const added = saved.methods.at(-1)!;
      expect(added).to.include({
        id: 'pm_visa_1881',
        type: 'card',
        brand: 'visa',
        last4: '1881',
        nickname: 'Groceries',
      });
      expect(added).to.deep.include({ verification: 'verified', usedBy: [], verificationSteps: [] });
      expect(added.expYear).to.be.within(2028, 2030);
      expect(added.expMonth).to.be.within(1, 12);
      expect(saved.defaultMethodId).to.equal(bankSeed.payments.defaultMethodId);
      expect(await a.getPayments(read())).to.deep.equal(saved);
      // The same card again gets its own id.
      const again = await a.addPaymentMethod({ token: 'tok_visa_1881' }, meta(2));
      expect(again.methods.at(-1)!.id).to.equal('pm_visa_1881_2');
    });

    it('makes a bank account wait for its deposit amounts, or for its code', async () => {
      const a = adapter();
      const bank = (await a.addPaymentMethod({ token: 'tok_bank_1234' }, meta(1))).methods.at(-1)!;
      expect(bank).to.deep.include({
        type: 'bank-account',
        last4: '1234',
        verification: 'required',
        verificationMethod: 'micro-deposits',
        verificationAttemptsLeft: 3,
        currency: 'USD',
        usedBy: [],
        verificationSteps: [
          { status: 'pending', at: NOW },
          { status: 'required', at: NOW },
        ],
      });
      const code = (await a.addPaymentMethod({ token: 'tok_bankcode_5678' }, meta(2))).methods.at(-1)!;
      expect(code).to.deep.include({
        type: 'bank-account',
        last4: '5678',
        verification: 'required',
        verificationMethod: 'code',
        verificationAttemptsLeft: 3,
        currency: 'USD',
      });
      expect(code.verificationSteps.map((s) => s.status)).to.deep.equal(['pending', 'required']);
    });

    it('makes wallets, and a deterministic fake for any other token', async () => {
      const a = adapter();
      const wallet = (await a.addPaymentMethod({ token: 'tok_apple_pay' }, meta(1))).methods.at(-1)!;
      expect(wallet).to.deep.include({ type: 'wallet', brand: 'apple-pay', usedBy: [], verificationSteps: [] });
      expect(wallet.last4).to.match(/^\d{4}$/);
      const fake = (await a.addPaymentMethod({ token: 'pm_1Nq8ZkLkdIwHu7ix' }, meta(2))).methods.at(-1)!;
      const twin = (await adapter().addPaymentMethod({ token: 'pm_1Nq8ZkLkdIwHu7ix' }, meta(1))).methods.at(-1)!;
      expect(fake).to.deep.equal(twin);
      expect(fake.type).to.equal('card');
      expect(fake.last4).to.match(/^\d{4}$/);
    });

    it('refuses a token that looks like a card number, and stores nothing of it', async () => {
      const storage = new Map<string, string>();
      const a = createLocalAdapter({
        storage: {
          getItem: (k) => storage.get(k) ?? null,
          setItem: (k, v) => void storage.set(k, v),
          removeItem: (k) => void storage.delete(k),
        },
      });
      for (const token of ['4242424242424242', '4242 4242 4242 4242', 'tok_4111-1111-1111-1111', '378282246310005']) {
        const error = await adapterError(a.addPaymentMethod({ token }, meta(1)), 'validation');
        expect(error.path).to.deep.equal(['token']);
        expect(error.fields).to.have.property('token');
      }
      const nickname = await adapterError(
        a.addPaymentMethod({ token: 'tok_visa_4242', nickname: 'card 4000 0000 0000 0002' }, meta(1)),
        'validation',
      );
      expect(nickname.path).to.deep.equal(['nickname']);
      await adapterError(a.addPaymentMethod({ token: '' }, meta(1)), 'validation');
      await adapterError(a.addPaymentMethod({ token: 'tok_declined' }, meta(1)), 'validation');
      await adapterError(
        a.addPaymentMethod({ token: 'tok_visa_4242', billingAddressId: 'nowhere' }, meta(1)),
        'validation',
      );
      expect(storage.size).to.equal(0);
    });

    it('makes the first method the default, but not a bank account waiting for verification', async () => {
      const empty = seedWith((p) => ({
        ...p,
        methods: [],
        defaultMethodId: undefined,
        defaultRecurringMethodId: undefined,
        defaultOneOffMethodId: undefined,
      }));
      const bankFirst = await adapter(empty).addPaymentMethod({ token: 'tok_bank_1234' }, meta(1));
      expect(bankFirst.defaultMethodId).to.equal(undefined);
      const saved = await adapter(empty).addPaymentMethod(
        { token: 'tok_mastercard_4444', billingAddressId: 'addr_home' },
        meta(1),
      );
      expect(saved.defaultMethodId).to.equal('pm_mastercard_4444');
      expect(saved.methods[0]!.billingAddressId).to.equal('addr_home');
    });
  });

  describe('removing a method', () => {
    it('removes one that nothing uses and is no default, and says not-found for an unknown id', async () => {
      const a = adapter();
      const saved = await a.removePaymentMethod('pm_bank_2468', meta(1));
      expect(saved.methods.map((m) => m.id)).to.not.include('pm_bank_2468');
      expect(saved).to.include({
        version: 2,
        defaultMethodId: 'pm_visa_4242',
        defaultRecurringMethodId: 'pm_visa_4242',
        defaultOneOffMethodId: 'pm_apple-pay_3017',
      });
      for (const id of ['pm_bank_2468', 'pm_nope', '__proto__', 'constructor', 'toString']) {
        await adapterError(a.removePaymentMethod(id, meta(2)), 'not-found');
      }
      await adapterError(a.removePaymentMethod('pm_bank_6789', meta(1)), 'conflict');
      expect((await a.getPayments(read())).version).to.equal(2);
    });

    it('refuses one in use without a replacement, saying what uses it, and changes nothing', async () => {
      const a = adapter();
      const error = await adapterError(a.removePaymentMethod('pm_visa_4242', meta(1)), 'validation');
      expect(error.path).to.deep.equal(['methods', 0]);
      expect(error.fields).to.have.property('methods[0]');
      for (const part of ['Everyday card', 'Premium account (subscription)', 'Harbor Electric (bill)', 'replaceWith']) {
        expect(error.message).to.contain(part);
      }
      expect(error.message).to.contain('the default for recurring payments');
      const instalment = await adapterError(a.removePaymentMethod('pm_mastercard_5454', meta(1)), 'validation');
      expect(instalment.message).to.contain('Laptop, 12 monthly instalments (instalment)');
      // A default that nothing charges is in use too while other methods could take its place.
      const oneOff = await adapterError(a.removePaymentMethod('pm_apple-pay_3017', meta(1)), 'validation');
      expect(oneOff.message).to.contain('the default for one-off payments');
      expect(await a.getPayments(read())).to.deep.equal(bankSeed.payments);
    });

    it('moves what used it and the defaults that named it to the replacement', async () => {
      const a = adapter();
      const saved = await a.removePaymentMethod('pm_visa_4242', meta(1), { replaceWith: 'pm_mastercard_5454' });
      expect(saved.methods.map((m) => m.id)).to.not.include('pm_visa_4242');
      expect(method(saved, 'pm_mastercard_5454').usedBy.map((u) => u.id)).to.deep.equal([
        'plan_laptop',
        'sub_premium',
        'bill_harbor_electric',
      ]);
      expect(saved).to.include({
        defaultMethodId: 'pm_mastercard_5454',
        defaultRecurringMethodId: 'pm_mastercard_5454',
        defaultOneOffMethodId: 'pm_apple-pay_3017',
      });
      expect(await a.getPayments(read())).to.deep.equal(saved);

      const oneOff = await a.removePaymentMethod('pm_apple-pay_3017', meta(2), { replaceWith: 'pm_mastercard_5454' });
      expect(oneOff.defaultOneOffMethodId).to.equal('pm_mastercard_5454');
    });

    it('moves each use once: an id the replacement already has is not repeated', async () => {
      const seed = seedWith((p) => {
        p.methods[1]!.usedBy.push({ id: 'sub_premium', label: 'Premium account', kind: 'subscription' });
        return p;
      });
      const saved = await adapter(seed).removePaymentMethod('pm_visa_4242', meta(1), {
        replaceWith: 'pm_mastercard_5454',
      });
      expect(method(saved, 'pm_mastercard_5454').usedBy.map((u) => u.id)).to.deep.equal([
        'plan_laptop',
        'sub_premium',
        'bill_harbor_electric',
      ]);
    });

    it('refuses a replacement that is the method itself, missing, unverified, failed or expired', async () => {
      const seed = seedWith((p) => ({
        ...p,
        methods: [
          ...p.methods,
          card('pm_expired', { expMonth: 4, expYear: 2026 }),
          card('pm_failed', { type: 'bank-account', expMonth: undefined, expYear: undefined, verification: 'failed' }),
        ],
      }));
      const a = adapter(seed);
      const cases: [string, string][] = [
        ['pm_visa_4242', 'cannot replace itself'],
        ['pm_nope', 'there is no payment method "pm_nope"'],
        ['__proto__', 'there is no payment method "__proto__"'],
        ['pm_bank_6789', 'not verified (required)'],
        ['pm_bank_2468', 'not verified (pending)'],
        ['pm_failed', 'not verified (failed)'],
        ['pm_expired', 'expired at the end of 04/2026'],
      ];
      for (const [replaceWith, message] of cases) {
        const error = await adapterError(a.removePaymentMethod('pm_visa_4242', meta(1), { replaceWith }), 'validation');
        expect(error.path, replaceWith).to.deep.equal(['replaceWith']);
        expect(error.message, replaceWith).to.contain(message);
      }
      await adapterError(a.removePaymentMethod('pm_visa_4242', meta(1), { replaceWith: '' }), 'validation');
      expect((await a.getPayments(read())).version).to.equal(1);
    });

    it('removes the only method when nothing uses it, and the defaults with it', async () => {
      const only = seedWith((p) => ({
        ...p,
        methods: [card('pm_only')],
        defaultMethodId: 'pm_only',
        defaultRecurringMethodId: 'pm_only',
        defaultOneOffMethodId: 'pm_only',
      }));
      const saved = await adapter(only).removePaymentMethod('pm_only', meta(1));
      expect(saved.methods).to.deep.equal([]);
      for (const field of ['defaultMethodId', 'defaultRecurringMethodId', 'defaultOneOffMethodId']) {
        expect(saved).to.not.have.property(field);
      }
      // The only method that a subscription charges stays: nothing could take over.
      const used = seedWith((p) => ({
        ...p,
        methods: [card('pm_only', { usedBy: [{ id: 'sub_1', label: 'Gym', kind: 'subscription' }] })],
        defaultMethodId: 'pm_only',
        defaultRecurringMethodId: undefined,
        defaultOneOffMethodId: undefined,
      }));
      const error = await adapterError(adapter(used).removePaymentMethod('pm_only', meta(1)), 'validation');
      expect(error.message).to.contain('Gym (subscription)');
    });
  });

  describe('verifying a bank account', () => {
    it('verifies it with the right amounts, in either order, keeping its tries and adding a step', async () => {
      for (const amounts of [
        [32, 45],
        [45, 32],
      ] as [number, number][]) {
        const a = adapter();
        const saved = await a.verifyPaymentMethod('pm_bank_6789', { amounts }, meta(1));
        const bank = method(saved, 'pm_bank_6789');
        expect(bank).to.include({ verification: 'verified', verificationAttemptsLeft: 3 });
        expect(bank.verificationSteps).to.deep.equal([
          ...method(bankSeed.payments, 'pm_bank_6789').verificationSteps,
          { status: 'verified', at: NOW },
        ]);
        expect(saved.version).to.equal(2);
        expect(await a.getPayments(read())).to.deep.equal(saved);
        // Verified, it can be made the default.
        const defaulted = await a.updatePayments({ defaultMethodId: 'pm_bank_6789' }, meta(2));
        expect(defaulted.defaultMethodId).to.equal('pm_bank_6789');
      }
      expect(verificationProofs).to.deep.equal({ amounts: [32, 45], code: '123456' });
    });

    it('answers wrong amounts with one try less, kept, and fails the account on the last try', async () => {
      const a = adapter();
      const first = await a.verifyPaymentMethod('pm_bank_6789', { amounts: [12, 34] }, meta(1));
      const seeded = method(bankSeed.payments, 'pm_bank_6789');
      expect(method(first, 'pm_bank_6789')).to.deep.include({
        verification: 'required',
        verificationAttemptsLeft: 2,
        verificationSteps: seeded.verificationSteps,
      });
      expect(first.version).to.equal(2);
      expect(await a.getPayments(read())).to.deep.equal(first);
      const second = await a.verifyPaymentMethod('pm_bank_6789', { amounts: [32, 44] }, meta(2));
      expect(method(second, 'pm_bank_6789').verificationAttemptsLeft).to.equal(1);
      const last = await a.verifyPaymentMethod('pm_bank_6789', { amounts: [1, 2] }, meta(3));
      expect(method(last, 'pm_bank_6789')).to.deep.include({
        verification: 'failed',
        verificationAttemptsLeft: 0,
        verificationSteps: [...seeded.verificationSteps, { status: 'failed', at: NOW }],
      });
      // Failed, it is no longer waiting: even the right amounts are refused now.
      const after = await adapterError(
        a.verifyPaymentMethod('pm_bank_6789', { amounts: [32, 45] }, meta(4)),
        'validation',
      );
      expect(after.message).to.contain('is not waiting for verification');
      expect(await a.getPayments(read())).to.deep.equal(last);
    });

    it('verifies an account sent a code with the code, and refuses the other kind of proof either way', async () => {
      const a = adapter();
      const added = await a.addPaymentMethod({ token: 'tok_bankcode_5678' }, meta(1));
      const id = added.methods.at(-1)!.id;
      const amounts = await adapterError(a.verifyPaymentMethod(id, { amounts: [32, 45] }, meta(2)), 'validation');
      expect(amounts.path).to.deep.equal(['amounts']);
      expect(amounts.message).to.contain('code');
      const code = await adapterError(a.verifyPaymentMethod('pm_bank_6789', { code: '123456' }, meta(2)), 'validation');
      expect(code.path).to.deep.equal(['code']);
      expect(code.message).to.contain('deposit amounts');
      expect((await a.getPayments(read())).version).to.equal(2);
      const wrong = await a.verifyPaymentMethod(id, { code: '654321' }, meta(2));
      expect(method(wrong, id)).to.include({ verification: 'required', verificationAttemptsLeft: 2 });
      const saved = await a.verifyPaymentMethod(id, { code: '123456' }, meta(3));
      expect(method(saved, id)).to.include({ verification: 'verified', verificationAttemptsLeft: 2 });
      expect(method(saved, id).verificationSteps.map((s) => s.status)).to.deep.equal([
        'pending',
        'required',
        'verified',
      ]);
    });

    it('refuses a method that is not waiting, an unknown id and a malformed proof', async () => {
      const a = adapter();
      for (const id of ['pm_bank_2468', 'pm_visa_4242']) {
        const error = await adapterError(a.verifyPaymentMethod(id, { code: '123456' }, meta(1)), 'validation');
        expect(error.message, id).to.contain('is not waiting for verification');
      }
      for (const id of ['pm_nope', '__proto__', 'constructor', 'hasOwnProperty']) {
        await adapterError(a.verifyPaymentMethod(id, { amounts: [32, 45] }, meta(1)), 'not-found');
      }
      for (const proof of [{ amounts: [0, 45] }, { amounts: [32.5, 45] }, { amounts: [32] }, { code: '12 34' }, {}]) {
        await adapterError(a.verifyPaymentMethod('pm_bank_6789', proof as never, meta(1)), 'validation');
      }
      expect(await a.getPayments(read())).to.deep.equal(bankSeed.payments);
    });

    it('goes through the same write: version check, one try for a retried proof, simulated faults', async () => {
      const a = adapter();
      await adapterError(a.verifyPaymentMethod('pm_bank_6789', { amounts: [1, 2] }, meta(7)), 'conflict');
      const change = meta(1);
      const first = await a.verifyPaymentMethod('pm_bank_6789', { amounts: [1, 2] }, change);
      const again = await a.verifyPaymentMethod('pm_bank_6789', { amounts: [1, 2] }, change);
      expect(again).to.deep.equal(first);
      expect(method(await a.getPayments(read()), 'pm_bank_6789').verificationAttemptsLeft).to.equal(2);
      a.failNext(1, 'network', { methods: ['verifyPaymentMethod'] });
      await adapterError(a.verifyPaymentMethod('pm_bank_6789', { amounts: [32, 45] }, meta(2)), 'network');
      expect(await a.getPayments(read())).to.deep.equal(first);
      const saved = await a.verifyPaymentMethod('pm_bank_6789', { amounts: [32, 45] }, meta(2));
      expect(method(saved, 'pm_bank_6789').verification).to.equal('verified');
    });
  });

  describe('updatePayments', () => {
    it('changes the defaults and nicknames, with the methods sent back as they came', async () => {
      const a = adapter();
      // Through JSON and with the keys in another order, as a widget may send them: nothing it cannot change differs.
      const methods = structuredClone(bankSeed.payments.methods).map((m) => {
        const reordered = Object.fromEntries(Object.entries(m).reverse()) as PaymentMethod;
        return m.id === 'pm_bank_6789' ? { ...reordered, nickname: 'Rainy day' } : reordered;
      });
      const saved = await a.updatePayments(
        { defaultMethodId: 'pm_mastercard_5454', defaultOneOffMethodId: 'pm_visa_4242', methods },
        meta(1),
      );
      expect(saved).to.include({ defaultMethodId: 'pm_mastercard_5454', defaultOneOffMethodId: 'pm_visa_4242' });
      expect(method(saved, 'pm_bank_6789').nickname).to.equal('Rainy day');
      expect(method(saved, 'pm_visa_4242').usedBy).to.deep.equal(method(bankSeed.payments, 'pm_visa_4242').usedBy);
      const cleared = await a.updatePayments({ defaultOneOffMethodId: null } as never, meta(2));
      expect(cleared).to.not.have.property('defaultOneOffMethodId');
    });

    it('refuses a change to what the backend writes, naming the field', async () => {
      const a = adapter();
      const methods = bankSeed.payments.methods;
      const edit = (index: number, fields: object) => ({
        methods: methods.map((m, i) => (i === index ? { ...m, ...fields } : m)),
      });
      const cases: [object, string, string][] = [
        [edit(0, { usedBy: [] }), 'methods[0].usedBy', 'usedBy'],
        [
          edit(0, { usedBy: [...methods[0]!.usedBy, { id: 'sub_x', label: 'X', kind: 'subscription' }] }),
          'methods[0].usedBy',
          'usedBy',
        ],
        [edit(0, { upcomingCharges: 0 }), 'methods[0].upcomingCharges', 'upcomingCharges'],
        [edit(2, { verification: 'verified' }), 'methods[2].verification', 'verification'],
        [edit(2, { verificationAttemptsLeft: 99 }), 'methods[2].verificationAttemptsLeft', 'verificationAttemptsLeft'],
        [edit(2, { verificationSteps: [] }), 'methods[2].verificationSteps', 'verificationSteps'],
        [edit(2, { verificationMethod: 'code' }), 'methods[2].verificationMethod', 'verificationMethod'],
        [edit(2, { currency: 'EUR' }), 'methods[2].currency', 'currency'],
        [{ separateDefaults: false }, 'separateDefaults', 'separateDefaults'],
      ];
      for (const [patch, field, name] of cases) {
        const error = await adapterError(a.updatePayments(patch, meta(1)), 'validation');
        expect(error.fields, field).to.have.property(field);
        expect(error.fields![field], field).to.contain(`"${name}" is written by the backend`);
      }
      expect(await a.getPayments(read())).to.deep.equal(bankSeed.payments);
    });

    it('refuses a default that is missing, not verified or expired, and separate defaults where none are offered', async () => {
      const seed = seedWith((p) => ({
        ...p,
        methods: [...p.methods, card('pm_expired', { expMonth: 4, expYear: 2026 })],
      }));
      const a = adapter(seed);
      const cases: [object, string, string][] = [
        [{ defaultMethodId: 'pm_nope' }, 'defaultMethodId', 'there is no payment method "pm_nope"'],
        [{ defaultRecurringMethodId: '__proto__' }, 'defaultRecurringMethodId', 'there is no payment method'],
        [{ defaultOneOffMethodId: 'pm_nope' }, 'defaultOneOffMethodId', 'there is no payment method'],
        [{ defaultMethodId: 'pm_bank_6789' }, 'defaultMethodId', 'not verified (required)'],
        [{ defaultRecurringMethodId: 'pm_bank_2468' }, 'defaultRecurringMethodId', 'not verified (pending)'],
        [{ defaultOneOffMethodId: 'pm_expired' }, 'defaultOneOffMethodId', 'expired at the end of 04/2026'],
      ];
      for (const [patch, field, message] of cases) {
        const error = await adapterError(a.updatePayments(patch, meta(1)), 'validation');
        expect(error.fields?.[field], JSON.stringify(patch)).to.contain(message);
      }
      const single = adapter(seedWith((p) => ({ ...p, separateDefaults: false, defaultRecurringMethodId: undefined })));
      for (const field of ['defaultRecurringMethodId', 'defaultOneOffMethodId']) {
        const error = await adapterError(single.updatePayments({ [field]: 'pm_visa_4242' }, meta(1)), 'validation');
        expect(error.fields?.[field]).to.contain('not offered');
      }
    });

    it('keeps a default that has expired since, through a change that does not touch it', async () => {
      const seed = seedWith((p) => ({
        ...p,
        methods: [...p.methods, card('pm_expired', { expMonth: 4, expYear: 2026 })],
        defaultOneOffMethodId: 'pm_expired',
      }));
      const a = adapter(seed);
      const saved = await a.updatePayments({ defaultMethodId: 'pm_mastercard_5454' }, meta(1));
      expect(saved.defaultOneOffMethodId).to.equal('pm_expired');
    });

    it('refuses a card number in a nickname or in any field of a billing address', async () => {
      const a = adapter();
      const address = bankSeed.payments.billingAddresses[1]!;
      const fields = ['name', 'recipient', 'organization', 'line1', 'line2', 'city', 'dependentLocality'];
      for (const field of [...fields, 'region', 'postalCode', 'sortingCode']) {
        const billingAddresses = [
          bankSeed.payments.billingAddresses[0]!,
          { ...address, [field]: '4111 1111 1111 1111' },
        ];
        const error = await adapterError(a.updatePayments({ billingAddresses }, meta(1)), 'validation');
        expect(error.fields?.[`billingAddresses[1].${field}`], field).to.equal('must not contain a card number.');
      }
      const added = { id: 'addr_new', name: 'Cabin', line1: 'Card 5555-5555-5555-4444', country: 'JP' };
      const error = await adapterError(
        a.updatePayments({ billingAddresses: [...bankSeed.payments.billingAddresses, added] }, meta(1)),
        'validation',
      );
      expect(error.fields).to.have.property('billingAddresses[2].line1');
      // A short number is an address, not a card.
      const japan = { id: 'addr_jp', name: 'Tokyo', line1: '1-2-3 Shibuya', postalCode: '150-0002', country: 'JP' };
      const saved = await a.updatePayments(
        { billingAddresses: [...bankSeed.payments.billingAddresses, japan] },
        meta(1),
      );
      expect(saved.billingAddresses.at(-1)).to.deep.equal(japan);
    });

    it('refuses card data, new or missing methods and dangling references', async () => {
      const a = adapter();
      const methods = bankSeed.payments.methods;
      const cases: [object, string][] = [
        [{ defaultMethodId: 'pm_nope' }, 'defaultMethodId'],
        [{ methods: methods.map((m, i) => (i === 0 ? { ...m, last4: '0000' } : m)) }, 'methods[0].last4'],
        [{ methods: [...methods, { ...methods[0]!, id: 'pm_new' }] }, `methods[${methods.length}]`],
        [{ methods: methods.slice(1), defaultMethodId: 'pm_mastercard_5454' }, 'methods'],
        [
          { methods: methods.map((m, i) => (i === 1 ? { ...m, nickname: '5555555555554444' } : m)) },
          'methods[1].nickname',
        ],
        [
          { methods: methods.map((m, i) => (i === 2 ? { ...m, billingAddressId: 'addr_x' } : m)) },
          'methods[2].billingAddressId',
        ],
        [{ methods: [methods[0], methods[0], ...methods.slice(2)] }, 'methods[1].id'],
        [
          { billingAddresses: [...bankSeed.payments.billingAddresses, ...bankSeed.payments.billingAddresses] },
          'billingAddresses[2].id',
        ],
        [{ methods: methods.map((m, i) => (i === 0 ? { ...m, number: '4242424242424242' } : m)) }, ''],
      ];
      for (const [patch, field] of cases) {
        if (!field) {
          // An unknown field is stripped by the schema: a card number never reaches storage.
          const saved = await a.updatePayments(patch, meta(1));
          expect(JSON.stringify(saved)).to.not.contain('4242424242424242');
          expect(JSON.stringify(await a.getPayments(read()))).to.not.contain('4242424242424242');
          continue;
        }
        const error = await adapterError(a.updatePayments(patch, meta(1)), 'validation');
        expect(error.fields, JSON.stringify(patch)).to.have.property(field);
      }
    });
  });

  it('counts a card as expired from the month after its expiry month', () => {
    const expiring = card('pm_x', { expMonth: 4, expYear: 2026 });
    expect(isExpired(expiring, new Date('2026-04-30T23:59:59Z'))).to.equal(false);
    expect(isExpired(expiring, new Date('2026-05-01T00:00:00Z'))).to.equal(true);
    expect(isExpired(expiring, new Date('2025-12-01T00:00:00Z'))).to.equal(false);
    expect(isExpired(card('pm_y', { expMonth: 12, expYear: 2025 }), new Date('2026-01-01T00:00:00Z'))).to.equal(true);
    expect(isExpired({ ...card('pm_z'), expMonth: undefined, expYear: undefined }, new Date())).to.equal(false);
  });
});
