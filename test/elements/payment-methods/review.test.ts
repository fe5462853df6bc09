// What an independent review of <payment-methods> found, each as the scenario that showed it.
import { expect, fixture } from '@open-wc/testing';
import type { PaymentMethods } from '../../../packages/elements/src/payment-methods/index.js';
import { Deferred } from '../../shared/deferred.js';
import { AdapterError, looksLikeCardNumber, removalBlockers, type Payments } from '@prefcenter/core';
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

const dialogButton = (el: Element, name: string) =>
  $$<HTMLButtonElement>(el, 'dialog button').find((b) => plain(b.textContent) === name);
const active = (el: Element) => el.shadowRoot!.activeElement;

describe('<payment-methods> after review', () => {
  it('a card number typed with non-breaking spaces, full-width or Arabic-Indic digits, dots or slashes is one', () => {
    for (const number of [
      '4242\u00a04242\u00a04242\u00a04242',
      '４２４２４２４２４２４２４２４２',
      '٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢',
      '4242.4242.4242.4242',
      '4242/4242/4242/4242',
      '4242 - 4242 - 4242 - 4242',
      '4242\t4242\n4242 4242',
      '4242\u200b4242\u200b4242\u200b4242',
      '4242\u00ad4242\u00ad4242\u00ad4242',
      '4242_4242_4242_4242',
      '4242,4242,4242,4242',
    ]) {
      expect(looksLikeCardNumber(number), number).to.equal(true);
    }
    for (const fine of ['Card ending 4242', '+44 20 7946 0958', '100-0001', '123456789012']) {
      expect(looksLikeCardNumber(fine), fine).to.equal(false);
    }
  });

  it('a method named by a default field the separate defaults override still asks for a replacement, as the backends do', async () => {
    const doc = document({
      separateDefaults: true,
      defaultMethodId: 'pm_visa',
      defaultRecurringMethodId: 'pm_mc',
      defaultOneOffMethodId: 'pm_mc',
    });
    expect(removalBlockers(doc, 'pm_visa')?.roles).to.deep.equal(['default']);
    const el = await mount(backend(doc).adapter);
    button(el, 'Remove Visa ending 4242').click();
    await el.updateComplete;
    expect(plain($(el, 'dialog')?.textContent)).to.contain('Choose a method to take over from Visa ending 4242');
  });

  it('while a change of the methods is in flight, removing and verifying wait; in manual mode the customer is told', async () => {
    const b = backend();
    b.holdSaves = true;
    const el = await mount(b.adapter);
    button(el, 'Edit nickname Visa ending 4242').click();
    await el.updateComplete;
    type($<HTMLInputElement>(el, '[part~="nickname-form"] input')!, 'Groceries');
    $<HTMLFormElement>(el, '[part~="nickname-form"]')!.requestSubmit();
    const save = await b.save(1);
    await el.updateComplete;
    expect(button(el, 'Remove Mastercard ending 5454').disabled).to.equal(true);
    expect(button(el, 'Verify First Harbor Credit Union ending 6789').disabled).to.equal(true);
    expect(button(el, 'Add a payment method').disabled).to.equal(true);
    save.confirm();
    await waitUntil(() => !button(el, 'Remove Mastercard ending 5454').disabled);

    el.mode = 'manual';
    await el.updateComplete;
    button(el, 'Edit nickname Visa ending 4242').click();
    await el.updateComplete;
    type($<HTMLInputElement>(el, '[part~="nickname-form"] input')!, 'Food');
    $<HTMLFormElement>(el, '[part~="nickname-form"]')!.requestSubmit();
    await el.updateComplete;
    expect(plain($(el, '[part="save-first"]')?.textContent)).to.contain('Save or cancel your changes');
    expect(button(el, 'Remove Mastercard ending 5454').disabled).to.equal(true);
    expect(await el.addPaymentMethod({ token: 'tok_visa_1111' }), 'a token waits for no draft').to.equal(false);
    expect(b.actionCalls.length).to.equal(0);
  });

  it('while an action runs, the changes that carry the methods list wait', async () => {
    const b = backend();
    b.holdActions = true;
    const el = await mount(b.adapter);
    button(el, 'Remove Mastercard ending 5454').click();
    await el.updateComplete;
    dialogButton(el, 'Remove')!.click();
    await b.actionCall(1);
    await el.updateComplete;
    expect(button(el, 'Edit nickname Visa ending 4242').disabled).to.equal(true);
    expect(field<HTMLSelectElement>(el, 'Billing address for Visa ending 4242').disabled).to.equal(true);
    expect(button(el, 'Edit Home').disabled).to.equal(true);
  });

  it('a removal that goes through on Retry is said, and focus goes to the heading', async () => {
    const b = backend();
    b.failNextAction.set('removeMethod', new AdapterError('network', 'offline'));
    b.actionAnswers.set('removeMethod', () => document({ version: 2, methods: [visa(), bank()] }));
    const el = await mount(b.adapter);
    button(el, 'Remove Mastercard ending 5454').click();
    await el.updateComplete;
    dialogButton(el, 'Remove')!.click();
    await waitUntil(() => group(el, 'pm_mc').querySelector('[part="action-error"]'));
    const retry = button(el, 'Retry Mastercard ending 5454');
    expect(retry.type).to.equal('button');
    retry.focus();
    retry.click();
    await waitUntil(() => !$(el, '[data-method="pm_mc"]'));
    await waitUntil(() => status(el).includes('Mastercard ending 5454 removed.'));
    await el.updateComplete;
    expect(active(el)?.id).to.equal('methods-title');
  });

  it('an add that goes through after re-authentication closes the panel and says so', async () => {
    const b = backend();
    b.failNextAction.set('addMethod', new AdapterError('reauth-required', 'sign in again'));
    b.actionAnswers.set('addMethod', () =>
      document({ version: 2, methods: [visa(), mastercard(), bank(), visa({ id: 'pm_new', last4: '1111' })] }),
    );
    const el = await mount(b.adapter, html`<div slot="add-method">provider</div>`);
    const asked = new Promise<() => void>((resolve) =>
      el.addEventListener('prefs-reauth-required', (event) => resolve(event.detail.retry), { once: true }),
    );
    button(el, 'Add a payment method').click();
    await el.updateComplete;
    void el.addPaymentMethod({ token: 'tok_visa_1111' });
    (await asked)();
    await waitUntil(() => $(el, '[data-method="pm_new"]'));
    await waitUntil(() => status(el).includes('Visa ending 1111 added.'));
    expect($(el, 'slot[name="add-method"]')).to.equal(null);
  });

  it('focus stays on its method when another one is removed elsewhere, and goes to the method when Make default goes', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    const remove = button(el, 'Remove Mastercard ending 5454');
    remove.focus();
    b.changeElsewhere({ methods: [mastercard(), bank()] as never, defaultMethodId: 'pm_mc' });
    await waitUntil(() => !$(el, '[data-method="pm_visa"]'));
    await el.updateComplete;
    expect(active(el)).to.equal(remove);
    expect(accessibleName(active(el)!)).to.equal('Remove Mastercard ending 5454');

    const b2 = backend();
    const el2 = await mount(b2.adapter);
    const makeDefault = button(el2, 'Make default Mastercard ending 5454');
    makeDefault.focus();
    makeDefault.click();
    await b2.save(1);
    await el2.updateComplete;
    expect(active(el2)).to.equal(group(el2, 'pm_mc'));
  });

  it('a new address gets its id when it is saved: one added elsewhere meanwhile is kept', async () => {
    const b = backend();
    const el = await mount(b.adapter);
    button(el, 'Add a billing address').click();
    await waitUntil(() => $(el, '[part~="address-form"] input'), 'the address form did not open');
    b.changeElsewhere({
      billingAddresses: [
        ...document().billingAddresses,
        {
          id: 'addr_2',
          name: 'Office',
          line1: '1 Main Street',
          city: 'Boston',
          region: 'MA',
          postalCode: '02110',
          country: 'US',
        },
      ] as never,
    });
    await waitUntil(() => plain($(el, '[part~="addresses"]')?.textContent).includes('Office'));
    type(field(el, 'Name for this address'), 'Cabin');
    type(field(el, 'Address line 1'), '9 Lake Road');
    type(field(el, 'City'), 'Bangor');
    type(field(el, 'ZIP code'), '04401');
    const state = field<HTMLSelectElement | HTMLInputElement>(el, 'State');
    state.value = 'ME';
    state.dispatchEvent(
      new Event(state instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
    );
    await el.updateComplete;
    $<HTMLFormElement>(el, '[part~="address-form"]')!.requestSubmit();
    const save = await b.save(1);
    const ids = (save.patch.billingAddresses as Payments['billingAddresses']).map((a) => a.id);
    expect(ids).to.have.length(3);
    expect(new Set(ids).size).to.equal(3);
    expect(ids.slice(0, 2)).to.deep.equal(['addr_home', 'addr_2']);
  });

  it('Undo goes once an action has changed the document it would restore', async () => {
    const b = backend();
    b.actionAnswers.set('removeMethod', () =>
      document({ version: 3, methods: [mastercard(), bank()], defaultMethodId: 'pm_mc' }),
    );
    const el = await mount(b.adapter);
    button(el, 'Make default Mastercard ending 5454').click();
    await b.save(1);
    await waitUntil(() => $$(el, 'button').some((x) => plain(x.textContent) === 'Undo'));
    await waitUntil(() => !button(el, 'Remove Visa ending 4242').disabled, 'the save did not settle');
    button(el, 'Remove Visa ending 4242').click();
    await el.updateComplete;
    dialogButton(el, 'Remove')!.click();
    await waitUntil(() => !$(el, '[data-method="pm_visa"]'));
    await el.updateComplete;
    expect($$(el, 'button').some((x) => plain(x.textContent) === 'Undo')).to.equal(false);
  });

  it('the replacement chosen in the dialog gives way to the next one when it is removed elsewhere', async () => {
    const used = [{ id: 'premium', label: 'Premium account', kind: 'subscription' as const }];
    const b = backend(
      document({
        methods: [
          visa({ usedBy: used }),
          mastercard(),
          visa({ id: 'pm_amex', brand: 'amex', last4: '0005', nickname: undefined }),
        ],
      }),
    );
    b.actionAnswers.set('removeMethod', () =>
      document({ version: 3, methods: [visa({ id: 'pm_amex', brand: 'amex', last4: '0005' })] }),
    );
    const el = await mount(b.adapter);
    button(el, 'Remove Visa ending 4242').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'dialog input:checked')!.value).to.equal('pm_mc');
    b.changeElsewhere({
      methods: [
        visa({ usedBy: used }),
        visa({ id: 'pm_amex', brand: 'amex', last4: '0005', nickname: undefined }),
      ] as never,
    });
    await waitUntil(() => $$<HTMLInputElement>(el, 'dialog input').length === 1);
    expect($<HTMLInputElement>(el, 'dialog input:checked')!.value).to.equal('pm_amex');
    dialogButton(el, 'Move and remove')!.click();
    const call = await b.actionCall(1);
    expect(call.input).to.deep.equal(['pm_visa', { replaceWith: 'pm_amex' }]);
  });

  it('a bank account removed and added again under the same id starts its verification afresh', async () => {
    const b = backend();
    // The backend keeps what the action answered, as a real one does.
    b.actionAnswers.set(
      'verifyMethod',
      () =>
        (b.document = document({ version: 2, methods: [visa(), mastercard(), bank({ verificationAttemptsLeft: 2 })] })),
    );
    const el = await mount(b.adapter);
    type(field(el, 'First deposit'), '0.10');
    type(field(el, 'Second deposit'), '0.20');
    await el.updateComplete;
    button(el, 'Verify First Harbor Credit Union ending 6789').click();
    await waitUntil(() => plain(group(el, 'pm_bank').textContent).includes('does not match'), 'no mismatch said');
    b.changeElsewhere({ methods: [visa(), mastercard()] as never });
    await waitUntil(() => !$(el, '[data-method="pm_bank"]'), 'the account stayed');
    b.changeElsewhere({ methods: [visa(), mastercard(), bank()] as never });
    await waitUntil(() => $(el, '[data-method="pm_bank"]'), 'the account did not come back');
    expect(plain(group(el, 'pm_bank').textContent)).to.not.contain('does not match');
    expect(field(el, 'First deposit').value).to.equal('');
  });

  describe('a second review', () => {
    it('Undo cannot put a methods list back while an action changes it', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      button(el, 'Edit nickname Visa ending 4242').click();
      await el.updateComplete;
      type($<HTMLInputElement>(el, '[part~="nickname-form"] input')!, 'Groceries');
      $<HTMLFormElement>(el, '[part~="nickname-form"]')!.requestSubmit();
      await b.save(1);
      await waitUntil(() => !button(el, 'Remove Mastercard ending 5454').disabled, 'the save did not settle');
      b.holdActions = true;
      button(el, 'Remove Mastercard ending 5454').click();
      await el.updateComplete;
      dialogButton(el, 'Remove')!.click();
      await b.actionCall(1);
      const saves = b.saves.length;
      button(el, 'Undo').click();
      await el.updateComplete;
      expect(b.saves.length, 'no Undo sent').to.equal(saves);
    });

    it('an action waits for any save in flight, then goes', async () => {
      const b = backend();
      b.holdSaves = true;
      b.actionAnswers.set('removeMethod', () =>
        document({ version: 3, methods: [visa(), bank()], defaultMethodId: 'pm_visa' }),
      );
      const el = await mount(b.adapter);
      button(el, 'Make default Mastercard ending 5454').click();
      const save = await b.save(1);
      // Started while the default is being saved: the host's token waits for it.
      const added = el.addPaymentMethod({ token: 'tok_visa_1111' });
      await el.updateComplete;
      expect(b.actionCalls.length, 'not before the save').to.equal(0);
      void added;
      expect(plain($(el, '[part~="add"]')?.textContent)).to.contain('Adding your payment method');
      save.confirm();
      await b.actionCall(1);
      b.actionAnswers.set('addMethod', () => undefined);
    });

    it('in auto mode, a change waiting for its batch goes out first, and the token is not dropped', async () => {
      const b = backend();
      b.actionAnswers.set('addMethod', () =>
        document({ version: 3, methods: [visa(), mastercard(), bank(), visa({ id: 'pm_new', last4: '1111' })] }),
      );
      const el = await mount(b.adapter);
      button(el, 'Edit nickname Visa ending 4242').click();
      await el.updateComplete;
      type($<HTMLInputElement>(el, '[part~="nickname-form"] input')!, 'Groceries');
      $<HTMLFormElement>(el, '[part~="nickname-form"]')!.requestSubmit();
      expect(await el.addPaymentMethod({ token: 'tok_visa_1111' })).to.equal(true);
      expect(b.saves.length).to.equal(1);
      expect($(el, '[part="save-first"]')).to.equal(null);
    });

    it('in manual mode an unsaved default keeps a removal waiting, and a refused token says why', async () => {
      const b = backend();
      const el = await mount(b.adapter);
      el.mode = 'manual';
      await el.updateComplete;
      button(el, 'Make default Mastercard ending 5454').click();
      await el.updateComplete;
      expect(button(el, 'Remove Visa ending 4242').disabled).to.equal(true);
      expect(plain($(el, '[part="save-first"]')?.textContent)).to.contain('Save or cancel');
      expect(await el.addPaymentMethod({ token: 'tok_visa_1111' })).to.equal(false);
      await el.updateComplete;
      expect(plain($(el, '[part="add-refused"]')?.textContent)).to.contain('Save or cancel');
      expect(b.actionCalls.length).to.equal(0);
    });

    it('a removal whose button is disabled while it runs keeps focus in the method', async () => {
      const b = backend();
      b.holdActions = true;
      const el = await mount(b.adapter);
      const remove = button(el, 'Remove Mastercard ending 5454');
      remove.focus();
      remove.click();
      await el.updateComplete;
      dialogButton(el, 'Remove')!.click();
      await b.actionCall(1);
      await waitUntil(() => active(el) !== null && active(el) !== remove, 'focus fell to the page');
      expect(active(el)).to.equal(group(el, 'pm_mc'));
    });

    it('an action that ends while focus is elsewhere on the page leaves it there', async () => {
      const b = backend();
      b.holdActions = true;
      b.actionAnswers.set('removeMethod', () => document({ version: 2, methods: [visa(), bank()] }));
      const outside = window.document.createElement('input');
      outside.setAttribute('aria-label', 'Search the site');
      window.document.body.append(outside);
      try {
        const el = await mount(b.adapter);
        button(el, 'Remove Mastercard ending 5454').click();
        await el.updateComplete;
        dialogButton(el, 'Remove')!.click();
        const call = await b.actionCall(1);
        outside.focus();
        call.answer(document({ version: 2, methods: [visa(), bank()] }));
        await waitUntil(() => !$(el, '[data-method="pm_mc"]'), 'not removed');
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(window.document.activeElement).to.equal(outside);
      } finally {
        outside.remove();
      }
    });

    it('a token waiting for a load that never comes gives up when the widget leaves the page', async () => {
      const b = backend();
      b.holdLoads = new Deferred();
      const el = await fixture<PaymentMethods>(html`<payment-methods .adapter=${b.adapter}></payment-methods>`);
      const added = el.addPaymentMethod({ token: 'tok_visa_1111' });
      el.remove();
      expect(await added).to.equal(false);
      expect(b.actionCalls.length).to.equal(0);
    });

    it('Add and Cancel do not abort an add under way', async () => {
      const b = backend();
      b.holdActions = true;
      const el = await mount(b.adapter, html`<div slot="add-method">provider</div>`);
      button(el, 'Add a payment method').click();
      await el.updateComplete;
      void el.addPaymentMethod({ token: 'tok_visa_1111' });
      const call = await b.actionCall(1);
      await el.updateComplete;
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(call.meta.signal.aborted).to.equal(false);
      expect($(el, 'slot[name="add-method"]')).to.not.equal(null);
    });

    it("a failed verification's Retry goes with the account when it is removed elsewhere", async () => {
      const b = backend();
      b.failNextAction.set('verifyMethod', new AdapterError('network', 'offline'));
      const el = await mount(b.adapter);
      type(field(el, 'First deposit'), '0.32');
      type(field(el, 'Second deposit'), '0.45');
      await el.updateComplete;
      button(el, 'Verify First Harbor Credit Union ending 6789').click();
      await waitUntil(() => group(el, 'pm_bank').querySelector('[part="action-error"]'), 'no failure shown');
      b.changeElsewhere({ methods: [visa(), mastercard()] as never });
      await waitUntil(() => !$(el, '[data-method="pm_bank"]'), 'the account stayed');
      b.changeElsewhere({ methods: [visa(), mastercard(), bank()] as never });
      await waitUntil(() => $(el, '[data-method="pm_bank"]'), 'the account did not come back');
      expect(group(el, 'pm_bank').querySelector('[part="action-error"]')).to.equal(null);
    });
  });
});
