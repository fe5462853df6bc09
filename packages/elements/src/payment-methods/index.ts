export { PaymentMethods } from './payment-methods.js';
export type {
  BillingAddress,
  PaymentMethod,
  PaymentToken,
  PaymentUsage,
  Payments,
  VerificationProof,
} from '@prefcenter/core';
