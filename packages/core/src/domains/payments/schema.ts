import * as z from 'zod/mini';
import { paymentMethodTypes, verificationStatuses } from './values.js';
import { id, text, uniqueBy, versionFields } from '../../schemas/common.js';

/**
 * Payment methods as the widget may know them: a brand, the last four digits and an
 * expiry, never a card number. Adding a method happens in the host's payment
 * provider, which hands back a token; the schema has no field a full number could
 * travel in, and `last4` accepts exactly four digits.
 */

export const billingAddressSchema = z.object({
  id,
  name: text,
  line1: text,
  line2: z.optional(text),
  city: text,
  region: z.optional(text),
  postalCode: text,
  /** ISO 3166-1 alpha-2. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
});

export const paymentMethodSchema = z.object({
  id,
  type: z.enum(paymentMethodTypes),
  /** e.g. `visa`, `mastercard`, the bank's name, `apple-pay`. */
  brand: text,
  last4: z.string().check(z.regex(/^\d{4}$/)),
  expMonth: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))),
  expYear: z.optional(z.number().check(z.int(), z.minimum(2000), z.maximum(2200))),
  nickname: z.optional(text),
  verification: z._default(z.enum(verificationStatuses), 'verified'),
  billingAddressId: z.optional(id),
});

export const paymentsSchema = z.object({
  ...versionFields,
  // Methods and addresses are named by id (the default, a method's address): each id once.
  methods: uniqueBy(z.array(paymentMethodSchema), 'id'),
  defaultMethodId: z.optional(id),
  billingAddresses: z._default(uniqueBy(z.array(billingAddressSchema), 'id'), []),
});

/** What the host's payment provider hands back after its own secure form. */
export const paymentTokenSchema = z.object({
  token: z.string().check(z.minLength(1)),
  nickname: z.optional(text),
  billingAddressId: z.optional(id),
});

export type BillingAddress = z.infer<typeof billingAddressSchema>;
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;
export type Payments = z.infer<typeof paymentsSchema>;
export type PaymentToken = z.infer<typeof paymentTokenSchema>;
