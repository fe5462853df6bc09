import * as z from 'zod/mini';
import { paymentMethodTypes, paymentUsageKinds, verificationMethods, verificationStatuses } from './values.js';
import { id, isoDateTime, text, uniqueBy, versionFields } from '../../schemas/common.js';

/**
 * Payment methods as the widget may know them: a brand, the last four digits and an
 * expiry, never a card number. Adding a method happens in the host's payment
 * provider, which hands back a token; the schema has no field a full number could
 * travel in, and `last4` accepts exactly four digits.
 */

/** ISO 3166-1 alpha-2. */
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));
/** ISO 4217. */
const currencyCode = z.string().check(z.regex(/^[A-Z]{3}$/));
/** Short text a customer typed into an address or a nickname. */
const shortText = z.string().check(z.maxLength(200));

/**
 * A billing address. Which fields a country uses, in which order and under which label
 * (state, province, prefecture; ZIP, postcode, PIN) is the widget's address form's job;
 * here every field but the name, the first line and the country is optional, since
 * countries differ (Hong Kong has no postcode, Singapore no city field).
 */
export const billingAddressSchema = z.object({
  id,
  /** What the customer calls it ("Home", "Office"). */
  name: shortText,
  /** Who the address is for, as the bank or card issuer knows it. */
  recipient: z.optional(shortText),
  organization: z.optional(shortText),
  line1: shortText,
  line2: z.optional(shortText),
  city: z.optional(shortText),
  /** A district or suburb, where the country's format has one. */
  dependentLocality: z.optional(shortText),
  /** State, province, prefecture, county, emirate… */
  region: z.optional(shortText),
  postalCode: z.optional(shortText),
  /** The CEDEX or sorting code, where the country's format has one. */
  sortingCode: z.optional(shortText),
  country: countryCode,
});

/** A subscription, bill or plan that charges a method, as the backend reports it. */
export const paymentUsageSchema = z.object({
  id,
  label: text,
  kind: z.enum(paymentUsageKinds),
});

/** One step of a method's verification, so the widget can show its status over time. */
export const verificationStepSchema = z.object({
  status: z.enum(verificationStatuses),
  at: isoDateTime,
});

export const paymentMethodSchema = z.object({
  id,
  type: z.enum(paymentMethodTypes),
  /** e.g. `visa`, `mastercard`, the bank's name, `apple-pay`. */
  brand: text,
  last4: z.string().check(z.regex(/^\d{4}$/)),
  expMonth: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))),
  expYear: z.optional(z.number().check(z.int(), z.minimum(2000), z.maximum(2200))),
  nickname: z.optional(shortText),
  verification: z._default(z.enum(verificationStatuses), 'verified'),
  /** How a method that is not verified yet gets verified. */
  verificationMethod: z.optional(z.enum(verificationMethods)),
  /** Tries left to enter the amounts or the code. */
  verificationAttemptsLeft: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(99))),
  /** The verification's steps so far, oldest first. */
  verificationSteps: z._default(z.array(verificationStepSchema), []),
  /** The account's currency: the micro-deposits are in it. */
  currency: z.optional(currencyCode),
  billingAddressId: z.optional(id),
  /** What charges this method (written by the backend). */
  usedBy: z._default(uniqueBy(z.array(paymentUsageSchema), 'id'), []),
  /** How many upcoming charges are due on it (written by the backend): they fail once it has expired. */
  upcomingCharges: z.optional(z.number().check(z.int(), z.minimum(0))),
});

export const paymentsSchema = z.object({
  ...versionFields,
  // Methods and addresses are named by id (the default, a method's address): each id once.
  methods: uniqueBy(z.array(paymentMethodSchema), 'id'),
  /** The method every payment uses unless a default below says otherwise. */
  defaultMethodId: z.optional(id),
  /**
   * The institution lets this customer choose a separate default for recurring payments
   * and for one-off payments (written by the backend). Payments have no catalog: what is
   * offered can differ per customer (a business account), so it travels with the document.
   */
  separateDefaults: z._default(z.boolean(), false),
  /** With `separateDefaults`: the method subscriptions and other recurring charges use. */
  defaultRecurringMethodId: z.optional(id),
  /** With `separateDefaults`: the method one-off payments use. */
  defaultOneOffMethodId: z.optional(id),
  billingAddresses: z._default(uniqueBy(z.array(billingAddressSchema), 'id'), []),
});

/** What the host's payment provider hands back after its own secure form. */
export const paymentTokenSchema = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(500)),
  nickname: z.optional(shortText),
  billingAddressId: z.optional(id),
});

/**
 * What the customer enters to verify a bank account: the two deposits in the account's
 * currency's minor unit (cents: 32 for 0.32), or the code they were sent.
 */
export const verificationProofSchema = z.union([
  z.object({
    amounts: z.tuple([
      z.number().check(z.int(), z.minimum(1), z.maximum(9999)),
      z.number().check(z.int(), z.minimum(1), z.maximum(9999)),
    ]),
  }),
  z.object({ code: z.string().check(z.regex(/^[A-Za-z0-9]{4,12}$/)) }),
]);

/** Where the subscriptions and defaults of a removed method go. */
export const removalOptionsSchema = z.object({ replaceWith: z.optional(id) });

export type BillingAddress = z.infer<typeof billingAddressSchema>;
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;
export type PaymentUsage = z.infer<typeof paymentUsageSchema>;
export type Payments = z.infer<typeof paymentsSchema>;
export type PaymentToken = z.infer<typeof paymentTokenSchema>;
export type VerificationProof = z.infer<typeof verificationProofSchema>;
export type RemovalOptions = z.infer<typeof removalOptionsSchema>;
