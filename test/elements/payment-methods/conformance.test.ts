import { paymentsDomain, type Payments } from '@prefcenter/core';
import { widgetConformance } from '../../shared/widget-conformance.js';
import { $, bank, button, document, field, group, mastercard, plain, type, visa } from './helpers.js';

const makeDefault = 'Make default Mastercard ending 5454';

widgetConformance<Payments, undefined>({
  tag: 'payment-methods',
  definition: paymentsDomain,
  catalog: () => undefined,
  document: () => document(),
  prepare: (el) => ((el as unknown as { today: Date }).today = new Date('2026-06-10T12:00:00Z')),
  change: async (el) => button(el, makeDefault).click(),
  changed: (el) => plain(group(el, 'pm_mc').querySelector('.badges')?.textContent).includes('Default'),
  stored: (doc) => doc.defaultMethodId === 'pm_mc',
  // Elsewhere the default was set to another method than the customer's.
  elsewhere: { defaultMethodId: 'pm_bank' },
  settingName: 'Default',
  documentWithText: (text) => document({ methods: [visa({ nickname: text, brand: text }), mastercard(), bank()] }),
  malformed: () => {
    const doc = document() as unknown as { methods: Record<string, unknown>[] };
    doc.methods[1]!.expMonth = 13;
    return { document: doc, path: 'methods[1].expMonth' };
  },
  actions: {
    removeMethod: {
      trigger: async (el) => {
        button(el, 'Remove Mastercard ending 5454').click();
        await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
        const ok = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog button')].find(
          (b) => plain(b.textContent) === 'Remove',
        );
        ok!.click();
      },
      control: (el) => group(el, 'pm_mc').querySelector<HTMLElement>('[data-action="remove"]'),
      failure: (el) => group(el, 'pm_mc').querySelector<HTMLElement>('[part="action-error"]'),
      retry: (el) => (group(el, 'pm_mc').querySelector('[part="action-error"] button') as HTMLElement).click(),
      answer: () => document({ version: 2, methods: [visa(), bank()] }),
      done: (el) => !el.shadowRoot!.querySelector('[data-method="pm_mc"]'),
    },
    verifyMethod: {
      trigger: async (el) => {
        type(field(el, 'First deposit'), '0.32');
        type(field(el, 'Second deposit'), '0.45');
        await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
        button(el, 'Verify First Harbor Credit Union ending 6789').click();
      },
      control: (el) => group(el, 'pm_bank').querySelector<HTMLElement>('button[type="submit"]'),
      failure: (el) => group(el, 'pm_bank').querySelector<HTMLElement>('[part="action-error"]'),
      retry: (el) => (group(el, 'pm_bank').querySelector('[part="action-error"] button') as HTMLElement).click(),
      answer: () => document({ version: 2, methods: [visa(), mastercard(), bank({ verification: 'verified' })] }),
      done: (el) => !group(el, 'pm_bank').querySelector('form[part~="verify"]'),
    },
    addMethod: {
      // The host's redirect flow hands back a token: the widget adds the method with it.
      trigger: (el) => {
        el.addEventListener(
          'prefs-add-payment-method',
          (event) => {
            event.preventDefault();
            void event.detail.complete({ token: 'tok_visa_1111' });
          },
          { once: true },
        );
        button(el, 'Add a payment method').click();
      },
      failure: (el) => $(el, '[part~="add"] [part="action-error"]'),
      retry: (el) => ($(el, '[part~="add"] [part="action-error"] button') as HTMLElement).click(),
      answer: () =>
        document({
          version: 2,
          methods: [visa(), mastercard(), bank(), visa({ id: 'pm_new', last4: '1111', nickname: undefined })],
        }),
      done: (el) => Boolean(el.shadowRoot!.querySelector('[data-method="pm_new"]')),
    },
  },
});
