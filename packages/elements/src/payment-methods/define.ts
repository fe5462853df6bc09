import { define } from '@prefcenter/core';
import { PaymentMethods } from './payment-methods.js';

/** Registers `<payment-methods>`, or the same element under a tag name the host chooses. */
export function definePaymentMethods(tagName = 'payment-methods'): void {
  define(tagName, PaymentMethods);
}

definePaymentMethods();

// Repeated from the class module so that importing only this entry (as hosts do) brings the
// tag's type: declaration output keeps no import that types do not use.
declare global {
  interface HTMLElementTagNameMap {
    'payment-methods': PaymentMethods;
  }
}
