import { expect } from '@open-wc/testing';
import { AdapterError, PrefsPaymentTokenEvent, type Payments } from '@prefcenter/core';
import { html } from 'lit';
import {
  $,
  $$,
  accessibleName,
  backend,
  bank,
  button,
  document,
  field,
  group,
  mastercard,
  mount,
  plain,
  status,
  type,
  visa,
  waitUntil,
} from './helpers.js';

const badges = (el: Element, id: string) => plain(group(el, id).querySelector('.badges')?.textContent);
/** What a field's aria-describedby says, its parts joined. */
const description = (input: Element) =>
  plain(
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '')
      .join(' '),
  );
const dialogButton = (el: Element, name: string) =>
  $$<HTMLButtonElement>(el, 'dialog button').find((b) => plain(b.textContent) === name);

describe('<payment-methods> flows', () => {
  describe('the saved methods', () => {
    it('draws each method as a group named by its brand and last four digits, with what it pays for', async () => {
      const b = backend(
        document({
          methods: [
            visa({ usedBy: [{ id: 'premium', label: 'Premium account', kind: 'subscription' }] }),
            mastercard(),
            bank(),
          ],
        }),
      );
      const el = await mount(b.adapter);
      const groups = $$(el, '[part~="method"][role="group"]');
      expect(groups.map(accessibleName)).to.deep.equal([
        'Visa ending 4242',
        'Mastercard ending 5454',
        'First Harbor Credit Union ending 6789',
      ]);
      expect(plain(groups[0]!.textContent)).to.contain('Everyday card');
      expect(plain(groups[0]!.textContent)).to.contain('Pays for: Premium account (subscription)');
      expect(plain(groups[0]!.textContent)).to.contain('Expires 08/2029');
      expect(groups[0]!.querySelector('svg[aria-hidden="true"]'), 'a brand mark').to.not.equal(null);
      expect(badges(el, 'pm_visa')).to.contain('Default');
      expect(button(el, 'Remove Visa ending 4242')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('says when there are no methods, and still offers to add one', async () => {
      const el = await mount(backend(document({ methods: [], defaultMethodId: undefined })).adapter);
      expect(plain($(el, '[part="empty"]')?.textContent)).to.contain('No saved payment methods');
      expect(button(el, 'Add a payment method')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('warns from 60 days before a card expires, and says how many charges would fail', async () => {
      // Today is 10 June 2026: a card valid to the end of July is 51 days from its end.
      const b = backend(
        document({
          methods: [
            visa(),
            mastercard({ expMonth: 7, expYear: 2026, upcomingCharges: 2 }),
            visa({ id: 'pm_old', last4: '1111', expMonth: 5, expYear: 2026, nickname: undefined }),
            visa({ id: 'pm_later', last4: '2222', expMonth: 8, expYear: 2026, nickname: undefined }),
          ],
        }),
      );
      const el = await mount(b.adapter);
      expect(badges(el, 'pm_mc')).to.contain('Expires soon');
      expect(plain(group(el, 'pm_mc').textContent)).to.contain('Upcoming charges that would fail: 2');
      expect(badges(el, 'pm_old')).to.contain('Expired');
      expect(plain(group(el, 'pm_old').textContent)).to.contain('This card can no longer be charged.');
      // The end of August is 82 days away: no warning yet.
      expect(badges(el, 'pm_later')).to.not.contain('Expires soon');
      // An expired card cannot become the default.
      expect(() => button(el, 'Make default Visa ending 1111')).to.throw();
      await expect(el).to.be.accessible();
    });
  });

  describe('the default', () => {
    it('makes a method the default in one click, with Undo', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      button(el, 'Make default Mastercard ending 5454').click();
      await b.save(1);
      expect(b.saves[0]!.patch).to.deep.equal({ defaultMethodId: 'pm_mc' });
      await waitUntil(() => badges(el, 'pm_mc').includes('Default'));
      expect(badges(el, 'pm_visa')).to.not.contain('Default');
      await waitUntil(() => status(el).includes('Mastercard ending 5454 is now your default'));
      button(el, 'Undo').click();
      await b.save(2);
      expect(b.saves[1]!.patch).to.deep.equal({ defaultMethodId: 'pm_visa' });
    });

    it('offers a default for subscriptions and one for one-off payments where the document allows it', async () => {
      const b = backend(document({ separateDefaults: true, defaultRecurringMethodId: 'pm_visa' }));
      const el = await mount(b.adapter);
      expect(badges(el, 'pm_visa')).to.contain('Default for subscriptions');
      expect(badges(el, 'pm_visa')).to.contain('Default for one-off payments');
      button(el, 'Use for one-off payments Mastercard ending 5454').click();
      await b.save(1);
      expect(b.saves[0]!.patch).to.deep.equal({ defaultOneOffMethodId: 'pm_mc' });
      await waitUntil(() => badges(el, 'pm_mc') === 'Default for one-off payments');
      expect(badges(el, 'pm_visa')).to.equal('Default for subscriptions');
      // A bank account still to be verified cannot take either.
      expect(() => button(el, 'Use for subscriptions First Harbor Credit Union ending 6789')).to.throw();
    });

    it('says so when the default names a method that is no longer saved', async () => {
      const el = await mount(backend(document({ defaultMethodId: 'pm_gone' })).adapter);
      expect(plain($(el, '[part="default-missing"]')?.textContent)).to.contain('no longer saved');
      expect(badges(el, 'pm_visa')).to.not.contain('Default');
    });
  });

  describe('nicknames', () => {
    it('edits a nickname inline; Enter saves it and focus goes back to Edit', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      button(el, 'Edit nickname Mastercard ending 5454').click();
      await el.updateComplete;
      const input = field(el, 'Nickname for Mastercard ending 5454');
      expect(el.shadowRoot!.activeElement).to.equal(input);
      type(input, 'Travel');
      input.form!.requestSubmit();
      await b.save(1);
      const saved = (b.saves[0]!.patch.methods as Payments['methods']).find((m) => m.id === 'pm_mc');
      expect(saved?.nickname).to.equal('Travel');
      await el.updateComplete;
      expect(accessibleName(el.shadowRoot!.activeElement!)).to.equal('Edit nickname Mastercard ending 5454');
      expect(plain(group(el, 'pm_mc').textContent)).to.contain('Travel');
    });

    it('refuses a card number as a nickname, inline, and sends nothing', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      let changes = 0;
      el.addEventListener('prefs-change', () => changes++);
      button(el, 'Edit nickname Visa ending 4242').click();
      await el.updateComplete;
      const input = field(el, 'Nickname for Visa ending 4242');
      type(input, '4242 4242 4242 4242');
      input.form!.requestSubmit();
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const error = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!);
      expect(plain(error?.textContent)).to.contain('Never enter a card or account number here');
      expect(changes).to.equal(0);
      expect(b.saves.length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('Escape leaves the nickname as it was', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      button(el, 'Edit nickname Visa ending 4242').click();
      await el.updateComplete;
      const input = field(el, 'Nickname for Visa ending 4242');
      type(input, 'Something else');
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '[part~="nickname-form"]')).to.equal(null);
      expect(plain(group(el, 'pm_visa').textContent)).to.contain('Everyday card');
      expect(b.saves.length).to.equal(0);
    });
  });

  describe('removing', () => {
    it('asks first, removes through the adapter, and says so', async () => {
      const b = backend();
      b.actionAnswers.set('removeMethod', () => document({ version: 2, methods: [visa(), bank()] }));
      const el = await mount(b.adapter);
      button(el, 'Remove Mastercard ending 5454').click();
      await el.updateComplete;
      expect(plain($(el, 'dialog')?.textContent)).to.contain('Remove Mastercard ending 5454?');
      await expect(el).to.be.accessible();
      dialogButton(el, 'Remove')!.click();
      const call = await b.actionCall(1);
      expect(call.input).to.deep.equal(['pm_mc', {}]);
      await waitUntil(() => !$(el, '[data-method="pm_mc"]'));
      await waitUntil(() => status(el).includes('Mastercard ending 5454 removed.'));
    });

    it('"Keep it" removes nothing', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      button(el, 'Remove Mastercard ending 5454').click();
      await el.updateComplete;
      dialogButton(el, 'Keep it')!.click();
      await waitUntil(() => !$(el, 'dialog'));
      expect(b.actionCalls.length).to.equal(0);
    });

    it('a method that pays for something, or is the default, asks for the one that takes over', async () => {
      const b = backend(
        document({
          methods: [
            visa({ usedBy: [{ id: 'premium', label: 'Premium account', kind: 'subscription' }] }),
            mastercard(),
            bank(),
          ],
        }),
      );
      b.actionAnswers.set('removeMethod', () =>
        document({
          version: 2,
          methods: [
            mastercard({ usedBy: [{ id: 'premium', label: 'Premium account', kind: 'subscription' }] }),
            bank(),
          ],
          defaultMethodId: 'pm_mc',
        }),
      );
      const el = await mount(b.adapter);
      button(el, 'Remove Visa ending 4242').click();
      await el.updateComplete;
      const dialog = $(el, 'dialog')!;
      expect(plain(dialog.textContent)).to.contain('Visa ending 4242 pays for Premium account (subscription).');
      expect(plain(dialog.textContent)).to.contain('Visa ending 4242 is set as: Default.');
      // Only a verified method can take over: the bank account is not offered.
      const radios = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => r.value)).to.deep.equal(['pm_mc']);
      expect(radios[0]!.checked).to.equal(true);
      await expect(el).to.be.accessible();
      dialogButton(el, 'Move and remove')!.click();
      const call = await b.actionCall(1);
      expect(call.input).to.deep.equal(['pm_visa', { replaceWith: 'pm_mc' }]);
      await waitUntil(() => !$(el, '[data-method="pm_visa"]'));
    });

    it('with no method to take over, asks the customer to add one first and removes nothing', async () => {
      const b = backend(
        document({
          methods: [visa({ usedBy: [{ id: 'premium', label: 'Premium account', kind: 'subscription' }] }), bank()],
        }),
      );
      const el = await mount(b.adapter);
      button(el, 'Remove Visa ending 4242').click();
      await el.updateComplete;
      expect(plain($(el, 'dialog')?.textContent)).to.contain('Add another method before removing Visa ending 4242');
      dialogButton(el, 'OK')!.click();
      await waitUntil(() => !$(el, 'dialog'));
      expect(b.actionCalls.length).to.equal(0);
    });

    it('a refused removal stays beside the method with the reason and Retry', async () => {
      const b = backend();
      b.failNextAction.set(
        'removeMethod',
        new AdapterError('validation', 'refused', { fields: { 'methods[1]': 'It pays for an instalment plan.' } }),
      );
      b.actionAnswers.set('removeMethod', () => document({ version: 2, methods: [visa(), bank()] }));
      const el = await mount(b.adapter);
      button(el, 'Remove Mastercard ending 5454').click();
      await el.updateComplete;
      dialogButton(el, 'Remove')!.click();
      await waitUntil(() => group(el, 'pm_mc').querySelector('[part="action-error"]'));
      const alert = group(el, 'pm_mc').querySelector('[part="action-error"]')!;
      expect(plain(alert.textContent)).to.contain('It pays for an instalment plan.');
      expect(plain(alert.textContent)).to.contain('Mastercard ending 5454');
      (alert.querySelector('button') as HTMLButtonElement).click();
      await b.actionCall(2);
      await waitUntil(() => !$(el, '[data-method="pm_mc"]'));
    });
  });

  describe('verifying a bank account', () => {
    it('checks the two amounts inline before sending them in minor units', async () => {
      const b = backend();
      b.actionAnswers.set('verifyMethod', () =>
        document({ version: 2, methods: [visa(), mastercard(), bank({ verification: 'verified' })] }),
      );
      const el = await mount(b.adapter);
      expect(plain(group(el, 'pm_bank').textContent)).to.contain('Tries left: 3');
      const first = field(el, 'First deposit');
      const second = field(el, 'Second deposit');
      type(first, 'abc');
      type(second, '1.50');
      await el.updateComplete;
      button(el, 'Verify First Harbor Credit Union ending 6789').click();
      await el.updateComplete;
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      expect(second.getAttribute('aria-invalid')).to.equal('true');
      // Described by the currency and by the error.
      expect(description(first)).to.equal('USD Enter the amount as your statement shows it, for example 0.32.');
      expect(description(second)).to.contain('less than $1.00');
      expect(el.shadowRoot!.activeElement).to.equal(first);
      expect(b.actionCalls.length).to.equal(0);
      await expect(el).to.be.accessible();
      type(first, '0.32');
      type(second, '0.45');
      await el.updateComplete;
      button(el, 'Verify First Harbor Credit Union ending 6789').click();
      const call = await b.actionCall(1);
      expect(call.input).to.deep.equal(['pm_bank', { amounts: [32, 45] }]);
      await waitUntil(() => status(el).includes('First Harbor Credit Union ending 6789 verified.'));
      expect($(el, 'form[part~="verify"]')).to.equal(null);
    });

    it('a wrong pair uses a try, and says how many are left', async () => {
      const b = backend();
      b.actionAnswers.set('verifyMethod', () =>
        document({ version: 2, methods: [visa(), mastercard(), bank({ verificationAttemptsLeft: 2 })] }),
      );
      const el = await mount(b.adapter);
      type(field(el, 'First deposit'), '0.10');
      type(field(el, 'Second deposit'), '0.20');
      await el.updateComplete;
      button(el, 'Verify First Harbor Credit Union ending 6789').click();
      await b.actionCall(1);
      await waitUntil(() =>
        plain(group(el, 'pm_bank').textContent).includes('That does not match what we sent. Tries left: 2'),
      );
      expect(status(el)).to.contain('Tries left: 2');
      await expect(el).to.be.accessible();
    });

    it('verifies by a code where the provider sent one', async () => {
      const b = backend(document({ methods: [visa(), bank({ verificationMethod: 'code', currency: undefined })] }));
      b.actionAnswers.set('verifyMethod', () =>
        document({ version: 2, methods: [visa(), bank({ verificationMethod: 'code', verification: 'verified' })] }),
      );
      const el = await mount(b.adapter);
      expect(() => field(el, 'First deposit')).to.throw();
      type(field(el, 'Code'), '12 34 56');
      await el.updateComplete;
      button(el, 'Verify First Harbor Credit Union ending 6789').click();
      const call = await b.actionCall(1);
      expect(call.input).to.deep.equal(['pm_bank', { code: '123456' }]);
    });

    it('shows a failed verification and its steps over time', async () => {
      const b = backend(
        document({
          methods: [
            visa(),
            bank({
              verification: 'failed',
              verificationAttemptsLeft: 0,
              verificationSteps: [
                { status: 'pending', at: '2026-06-01T09:00:00Z' },
                { status: 'required', at: '2026-06-03T09:00:00Z' },
                { status: 'failed', at: '2026-06-05T09:00:00Z' },
              ],
            }),
          ],
        }),
      );
      const el = await mount(b.adapter);
      expect(badges(el, 'pm_bank')).to.contain('Verification failed');
      const steps = [...group(el, 'pm_bank').querySelectorAll('.steps li')].map((li) => plain(li.textContent));
      expect(steps).to.have.length(3);
      expect(steps[2]).to.contain('Verification failed');
      expect(plain(group(el, 'pm_bank').textContent)).to.contain('We could not verify this account.');
      await expect(el).to.be.accessible();
    });
  });

  describe('adding a method', () => {
    it("shows the host's provider form from the slot and adds the method from its token", async () => {
      const b = backend();
      b.actionAnswers.set('addMethod', () =>
        document({
          version: 2,
          methods: [visa(), mastercard(), bank(), visa({ id: 'pm_new', last4: '1111', nickname: undefined })],
        }),
      );
      const el = await mount(
        b.adapter,
        html`<div slot="add-method"><button id="provider-submit">Pay with provider</button></div>`,
      );
      const slotted = el.querySelector<HTMLElement>('[slot="add-method"]')!;
      expect(slotted.getClientRects().length, 'hidden until asked for').to.equal(0);
      button(el, 'Add a payment method').click();
      await el.updateComplete;
      expect(slotted.getClientRects().length, 'the provider form is shown').to.be.greaterThan(0);
      expect(el.shadowRoot!.activeElement?.id).to.equal('add-title');
      await expect(el).to.be.accessible();
      slotted.dispatchEvent(new PrefsPaymentTokenEvent({ token: { token: 'tok_visa_1111' } }));
      const call = await b.actionCall(1);
      expect(call.input).to.deep.equal([{ token: 'tok_visa_1111' }]);
      await waitUntil(() => $(el, '[data-method="pm_new"]'));
      await waitUntil(() => status(el).includes('Visa ending 1111 added.'));
      expect(el.shadowRoot!.activeElement).to.equal(group(el, 'pm_new'));
      expect(slotted.getClientRects().length, 'the form closes').to.equal(0);
    });

    it('fires prefs-add-payment-method for a redirect flow, and says so when nobody handles it', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      button(el, 'Add a payment method').click();
      await el.updateComplete;
      expect(plain($(el, '[part~="add"]')?.textContent)).to.contain('Adding a payment method is not available here.');
      const handled = new Promise<void>((resolve) =>
        el.addEventListener('prefs-add-payment-method', (event) => {
          event.preventDefault();
          resolve();
        }),
      );
      button(el, 'Add a payment method').click();
      await handled;
      await el.updateComplete;
      expect(plain($(el, '[part~="add"]')?.textContent)).to.contain('Finish adding your payment method');
    });

    it('never sends a card number as a token', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      const added = await el.addPaymentMethod({ token: '4242424242424242' });
      expect(added).to.equal(false);
      expect(b.actionCalls.length).to.equal(0);
    });

    it('a declined token is explained in the panel, which stays open for another card', async () => {
      const b = backend();
      b.failNextAction.set(
        'addMethod',
        new AdapterError('validation', 'declined', { fields: { token: 'the card was declined.' } }),
      );
      const el = await mount(b.adapter, html`<div slot="add-method">provider</div>`);
      button(el, 'Add a payment method').click();
      await el.updateComplete;
      el.querySelector('[slot="add-method"]')!.dispatchEvent(
        new PrefsPaymentTokenEvent({ token: { token: 'tok_declined' } }),
      );
      await waitUntil(() => $(el, '[part~="add"] [part="action-error"]'));
      const alert = plain($(el, '[part~="add"] [part="action-error"]')?.textContent);
      expect(alert).to.contain('Your payment method: the card was declined.');
      // The same token would be declined again: the provider's form is where to try another card.
      expect($(el, '[part~="add"] [part="action-error"] button')).to.equal(null);
      expect(el.querySelector<HTMLElement>('[slot="add-method"]')!.getClientRects().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('billing addresses', () => {
    it('links a method to an address through its select', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      const select = field<HTMLSelectElement>(el, 'Billing address for Mastercard ending 5454');
      select.value = 'addr_home';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await b.save(1);
      const saved = (b.saves[0]!.patch.methods as Payments['methods']).find((m) => m.id === 'pm_mc');
      expect(saved?.billingAddressId).to.equal('addr_home');
    });

    it("adds an address in its country's format, explains what is wrong inline, and saves nothing until it is valid", async () => {
      const b = backend();
      const el = await mount(b.adapter);
      button(el, 'Add a billing address').click();
      await waitUntil(() => $(el, '[part~="address-form"] input'), 'the address form did not open');
      await el.updateComplete;
      // The US: a state and a ZIP code; the country is the last address's.
      expect(field<HTMLSelectElement>(el, 'Country or region').value).to.equal('US');
      // Filled at once, as autofill does, before the widget draws again.
      type(field(el, 'Name for this address'), 'Office');
      type(field(el, 'Address line 1'), '1 Main Street');
      type(field(el, 'City'), 'Boston');
      type(field(el, 'ZIP code'), 'ABCDE');
      const state = field<HTMLSelectElement | HTMLInputElement>(el, 'State');
      state.value = 'MA';
      state.dispatchEvent(
        new Event(state instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
      );
      await el.updateComplete;
      $<HTMLFormElement>(el, '[part~="address-form"]')!.requestSubmit();
      await el.updateComplete;
      const zip = field(el, 'ZIP code');
      expect(zip.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(zip);
      expect(b.saves.length).to.equal(0);
      await expect(el).to.be.accessible();
      type(zip, '02110');
      await el.updateComplete;
      $<HTMLFormElement>(el, '[part~="address-form"]')!.requestSubmit();
      await b.save(1);
      const added = (b.saves[0]!.patch.billingAddresses as Payments['billingAddresses']).at(-1)!;
      expect(added).to.deep.include({
        name: 'Office',
        line1: '1 Main Street',
        city: 'Boston',
        region: 'MA',
        postalCode: '02110',
        country: 'US',
      });
      expect(added.id).to.not.equal('addr_home');
      await waitUntil(() => status(el).includes('Office saved'));
      expect($(el, '[part~="address-form"]')).to.equal(null);
      expect(accessibleName(el.shadowRoot!.activeElement!)).to.equal('Add a billing address');
    });

    it('relabels the form for another country', async () => {
      const el = await mount(backend().adapter);
      button(el, 'Edit Home').click();
      await waitUntil(() => $(el, '[part~="address-form"] select'), 'the address form did not open');
      await el.updateComplete;
      const country = field<HTMLSelectElement>(el, 'Country or region');
      country.value = 'GB';
      country.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(() => field(el, 'ZIP code')).to.throw();
      expect(field(el, 'Postcode')).to.exist;
      expect(() => field(el, 'State')).to.throw();
    });

    it('removing an address asks first and unlinks the methods that used it', async () => {
      const b = backend(document({ methods: [visa({ billingAddressId: 'addr_home' }), mastercard(), bank()] }));
      const el = await mount(b.adapter);
      button(el, 'Remove Home').click();
      await el.updateComplete;
      expect(plain($(el, 'dialog')?.textContent)).to.contain('Visa ending 4242 will have no billing address.');
      dialogButton(el, 'Remove')!.click();
      await b.save(1);
      const patch = b.saves[0]!.patch;
      expect(patch.billingAddresses).to.deep.equal([]);
      expect((patch.methods as Payments['methods'])[0]!.billingAddressId).to.equal(undefined);
    });
  });

  describe('the link to payment notifications', () => {
    it('links to the notification widget on the page', async () => {
      const b = backend();
      const target = window.document.createElement('section');
      target.id = 'alerts';
      window.document.body.append(target);
      try {
        const el = await mount(b.adapter);
        el.notificationsFor = 'alerts';
        await el.updateComplete;
        const link = $<HTMLAnchorElement>(el, '[part="notifications"] a')!;
        expect(link.getAttribute('href')).to.equal('#alerts');
        link.click();
        expect(window.document.activeElement).to.equal(target);
      } finally {
        target.remove();
      }
    });
  });
});
