/** The privacy domain's fixed vocabularies, with no zod import (see notifications/values.ts). */
export const privacyPresets = ['strict', 'balanced', 'open'] as const;
export const profileVisibilities = ['private', 'contacts', 'public'] as const;
