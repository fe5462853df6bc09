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
 * What the fake provider expects to verify a bank account, whichever it is: the two
 * micro-deposits of 0.32 and 0.45 in the account's currency, as minor units (in either
 * order), or the code `123456`. Anything else is a wrong proof, which uses a try.
 */
export const verificationProofs = { amounts: [32, 45], code: '123456' } as const;

/** The tries a new bank account has to enter its amounts or code. */
export const verificationAttempts = 3;

/**
 * Turns a token from the host's payment provider into the method the provider would
 * report: `tok_visa_4242` is a Visa card ending 4242 (also `mastercard`, `amex`,
 * `discover`); `tok_bank_6789` a USD bank account ending 6789 whose test deposits were
 * sent, so it waits for the customer to enter the amounts (`verificationProofs`), with 3
 * tries; `tok_bankcode_6789` the same account verified with a code instead;
 * `tok_apple_pay`, `tok_google_pay` and `tok_paypal` wallets; `tok_declined` a refused
 * card; and any other token a fake card derived from it. A card number is refused
 * outright: the widget must never see one, so the adapter must never accept one.
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
  const verified = () => ({ verification: 'verified' as const, verificationSteps: [], usedBy: [] });
  if ((match = token.token.match(/^tok_([a-z]+)_(\d{4})$/)) && cardBrands.includes(match[1]!)) {
    method = { type: 'card', brand: match[1]!, last4: match[2]!, ...expiry, ...verified() };
  } else if ((match = token.token.match(/^tok_bank(code)?_(\d{4})$/))) {
    const at = now.toISOString();
    method = {
      type: 'bank-account',
      brand: 'Bank account',
      last4: match[2]!,
      verification: 'required',
      verificationMethod: match[1] ? 'code' : 'micro-deposits',
      verificationAttemptsLeft: verificationAttempts,
      // The provider sent the deposits (or the code) at once: pending, then waiting for the customer.
      verificationSteps: [
        { status: 'pending', at },
        { status: 'required', at },
      ],
      currency: 'USD',
      usedBy: [],
    };
  } else if ((match = token.token.match(/^tok_(apple_pay|google_pay|paypal)$/))) {
    const last4 = String(h % 10000).padStart(4, '0');
    method = { type: 'wallet', brand: wallets[match[1]!]!, last4, ...verified() };
  } else {
    const last4 = String(h % 10000).padStart(4, '0');
    method = { type: 'card', brand: cardBrands[h % cardBrands.length]!, last4, ...expiry, ...verified() };
  }
  if (token.nickname) method.nickname = token.nickname;
  if (token.billingAddressId) method.billingAddressId = token.billingAddressId;

  const base = `pm_${method.brand.toLowerCase().replace(/[^a-z0-9]+/g, '-')}_${method.last4}`;
  let id = base;
  for (let n = 2; payments.methods.some((m) => m.id === id); n++) id = `${base}_${n}`;
  return { id, ...method };
}
