import * as z from 'zod/mini';
import { consentActors, consentDecisions, consentSources, privacyPresets, profileVisibilities } from './values.js';
import { id, isoDateTime, keyId, text, uniqueBy, versionFields } from '../../schemas/common.js';

export const privacyPurposeSchema = z.object({
  /** e.g. `essential`, `functional`, `analytics`, `personalised-offers`, `marketing`, `partners`. */
  id: keyId,
  label: text,
  description: z.optional(text),
  /** What data the purpose uses, in plain words ("Pages you visit", "Your transactions"). */
  dataUsed: z._default(z.array(text), []),
  /** How long a consent lasts, in days; absent when it lasts until withdrawn. */
  durationDays: z.optional(z.number().check(z.int(), z.minimum(1))),
  /** Essential purposes are always on and shown locked. */
  essential: z._default(z.boolean(), false),
  /** Why an essential purpose cannot be switched off, shown beside its lock. */
  essentialReason: z.optional(text),
  /** Switching it off asks the customer to confirm first (the catalog decides; most do not). */
  confirmWithdrawal: z._default(z.boolean(), false),
  /** A sensitive purpose: the backend may ask the customer to confirm who they are (`reauth-required`). */
  sensitive: z._default(z.boolean(), false),
  /** Its terms changed in this notice version: what changed, asked again of customers who accepted an older one. */
  changed: z.optional(z.object({ summary: text })),
});

export const privacyPresetSchema = z.object({
  id: z.enum(privacyPresets),
  /** The purposes this preset switches on; every other purpose but the essential ones goes off. */
  purposes: z.array(id),
});

export const privacyCatalogSchema = z.object({
  // The document keeps a choice per purpose id: a repeated one would be two switches for one choice.
  purposes: uniqueBy(z.array(privacyPurposeSchema), 'id'),
  presets: z._default(uniqueBy(z.array(privacyPresetSchema), 'id'), []),
  /** The purposes Global Privacy Control covers: the signal turns these off ("do not sell or share"). */
  gpcPurposes: z._default(z.array(id), []),
  /** The profile visibility choices offered, in order; none offered when empty. */
  visibilityOptions: z._default(z.array(z.enum(profileVisibilities)), []),
  /** The notice shown, recorded with each consent. */
  noticeId: z.optional(text),
  noticeVersion: text,
  /** A hash of the notice text shown, when the institution provides one (recorded as 27560's "notice hash"). */
  noticeTextHash: z.optional(text),
  noticeUrl: z.optional(z.url()),
  /** The notice's language, e.g. `en`. */
  language: z.optional(text),
  /** The law the consent is given under, e.g. `EU`, `US-CA`. */
  jurisdiction: z.optional(text),
});

/** One decision about one purpose, never edited once written (ISO/IEC TS 27560 field names where they fit). */
export const consentRecordSchema = z.object({
  id,
  purpose: id,
  decision: z.enum(consentDecisions),
  time: isoDateTime,
  noticeId: z.optional(text),
  noticeVersion: text,
  textHash: z.optional(text),
  language: z.optional(text),
  source: z.enum(consentSources),
  /** How it was expressed: the channel the change came through ("web", "mobile app", "branch"). */
  method: z.optional(text),
  actor: z._default(z.enum(consentActors), 'customer'),
  jurisdiction: z.optional(text),
  /** The id of the record this one follows for the same purpose. */
  previous: z.optional(id),
});

export const privacyPreferencesSchema = z.object({
  ...versionFields,
  preset: z.optional(z.enum([...privacyPresets, 'custom'])),
  purposes: z.record(id, z.boolean()),
  /** Where each purpose's current decision came from; the adapter records it with the decision. */
  sources: z._default(z.record(id, z.enum(consentSources)), {}),
  doNotSellOrShare: z.boolean(),
  profileVisibility: z.optional(z.enum(profileVisibilities)),
  /** True when the browser sent Global Privacy Control and it was honoured. */
  globalPrivacyControl: z.optional(z.boolean()),
  /** The notice version the customer last reviewed; older than the catalog's, changed purposes are asked again. */
  noticeVersion: z.optional(text),
  /** The consent records, oldest first: the adapter appends to them and never edits one. */
  consents: z._default(uniqueBy(z.array(consentRecordSchema), 'id'), []),
});

export type PrivacyPurpose = z.infer<typeof privacyPurposeSchema>;
export type PrivacyPresetDefinition = z.infer<typeof privacyPresetSchema>;
export type PrivacyCatalog = z.infer<typeof privacyCatalogSchema>;
export type ConsentRecord = z.infer<typeof consentRecordSchema>;
export type PrivacyPreferences = z.infer<typeof privacyPreferencesSchema>;
