import { expect } from '@open-wc/testing';
import { errorMessage, isPrefsEvent, PrefsPaymentTokenEvent, setLocale, setupLocalization } from '@prefcenter/core';
import { html } from 'lit';
import {
  $,
  $$,
  backend,
  bank,
  button,
  document,
  group,
  mastercard,
  mount,
  plain,
  type,
  visa,
  waitUntil,
} from './helpers.js';

/** A card number as a customer might paste it, and without spaces. */
const cardNumbers = ['4242 4242 4242 4242', '4242424242424242', '4242-4242-4242-4242'];
/** Twelve digits or more in a row, spaces or dashes between: what no field may let out. */
const longNumber = /\d(?:[ -]?\d){11,}/;

describe('<payment-methods> hardening', () => {
  describe('card numbers never leave a field', () => {
    it('typed into every field of the widget and the address form, they reach neither the adapter nor an event', async () => {
      const b = backend(
        document({
          methods: [visa(), mastercard(), bank(), bank({ id: 'pm_code', last4: '1234', verificationMethod: 'code' })],
        }),
      );
      const heard: string[] = [];
      const el = await mount(b.adapter);
      // Every event the widget lets out, ours and the platform's, as the page would hear it.
      for (const type of [
        'prefs-change',
        'prefs-saved',
        'prefs-error',
        'prefs-add-payment-method',
        'input',
        'change',
        'submit',
      ]) {
        el.addEventListener(type, (event) => {
          const detail = isPrefsEvent(event) ? (event as Event & { detail?: unknown }).detail : undefined;
          heard.push(JSON.stringify(detail ?? null, (_k, v: unknown) => (typeof v === 'function' ? undefined : v)));
        });
      }
      for (const number of cardNumbers) {
        // The nickname.
        button(el, 'Edit nickname Visa ending 4242').click();
        await el.updateComplete;
        const nickname = $<HTMLInputElement>(el, '[part~="nickname-form"] input')!;
        type(nickname, number);
        nickname.form!.requestSubmit();
        await el.updateComplete;
        expect(nickname.getAttribute('aria-invalid')).to.equal('true');
        button(el, 'Cancel').click();
        await el.updateComplete;
        // The deposits and the code.
        for (const form of $$<HTMLFormElement>(el, 'form[part~="verify"]')) {
          for (const input of form.querySelectorAll('input')) type(input, number);
          await el.updateComplete;
          form.requestSubmit();
          await el.updateComplete;
          expect([...form.querySelectorAll('input')].every((i) => i.getAttribute('aria-invalid') === 'true')).to.equal(
            true,
          );
        }
        // Every field of the address form.
        button(el, 'Add a billing address').click();
        await waitUntil(() => $(el, '[part~="address-form"] input'), 'the address form did not open');
        await el.updateComplete;
        const form = $<HTMLFormElement>(el, '[part~="address-form"]')!;
        const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
        expect(inputs.length).to.be.greaterThan(4);
        for (const input of inputs) type(input, number);
        await el.updateComplete;
        form.requestSubmit();
        await el.updateComplete;
        for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
          expect(input.getAttribute('aria-invalid'), input.id).to.equal('true');
        }
        button(el, 'Cancel').click();
        await el.updateComplete;
      }
      // A token that is a card number is refused before it is sent.
      expect(await el.addPaymentMethod({ token: cardNumbers[1]! })).to.equal(false);
      expect(await el.addPaymentMethod({ token: 'tok_visa_1111', nickname: cardNumbers[0]! })).to.equal(false);
      await el.updateComplete;
      expect(b.saves.length, 'nothing saved').to.equal(0);
      expect(b.actionCalls.length, 'no action called').to.equal(0);
      for (const detail of heard) expect(detail).to.not.match(longNumber);
    });
  });

  describe('bad data from the adapter', () => {
    const refused = async (doc: unknown, path: string) => {
      const el = await mount(backend(doc as never).adapter);
      const error = $(el, '[part="error"]');
      expect(plain(error?.textContent)).to.contain(errorMessage('invalid-response'));
      expect(plain(error?.textContent)).to.contain(path);
      await expect(el).to.be.accessible();
    };

    it('refuses an expiry month of 13, naming it', () =>
      refused(document({ methods: [visa({ expMonth: 13 })] }), 'methods[0].expMonth'));
    it('refuses last4 of 12345', () => refused(document({ methods: [visa({ last4: '12345' })] }), 'methods[0].last4'));
    it('refuses last4 of abcd', () => refused(document({ methods: [visa({ last4: 'abcd' })] }), 'methods[0].last4'));
    it('refuses a method that repeats an id', () => refused(document({ methods: [visa(), visa()] }), 'methods[1].id'));

    it('shows an unknown brand by its name, with a plain card mark', async () => {
      const el = await mount(backend(document({ methods: [visa({ brand: 'Northwind Card' })] })).adapter);
      expect(plain(group(el, 'pm_visa').querySelector('.method-name')?.textContent)).to.equal(
        'Northwind Card ending 4242',
      );
      expect(group(el, 'pm_visa').querySelector('svg')).to.not.equal(null);
    });

    it('shows markup in a nickname, a brand or a subscription as text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const el = await mount(
        backend(
          document({
            methods: [visa({ nickname: hostile, brand: hostile, usedBy: [{ id: 's', label: hostile, kind: 'bill' }] })],
            billingAddresses: [{ id: 'a', name: hostile, line1: hostile, country: 'US' }],
          }),
        ).adapter,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(plain(group(el, 'pm_visa').textContent)).to.contain(hostile);
      expect(plain($(el, '[part~="address"]')?.textContent)).to.contain(hostile);
    });

    it('ids such as __proto__ and constructor are ids like any other', async () => {
      const b = backend(
        document({
          methods: [visa({ id: '__proto__' }), mastercard({ id: 'constructor' }), bank({ id: 'toString' })],
          defaultMethodId: '__proto__',
        }),
      );
      b.actionAnswers.set('verifyMethod', () =>
        document({
          version: 2,
          methods: [
            visa({ id: '__proto__' }),
            mastercard({ id: 'constructor' }),
            bank({ id: 'toString', verification: 'verified' }),
          ],
          defaultMethodId: '__proto__',
        }),
      );
      const el = await mount(b.adapter);
      expect(plain(group(el, '__proto__').querySelector('.badges')?.textContent)).to.contain('Default');
      button(el, 'Make default Mastercard ending 5454').click();
      await b.save(1);
      expect(b.saves[0]!.patch).to.deep.equal({ defaultMethodId: 'constructor' });
      for (const input of group(el, 'toString').querySelectorAll('input')) type(input, '0.32');
      await el.updateComplete;
      // An action waits for the default's save to settle.
      await waitUntil(
        () => !button(el, 'Verify First Harbor Credit Union ending 6789').disabled,
        'the save did not settle',
      );
      button(el, 'Verify First Harbor Credit Union ending 6789').click();
      const call = await b.actionCall(1);
      expect(call.input[0]).to.equal('toString');
      await waitUntil(() => !group(el, 'toString').querySelector('form'));
    });

    it('an address in a country the data does not know is shown, and its form asks for the country', async () => {
      const el = await mount(
        backend(document({ billingAddresses: [{ id: 'a', name: 'Somewhere', line1: '1 Road', country: 'XX' }] }))
          .adapter,
      );
      expect(plain($(el, '[part~="address"]')?.textContent)).to.contain('1 Road');
      button(el, 'Edit Somewhere').click();
      await waitUntil(() => $(el, '[part~="address-form"] select'), 'the address form did not open');
      await el.updateComplete;
      expect(plain($(el, '[part~="address-form"]')?.textContent)).to.contain('XX');
      $<HTMLFormElement>(el, '[part~="address-form"]')!.requestSubmit();
      await el.updateComplete;
      expect($(el, '[part~="address-form"]'), 'still open: nothing saved').to.not.equal(null);
    });
  });

  describe('slow and failing adapters', () => {
    it('a token from the slot while the last one is being added starts nothing more', async () => {
      const b = backend();
      b.holdActions = true;
      const el = await mount(b.adapter, html`<div slot="add-method">provider</div>`);
      button(el, 'Add a payment method').click();
      await el.updateComplete;
      const slotted = el.querySelector('[slot="add-method"]')!;
      slotted.dispatchEvent(new PrefsPaymentTokenEvent({ token: { token: 'tok_visa_1111' } }));
      slotted.dispatchEvent(new PrefsPaymentTokenEvent({ token: { token: 'tok_visa_1111' } }));
      await b.actionCall(1);
      await el.updateComplete;
      expect(b.actionCalls.length).to.equal(1);
      expect(plain($(el, '[part~="add"]')?.textContent)).to.contain('Adding your payment method');
    });

    it('a nickname typed while a change elsewhere arrives is kept', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      button(el, 'Edit nickname Visa ending 4242').click();
      await el.updateComplete;
      type($<HTMLInputElement>(el, '[part~="nickname-form"] input')!, 'Groceries');
      b.changeElsewhere({ defaultMethodId: 'pm_mc' });
      await waitUntil(() => plain(group(el, 'pm_mc').querySelector('.badges')?.textContent).includes('Default'));
      expect($<HTMLInputElement>(el, '[part~="nickname-form"] input')!.value).to.equal('Groceries');
    });
  });

  describe('in Arabic', () => {
    before(async () => {
      setupLocalization();
      await setLocale('ar');
    });
    after(() => setLocale('en'));

    it('is right to left, with each adapter text isolated, and passes axe with a form open', async () => {
      const el = await mount(backend().adapter);
      expect(getComputedStyle($(el, '[part="base"]')!).direction).to.equal('rtl');
      for (const name of el.shadowRoot!.querySelectorAll('.nickname'))
        expect(name.querySelector('bdi')).to.not.equal(null);
      (group(el, 'pm_visa').querySelector('[data-action="nickname"]') as HTMLElement).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
