import * as z from 'zod/mini';
import { channelRequirements, notificationFrequencies, thresholdKinds } from './values.js';
import { changeHistorySchema, id, isoDateTime, keyId, text, uniqueBy, versionFields } from '../../schemas/common.js';

export const notificationChannelSchema = z.object({
  /** e.g. `email`, `sms`, `push`, `in-app`, `postal`. */
  id: keyId,
  label: text,
  requires: z.optional(z.enum(channelRequirements)),
  /** False while the requirement is not met; the channel shows what is missing. */
  ready: z._default(z.boolean(), true),
});

export const notificationSectionSchema = z.object({
  id,
  label: text,
  description: z.optional(text),
});

export const notificationThresholdSchema = z.object({
  kind: z.enum(thresholdKinds),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  default: z.optional(z.number()),
});

export const notificationCategorySchema = z.object({
  id: keyId,
  sectionId: id,
  label: text,
  description: z.optional(text),
  /** Channel ids this category can be sent on; other channels show as not available. */
  channels: z.array(id),
  /** Locked on with this reason shown, e.g. security or legal notices. */
  required: z.optional(z.object({ reason: text })),
  /** Turning a security category off asks the customer to confirm. */
  security: z.optional(z.boolean()),
  /** May break through quiet hours and pauses when the customer allows it. */
  critical: z.optional(z.boolean()),
  /** Marketing categories follow the global marketing consent. */
  marketing: z.optional(z.boolean()),
  frequencies: z.optional(z.array(z.enum(notificationFrequencies))),
  threshold: z.optional(notificationThresholdSchema),
});

export const notificationCatalogSchema = z.object({
  // Rows, columns and saved choices are keyed by id: a repeated one would switch two at once.
  sections: uniqueBy(z.array(notificationSectionSchema), 'id'),
  channels: uniqueBy(z.array(notificationChannelSchema), 'id'),
  categories: uniqueBy(z.array(notificationCategorySchema), 'id'),
  /** ISO 4217 code for threshold amounts. */
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/)), 'USD'),
});

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const quietHoursSchema = z.object({
  enabled: z.boolean(),
  start: hhmm,
  end: hhmm,
  /** IANA time zone, e.g. `Europe/Paris`. */
  timeZone: z.string().check(z.minLength(1)),
  allowCritical: z.boolean(),
});

export const consentSchema = z.object({
  granted: z.boolean(),
  at: isoDateTime,
  source: z.optional(text),
});

export const notificationPreferencesSchema = z.object({
  ...versionFields,
  /** `subscriptions[categoryId][channelId]` is true when that channel is on. */
  subscriptions: z.record(id, z.record(id, z.boolean())),
  frequency: z._default(z.record(id, z.enum(notificationFrequencies)), {}),
  thresholds: z._default(z.record(id, z.number()), {}),
  quietHours: z.optional(quietHoursSchema),
  /** Everything that is not essential is paused until then; absent when not paused. */
  pausedUntil: z.optional(isoDateTime),
  marketingConsent: z.optional(consentSchema),
});

export type NotificationChannel = z.infer<typeof notificationChannelSchema>;
export type NotificationSection = z.infer<typeof notificationSectionSchema>;
export type NotificationCategory = z.infer<typeof notificationCategorySchema>;
export type NotificationThreshold = z.infer<typeof notificationThresholdSchema>;
export type NotificationCatalog = z.infer<typeof notificationCatalogSchema>;
export type QuietHours = z.infer<typeof quietHoursSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;
export { changeHistorySchema as notificationHistorySchema };
