import { define, PrefsPaymentTokenEvent } from '@prefcenter/core';

/** The test methods the pretend provider offers, by the token the local adapter knows (see tokens.ts). */
const choices: readonly { token: string; label: string }[] = [
  { token: 'tok_visa_4242', label: 'Visa ending 4242' },
  { token: 'tok_mastercard_4444', label: 'Mastercard ending 4444' },
  { token: 'tok_amex_0005', label: 'American Express ending 0005' },
  { token: 'tok_bank_6789', label: 'Bank account ending 6789 (test deposits: 0.32 and 0.45)' },
  { token: 'tok_bankcode_1234', label: 'Bank account ending 1234 (code: 123456)' },
  { token: 'tok_apple_pay', label: 'Apple Pay' },
  { token: 'tok_declined', label: 'A card the bank declines' },
];

let count = 0;

/** On a server (Node, no DOM) the module still imports: the class is then never registered or built. */
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * A stand-in for a payment provider's form (Stripe's Payment Element, Adyen's drop-in),
 * for the demo and tests: the customer picks a test method and the element hands its
 * token to `<payment-methods>` with `prefs-payment-token`, as a host's integration does
 * after its provider answered. It asks for no card data at all. Light DOM, as a real
 * provider's form must be; put it in the widget's `add-method` slot:
 *
 *   <payment-methods><pretend-payment-provider slot="add-method"></pretend-payment-provider></payment-methods>
 */
export class PretendPaymentProvider extends ElementBase {
  #built = false;

  connectedCallback(): void {
    // Built once: moved around the page, it keeps the customer's choice.
    if (this.#built) return;
    this.#built = true;
    const id = `pretend-provider-${++count}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = 'Test method (pretend provider)';
    const select = document.createElement('select');
    select.id = id;
    for (const choice of choices) select.add(new Option(choice.label, choice.token));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Save with the pretend provider';
    button.addEventListener('click', () => {
      this.dispatchEvent(new PrefsPaymentTokenEvent({ token: { token: select.value } }));
    });
    this.style.display = 'grid';
    this.style.gap = '0.5rem';
    this.style.justifyItems = 'start';
    this.append(label, select, button);
  }
}

/** Registers `<pretend-payment-provider>` (or under another tag). */
export function definePretendPaymentProvider(tagName = 'pretend-payment-provider'): void {
  define(tagName, PretendPaymentProvider);
}

declare global {
  interface HTMLElementTagNameMap {
    'pretend-payment-provider': PretendPaymentProvider;
  }
}
