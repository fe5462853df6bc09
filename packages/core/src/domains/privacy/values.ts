/** The privacy domain's fixed vocabularies, with no zod import (see notifications/values.ts). */
export const privacyPresets = ['strict', 'balanced', 'open'] as const;
export const profileVisibilities = ['private', 'contacts', 'public'] as const;
/**
 * Where a decision came from (ISO/IEC TS 27560 "source" of a consent record): the customer
 * switching a purpose in the widget, a preset, the browser's Global Privacy Control, or an import.
 */
export const consentSources = ['widget', 'preset', 'gpc', 'import'] as const;
/** What a record says of a purpose (27560 "consent status"): withdrawn is a given consent taken back. */
export const consentDecisions = ['given', 'refused', 'withdrawn'] as const;
/** Who made the decision: the customer, or someone acting for them. */
export const consentActors = ['customer', 'delegate'] as const;

export type PrivacyPreset = (typeof privacyPresets)[number];
export type ProfileVisibility = (typeof profileVisibilities)[number];
export type ConsentSource = (typeof consentSources)[number];
export type ConsentDecision = (typeof consentDecisions)[number];
export type ConsentActor = (typeof consentActors)[number];
