import {
  ownValue,
  privacyCatalogSchema,
  privacyPreferencesSchema,
  type ConsentRecord,
  type PrivacyCatalog,
  type PrivacyPreferences,
} from '@prefcenter/core';
import type { Issues } from '../rules.js';
import type { Slot } from '../slot.js';
import type { LocalDomain } from './domain.js';

/** The privacy domain: purposes the customer grants, under a catalog, with a log of consents. */

/** The consent log keeps this many records; the oldest fall off. */
const CONSENT_LIMIT = 500;

export const catalogSlot: Slot<PrivacyCatalog> = {
  location: ['privacy', 'catalog'],
  schema: privacyCatalogSchema,
  what: 'privacy catalog',
};

export const privacy: LocalDomain<'privacy'> = {
  document: { location: ['privacy', 'preferences'], schema: privacyPreferencesSchema, what: 'privacy preferences' },
  // The consent log is the adapter's record of what was switched: a patch cannot write it.
  ownFields: ['consents'],
  rules({ before, after, issues, at, origin, read }) {
    const catalog = read(catalogSlot);
    checkPrivacy(before, after, catalog, issues);
    after.consents = [...before.consents, ...consentRecords(before, after, catalog, at, origin.source)].slice(
      -CONSENT_LIMIT,
    );
  },
  methods: ({ read, write, patched }) => ({
    getPrivacyCatalog: (options) => read('getPrivacyCatalog', options, catalogSlot),
    getPrivacyPreferences: (options) => read('getPrivacyPreferences', options, privacy.document),
    updatePrivacyPreferences: (patch, meta) =>
      write('updatePrivacyPreferences', 'privacy', meta, patched('privacy', patch)),
  }),
};

/** One consent record per purpose the change switched, with the notice version the customer saw. */
export function consentRecords(
  before: PrivacyPreferences,
  after: PrivacyPreferences,
  catalog: PrivacyCatalog,
  at: string,
  source: string,
): ConsentRecord[] {
  return Object.entries(after.purposes)
    .filter(([purposeId, granted]) => ownValue(before.purposes, purposeId) !== granted)
    .map(([purposeId, granted]) => ({ purposeId, granted, at, noticeVersion: catalog.noticeVersion, source }));
}

export function checkPrivacy(
  before: PrivacyPreferences,
  after: PrivacyPreferences,
  catalog: PrivacyCatalog,
  issues: Issues,
): void {
  const purposes = new Map(catalog.purposes.map((p) => [p.id, p]));
  for (const [purposeId, granted] of Object.entries(after.purposes)) {
    if (ownValue(before.purposes, purposeId) === granted) continue;
    const purpose = purposes.get(purposeId);
    if (!purpose) issues.add(['purposes', purposeId], `there is no purpose "${purposeId}".`);
    else if (purpose.essential && !granted) {
      issues.add(['purposes', purposeId], `${purpose.label} is essential and cannot be switched off.`);
    }
  }
  for (const [purposeId, granted] of Object.entries(before.purposes)) {
    // Dropped from the record altogether (a `null` in the patch).
    if (granted && purposes.get(purposeId)?.essential && ownValue(after.purposes, purposeId) === undefined) {
      issues.add(['purposes', purposeId], `${purposes.get(purposeId)!.label} is essential and cannot be switched off.`);
    }
  }
}
