import { paymentTokenSchema, parseInput, type PaymentMethod, type Payments } from '@prefcenter/core';
import { Issues, looksLikeCardNumber } from './rules.js';

const cardBrands = ['visa', 'mastercard', 'amex', 'discover'];
const wallets: Record<string, string> = { apple_pay: 'apple-pay', google_pay: 'google-pay', paypal: 'paypal' };

/** A small stable hash (FNV-1a), so an unknown token always gives the same fake method. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Turns a token from the host's payment provider into the method the provider would
 * report: `tok_visa_4242` is a Visa card ending 4242, `tok_bank_6789` a bank account
 * awaiting test deposits, `tok_apple_pay` a wallet, `tok_declined` a refused card, and
 * any other token a fake card derived from it. A card number is refused outright: the
 * widget must never see one, so the adapter must never accept one.
 */
export function methodFromToken(input: unknown, payments: Payments, now: Date): PaymentMethod {
  const token = parseInput(paymentTokenSchema, input, 'payment token');
  const issues = new Issues();
  if (looksLikeCardNumber(token.token)) {
    issues.add(['token'], 'looks like a card number; send the token from your payment provider instead.');
  } else if (/declined/i.test(token.token)) {
    issues.add(['token'], 'the card was declined.');
  }
  if (token.nickname && looksLikeCardNumber(token.nickname))
    issues.add(['nickname'], 'must not contain a card number.');
  if (token.billingAddressId && !payments.billingAddresses.some((a) => a.id === token.billingAddressId)) {
    issues.add(['billingAddressId'], `there is no billing address "${token.billingAddressId}".`);
  }
  issues.throwIfAny('payment token');

  const h = hash(token.token);
  const expiry = { expMonth: (h % 12) + 1, expYear: now.getUTCFullYear() + 2 + (h % 3) };
  let method: Omit<PaymentMethod, 'id'>;
  let match: RegExpMatchArray | null;
  if ((match = token.token.match(/^tok_([a-z]+)_(\d{4})$/)) && cardBrands.includes(match[1]!)) {
    method = { type: 'card', brand: match[1]!, last4: match[2]!, ...expiry, verification: 'verified' };
  } else if ((match = token.token.match(/^tok_bank_(\d{4})$/))) {
    method = { type: 'bank-account', brand: 'Bank account', last4: match[1]!, verification: 'pending' };
  } else if ((match = token.token.match(/^tok_(apple_pay|google_pay|paypal)$/))) {
    const last4 = String(h % 10000).padStart(4, '0');
    method = { type: 'wallet', brand: wallets[match[1]!]!, last4, verification: 'verified' };
  } else {
    const last4 = String(h % 10000).padStart(4, '0');
    method = { type: 'card', brand: cardBrands[h % cardBrands.length]!, last4, ...expiry, verification: 'verified' };
  }
  if (token.nickname) method.nickname = token.nickname;
  if (token.billingAddressId) method.billingAddressId = token.billingAddressId;

  const base = `pm_${method.brand.toLowerCase().replace(/[^a-z0-9]+/g, '-')}_${method.last4}`;
  let id = base;
  for (let n = 2; payments.methods.some((m) => m.id === id); n++) id = `${base}_${n}`;
  return { id, ...method };
}
