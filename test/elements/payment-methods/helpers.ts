import { fixture, html } from '@open-wc/testing';
import { paymentsDomain, type PaymentMethod, type Payments, type PrefsAdapter } from '@prefcenter/core';
import '../../../packages/elements/src/payment-methods/define.js';
import type { PaymentMethods } from '../../../packages/elements/src/payment-methods/index.js';
import { FakeBackend, type FakeBackendOptions } from '../../shared/fake-backend.js';
import { $, $$ } from '../../shared/shadow-query.js';
import { waitUntil } from '../../shared/wait.js';

export { waitUntil };

/** The day every test's expiries are measured from. */
export const today = new Date('2026-06-10T12:00:00Z');

export const visa = (fields: Partial<PaymentMethod> = {}): PaymentMethod => ({
  id: 'pm_visa',
  type: 'card',
  brand: 'visa',
  last4: '4242',
  expMonth: 8,
  expYear: 2029,
  nickname: 'Everyday card',
  verification: 'verified',
  verificationSteps: [],
  usedBy: [],
  ...fields,
});

export const mastercard = (fields: Partial<PaymentMethod> = {}): PaymentMethod => ({
  id: 'pm_mc',
  type: 'card',
  brand: 'mastercard',
  last4: '5454',
  expMonth: 12,
  expYear: 2030,
  verification: 'verified',
  verificationSteps: [],
  usedBy: [],
  ...fields,
});

export const bank = (fields: Partial<PaymentMethod> = {}): PaymentMethod => ({
  id: 'pm_bank',
  type: 'bank-account',
  brand: 'First Harbor Credit Union',
  last4: '6789',
  verification: 'required',
  verificationMethod: 'micro-deposits',
  verificationAttemptsLeft: 3,
  currency: 'USD',
  verificationSteps: [
    { status: 'pending', at: '2026-06-01T09:00:00Z' },
    { status: 'required', at: '2026-06-03T09:00:00Z' },
  ],
  usedBy: [],
  ...fields,
});

/** A Visa (the default), a Mastercard and a bank account awaiting its deposits; one billing address. */
export const document = (fields: Partial<Payments> = {}): Payments => ({
  version: 1,
  updatedAt: '2026-06-01T10:00:00Z',
  methods: [visa(), mastercard(), bank()],
  defaultMethodId: 'pm_visa',
  separateDefaults: false,
  billingAddresses: [
    {
      id: 'addr_home',
      name: 'Home',
      line1: '42 Harbour Street',
      city: 'Portland',
      region: 'ME',
      postalCode: '04101',
      country: 'US',
    },
  ],
  ...fields,
});

/** A backend of the payments domain that confirms at once unless told otherwise. */
export const backend = (doc = document(), options: FakeBackendOptions = {}) =>
  new FakeBackend<Payments, undefined>(paymentsDomain, undefined, doc, options);

/** A widget on `adapter`, loaded, measuring expiries from `today`. */
export async function mount(adapter: PrefsAdapter, slot?: unknown): Promise<PaymentMethods> {
  const el = await fixture<PaymentMethods>(
    html`<payment-methods .today=${today} .adapter=${adapter}>${slot}</payment-methods>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part="methods"], [part="error"]'));
  await el.updateComplete;
  return el;
}

export { $, $$ } from '../../shared/shadow-query.js';

/** Without the marks (FSI, PDI) that isolate adapter text, and with spaces collapsed. */
export const plain = (value: string | null | undefined) =>
  (value ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A control's accessible name as the widget gives it: aria-labelledby's elements, aria-label, else its text. */
export function accessibleName(control: Element): string {
  const ids = control.getAttribute('aria-labelledby');
  const root = control.getRootNode() as ShadowRoot;
  if (ids)
    return plain(
      ids
        .split(' ')
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  return plain(control.getAttribute('aria-label') ?? control.textContent);
}

/** The button whose accessible name is `name`. */
export function button(el: Element, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => accessibleName(b) === name);
  if (!found) throw new Error(`No button named "${name}"`);
  return found;
}

/** The group of the method `id`. */
export function group(el: Element, id: string): HTMLElement {
  const found = $$(el, '[part~="method"]').find((g) => g.dataset.method === id);
  if (!found) throw new Error(`No method ${id}`);
  return found;
}

/** The field labelled `label` (its text, without isolation marks). */
export function field<E extends HTMLElement = HTMLInputElement>(el: Element, label: string): E {
  const found = $$<HTMLLabelElement>(el, 'label').find((l) => plain(l.textContent) === label);
  const control = found?.htmlFor ? el.shadowRoot!.getElementById(found.htmlFor) : found?.querySelector('input, select');
  if (!control) throw new Error(`No field labelled "${label}"`);
  return control as E;
}

/** Types `value` into `input` as input events would. */
export function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export const status = (el: Element) => plain($(el, '[part="status"]')?.textContent);
