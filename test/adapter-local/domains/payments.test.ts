import { expect } from '@open-wc/testing';
import { bankSeed, createLocalAdapter } from '@prefcenter/adapter-local';
import { adapterError, clock, meta, read } from '../helpers.js';

describe('local adapter: payments', () => {
  const adapter = () => createLocalAdapter({ storage: 'memory', now: clock().now });

  it('adds a card from a provider token, never from a number', async () => {
    const a = adapter();
    const saved = await a.addPaymentMethod({ token: 'tok_visa_1881', nickname: 'Groceries' }, meta(1));
    expect(saved.version).to.equal(2);
    const added = saved.methods.at(-1)!;
    expect(added).to.include({ id: 'pm_visa_1881', type: 'card', brand: 'visa', last4: '1881', nickname: 'Groceries' });
    expect(added.expYear).to.be.within(2028, 2030);
    expect(added.expMonth).to.be.within(1, 12);
    expect(saved.defaultMethodId).to.equal(bankSeed.payments.defaultMethodId);
    expect(await a.getPayments(read())).to.deep.equal(saved);
    // The same card again gets its own id.
    const again = await a.addPaymentMethod({ token: 'tok_visa_1881' }, meta(2));
    expect(again.methods.at(-1)!.id).to.equal('pm_visa_1881_2');
  });

  it('makes bank accounts pending, wallets, and a deterministic fake for any other token', async () => {
    const a = adapter();
    const bank = (await a.addPaymentMethod({ token: 'tok_bank_1234' }, meta(1))).methods.at(-1)!;
    expect(bank).to.include({ type: 'bank-account', last4: '1234', verification: 'pending' });
    const wallet = (await a.addPaymentMethod({ token: 'tok_apple_pay' }, meta(2))).methods.at(-1)!;
    expect(wallet).to.include({ type: 'wallet', brand: 'apple-pay' });
    expect(wallet.last4).to.match(/^\d{4}$/);
    const fake = (await a.addPaymentMethod({ token: 'pm_1Nq8ZkLkdIwHu7ix' }, meta(3))).methods.at(-1)!;
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

  it('makes the first method the default', async () => {
    const a = createLocalAdapter({
      storage: 'memory',
      seed: { ...bankSeed, payments: { ...bankSeed.payments, methods: [], defaultMethodId: undefined } },
    });
    const saved = await a.addPaymentMethod({ token: 'tok_mastercard_4444', billingAddressId: 'addr_home' }, meta(1));
    expect(saved.defaultMethodId).to.equal('pm_mastercard_4444');
    expect(saved.methods[0]!.billingAddressId).to.equal('addr_home');
  });

  it('removes a method, clears the default when it was the default, and says not-found for an unknown id', async () => {
    const a = adapter();
    const saved = await a.removePaymentMethod('pm_visa_4242', meta(1));
    expect(saved.methods.map((m) => m.id)).to.not.include('pm_visa_4242');
    expect(saved.defaultMethodId).to.equal(undefined);
    const other = await a.removePaymentMethod('pm_bank_6789', meta(2));
    expect(other.methods).to.have.length(1);
    await adapterError(a.removePaymentMethod('pm_visa_4242', meta(3)), 'not-found');
    await adapterError(a.removePaymentMethod('pm_mastercard_5454', meta(1)), 'conflict');
  });

  it('changes the default and nicknames with updatePayments', async () => {
    const a = adapter();
    const methods = bankSeed.payments.methods.map((m) =>
      m.id === 'pm_bank_6789' ? { ...m, nickname: 'Rainy day' } : m,
    );
    const saved = await a.updatePayments({ defaultMethodId: 'pm_mastercard_5454', methods }, meta(1));
    expect(saved.defaultMethodId).to.equal('pm_mastercard_5454');
    expect(saved.methods.find((m) => m.id === 'pm_bank_6789')?.nickname).to.equal('Rainy day');
  });

  it('refuses card data, new or missing methods and dangling references in updatePayments', async () => {
    const a = adapter();
    const methods = bankSeed.payments.methods;
    const cases: [object, string][] = [
      [{ defaultMethodId: 'pm_nope' }, 'defaultMethodId'],
      [{ methods: methods.map((m, i) => (i === 0 ? { ...m, last4: '0000' } : m)) }, 'methods[0].last4'],
      [{ methods: [...methods, { ...methods[0]!, id: 'pm_new' }] }, 'methods[3]'],
      [{ methods: methods.slice(1), defaultMethodId: 'pm_mastercard_5454' }, 'methods'],
      [
        { methods: methods.map((m, i) => (i === 1 ? { ...m, nickname: '5555555555554444' } : m)) },
        'methods[1].nickname',
      ],
      [
        { methods: methods.map((m, i) => (i === 2 ? { ...m, billingAddressId: 'addr_x' } : m)) },
        'methods[2].billingAddressId',
      ],
      [{ methods: [methods[0], methods[0], methods[2]] }, 'methods[1].id'],
      [
        { billingAddresses: [...bankSeed.payments.billingAddresses, ...bankSeed.payments.billingAddresses] },
        'billingAddresses[1].id',
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
