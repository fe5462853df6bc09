import * as z from 'zod/mini';
import { privacyPresets, profileVisibilities } from './values.js';
import { id, isoDateTime, keyId, text, uniqueBy, versionFields } from '../../schemas/common.js';

export const privacyPurposeSchema = z.object({
  /** e.g. `essential`, `functional`, `analytics`, `personalised-offers`, `marketing`, `partners`. */
  id: keyId,
  label: text,
  description: z.optional(text),
  /** Essential purposes are always on and shown locked. */
  essential: z._default(z.boolean(), false),
  /** Which presets switch this purpose on. */
  presets: z._default(z.array(z.enum(privacyPresets)), []),
});

export const privacyCatalogSchema = z.object({
  // The document keeps a choice per purpose id: a repeated one would be two switches for one choice.
  purposes: uniqueBy(z.array(privacyPurposeSchema), 'id'),
  /** The version of the privacy notice shown, recorded with each consent. */
  noticeVersion: text,
  noticeUrl: z.optional(z.url()),
});

export const consentRecordSchema = z.object({
  purposeId: id,
  granted: z.boolean(),
  at: isoDateTime,
  noticeVersion: text,
  source: text,
});

export const privacyPreferencesSchema = z.object({
  ...versionFields,
  preset: z.optional(z.enum([...privacyPresets, 'custom'])),
  purposes: z.record(id, z.boolean()),
  doNotSellOrShare: z.boolean(),
  profileVisibility: z.optional(z.enum(profileVisibilities)),
  /** True when the browser sent Global Privacy Control and it was honoured. */
  globalPrivacyControl: z.optional(z.boolean()),
  consents: z._default(z.array(consentRecordSchema), []),
});

export type PrivacyPurpose = z.infer<typeof privacyPurposeSchema>;
export type PrivacyCatalog = z.infer<typeof privacyCatalogSchema>;
export type ConsentRecord = z.infer<typeof consentRecordSchema>;
export type PrivacyPreferences = z.infer<typeof privacyPreferencesSchema>;
