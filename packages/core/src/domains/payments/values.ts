/** The payments domain's fixed vocabularies, with no zod import (see notifications/values.ts). */
export const paymentMethodTypes = ['card', 'bank-account', 'wallet'] as const;
/**
 * Where a method's verification stands: `pending` (the provider is sending test deposits
 * or a code), `required` (the customer must enter the amounts or the code), `verified`,
 * `failed` (no tries left, or the provider refused it).
 */
export const verificationStatuses = ['verified', 'pending', 'required', 'failed'] as const;
/** How a bank account is verified: two small deposits the customer reads back, or a code sent to them. */
export const verificationMethods = ['micro-deposits', 'code'] as const;
/** What charges a method: a subscription (recurring), a bill or an instalment plan. */
export const paymentUsageKinds = ['subscription', 'bill', 'instalment'] as const;
/** Card brands the widget draws a mark for; any other brand is shown by its name. */
export const knownCardBrands = ['visa', 'mastercard', 'amex', 'discover', 'jcb', 'unionpay', 'diners'] as const;
/** Wallets the widget draws a mark for. */
export const knownWallets = ['apple-pay', 'google-pay', 'paypal'] as const;

export type PaymentMethodType = (typeof paymentMethodTypes)[number];
export type VerificationStatus = (typeof verificationStatuses)[number];
export type VerificationMethod = (typeof verificationMethods)[number];
export type PaymentUsageKind = (typeof paymentUsageKinds)[number];
