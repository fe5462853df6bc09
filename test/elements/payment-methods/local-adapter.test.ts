// <payment-methods> on the demo bank's own adapter, with its pretend provider in the slot:
// the backend's rules (tokens, proofs, removal with a replacement) as a customer meets them.
import { expect, fixture } from '@open-wc/testing';
import { createLocalAdapter } from '@prefcenter/adapter-local';
import { definePretendPaymentProvider } from '@prefcenter/adapter-local/pretend-provider';
import { html } from 'lit';
import '../../../packages/elements/src/notification-prefs/define.js';
import type { PaymentMethods } from '../../../packages/elements/src/payment-methods/index.js';
import { $, $$, button, field, group, plain, status, type, waitUntil } from './helpers.js';

definePretendPaymentProvider();

async function mountLocal(): Promise<PaymentMethods> {
  const adapter = createLocalAdapter({ storage: 'memory' });
  const el = await fixture<PaymentMethods>(
    html`<payment-methods .adapter=${adapter}>
      <pretend-payment-provider slot="add-method"></pretend-payment-provider>
    </payment-methods>`,
  );
  await waitUntil(() => $(el, '[part="methods"]'), 'the widget did not load');
  return el;
}

describe('<payment-methods> on adapter-local', () => {
  it('adds a card through the pretend provider in the slot', async () => {
    const el = await mountLocal();
    button(el, 'Add a payment method').click();
    await el.updateComplete;
    const provider = el.querySelector('pretend-payment-provider')!;
    const select = provider.querySelector('select')!;
    select.value = 'tok_amex_0005';
    provider.querySelector('button')!.click();
    await waitUntil(() => status(el).includes('American Express ending 0005 added.'), 'not added');
    expect($$(el, '[part~="method"]').map((g) => plain(g.querySelector('.method-name')?.textContent))).to.include(
      'American Express ending 0005',
    );
    await expect(el).to.be.accessible();
  });

  it('verifies the bank account with the two test deposits', async () => {
    const el = await mountLocal();
    type(field(el, 'First deposit'), '0.45');
    type(field(el, 'Second deposit'), '0.32');
    await el.updateComplete;
    button(el, 'Verify First Harbor Credit Union ending 6789').click();
    await waitUntil(() => status(el).includes('First Harbor Credit Union ending 6789 verified.'), 'not verified');
    expect(plain(group(el, 'pm_bank_6789').querySelector('.badges')?.textContent)).to.not.contain('Needs verification');
  });

  it('removes the card that pays the subscriptions once another takes them over', async () => {
    const el = await mountLocal();
    button(el, 'Remove Visa ending 4242').click();
    await el.updateComplete;
    const dialog = $(el, 'dialog')!;
    expect(plain(dialog.textContent)).to.contain('Premium account (subscription)');
    const applePay = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (r) => r.value === 'pm_apple-pay_3017',
    )!;
    applePay.click();
    await el.updateComplete;
    [...dialog.querySelectorAll('button')].find((b) => plain(b.textContent) === 'Move and remove')!.click();
    await waitUntil(() => !$(el, '[data-method="pm_visa_4242"]'), 'the card stayed');
    const taken = plain(group(el, 'pm_apple-pay_3017').textContent);
    expect(taken).to.contain('Premium account (subscription)');
    expect(taken).to.contain('Default for subscriptions');
  });

  it("follows the link to the payment notifications of the page's <notification-prefs>", async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    const page = await fixture<HTMLElement>(
      html`<div>
        <notification-prefs id="alerts" .adapter=${adapter}></notification-prefs>
        <payment-methods notifications-for="alerts" notification-categories="payment-failed" .adapter=${adapter}>
        </payment-methods>
      </div>`,
    );
    const el = page.querySelector<PaymentMethods>('payment-methods')!;
    const prefs = page.querySelector('notification-prefs')!;
    await waitUntil(() => $(el, '[part="notifications"] a') && prefs.shadowRoot?.querySelector('[role="grid"]'));
    $<HTMLAnchorElement>(el, '[part="notifications"] a')!.click();
    await waitUntil(
      () => plain(prefs.shadowRoot!.activeElement?.closest('[data-r]')?.textContent).includes('Payment failed'),
      'focus is not on the Payment failed row',
    );
  });
});
