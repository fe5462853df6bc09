import {
  newIdempotencyKey,
  ownValue,
  privacyCatalogSchema,
  privacyPreferencesSchema,
  type ConsentRecord,
  type ConsentSource,
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
    if (issues.any) return;
    recordConsents(before, after, catalog, at, origin.source, origin.patch);
  },
  methods: ({ read, write, patched }) => ({
    getPrivacyCatalog: (options) => read('getPrivacyCatalog', options, catalogSlot),
    getPrivacyPreferences: (options) => read('getPrivacyPreferences', options, privacy.document),
    updatePrivacyPreferences: (patch, meta) =>
      write('updatePrivacyPreferences', 'privacy', meta, patched('privacy', patch)),
  }),
};

/**
 * Writes the consent log of a change that passed `checkPrivacy`: a record for each decision
 * (`consentRecords`), appended to the log of `before` and kept to its limit. The one way
 * both backends (this adapter and the reference server) keep it. `patch` is the customer's
 * merge patch, when the change is one.
 */
export function recordConsents(
  before: PrivacyPreferences,
  after: PrivacyPreferences,
  catalog: PrivacyCatalog,
  at: string,
  method: string,
  patch?: unknown,
): void {
  const records = consentRecords(before, after, catalog, at, method, namedSources(patch));
  after.consents = appendConsents(before.consents, records, CONSENT_LIMIT);
}

/**
 * The purposes whose source the patch itself names. A second preset in a row names
 * `preset` again, the same as the document already has: only the patch can tell that apart
 * from a switch that named no source at all.
 */
export function namedSources(patch: unknown): ReadonlySet<string> | undefined {
  if (typeof patch !== 'object' || patch === null || !Object.hasOwn(patch, 'sources')) return undefined;
  const sources = (patch as { sources: unknown }).sources;
  if (typeof sources !== 'object' || sources === null) return new Set();
  return new Set(
    Object.keys(sources).filter((purpose) => typeof ownValue(sources as Record<string, unknown>, purpose) === 'string'),
  );
}

/**
 * One new consent record per purpose the change switched, linked to the purpose's previous
 * record, with the notice the customer saw; the records before are kept as they were. A
 * purpose whose source the change did not name was switched in the widget (a source left
 * from an earlier preset or signal would misstate this decision), and `after.sources` says so.
 * `named` lists the purposes the patch gave a source; without it (a change from elsewhere),
 * a source that differs from the one before counts as named.
 */
export function consentRecords(
  before: PrivacyPreferences,
  after: PrivacyPreferences,
  catalog: PrivacyCatalog,
  at: string,
  method: string,
  named?: ReadonlySet<string>,
): ConsentRecord[] {
  const last = new Map<string, ConsentRecord>();
  for (const record of before.consents) last.set(record.purpose, record);
  const essential = new Set(catalog.purposes.filter((p) => p.essential).map((p) => p.id));
  // Answers to the catalog's notice, newly reviewed: each purpose they name is recorded again.
  const reviewing = after.noticeVersion === catalog.noticeVersion && before.noticeVersion !== catalog.noticeVersion;
  const sources = new Map<string, ConsentSource>();
  const records: ConsentRecord[] = [];
  // Both sides' purposes: one dropped from the document (`null`) is off, and its withdrawal is recorded.
  for (const purpose of new Set([...Object.keys(before.purposes), ...Object.keys(after.purposes)])) {
    const was = ownValue(before.purposes, purpose) === true;
    const granted = ownValue(after.purposes, purpose) === true;
    const reaffirmed = reviewing && named?.has(purpose) === true && !essential.has(purpose);
    const kept = ownValue(before.sources, purpose);
    if (was === granted && !reaffirmed) {
      // No decision, so no new source: a source belongs to a recorded decision.
      if (kept !== undefined) sources.set(purpose, kept);
      continue;
    }
    const given = ownValue(after.sources, purpose);
    const isNamed = named ? named.has(purpose) : given !== kept;
    const source = given && isNamed ? given : 'widget';
    sources.set(purpose, source);
    const previous = last.get(purpose);
    records.push({
      id: `rec_${newIdempotencyKey()}`,
      purpose,
      decision: granted ? 'given' : previous?.decision === 'given' || was ? 'withdrawn' : 'refused',
      time: at,
      ...(catalog.noticeId !== undefined && { noticeId: catalog.noticeId }),
      noticeVersion: catalog.noticeVersion,
      ...(catalog.noticeTextHash !== undefined && { textHash: catalog.noticeTextHash }),
      ...(catalog.language !== undefined && { language: catalog.language }),
      source,
      method,
      actor: 'customer',
      ...(catalog.jurisdiction !== undefined && { jurisdiction: catalog.jurisdiction }),
      ...(previous && { previous: previous.id }),
    });
  }
  after.sources = Object.fromEntries(sources);
  return records;
}

/**
 * The log with `records` appended, kept to `limit` records by dropping the oldest, but never
 * a purpose's latest record: it is the proof of the decision in force.
 */
export function appendConsents(log: ConsentRecord[], records: ConsentRecord[], limit: number): ConsentRecord[] {
  const all = [...log, ...records];
  if (all.length <= limit) return all;
  const latest = new Map<string, ConsentRecord>();
  for (const record of all) latest.set(record.purpose, record);
  const keep = new Set(latest.values());
  let drop = all.length - limit;
  return all.filter((record) => keep.has(record) || drop-- <= 0);
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
  for (const purposeId of Object.keys(after.sources)) {
    const source = ownValue(after.sources, purposeId);
    const earlier = ownValue(before.sources, purposeId);
    if (!purposes.has(purposeId) && earlier === undefined) {
      issues.add(['sources', purposeId], `there is no purpose "${purposeId}".`);
    } else if (source === 'gpc' && source !== earlier && ownValue(after.purposes, purposeId)) {
      // The signal only ever turns a purpose off: a grant it is said to have made is not the customer's.
      issues.add(['sources', purposeId], 'Global Privacy Control cannot give a consent.');
    }
  }
  // A customer reviews the notice they are shown, the catalog's, and no other.
  if (
    after.noticeVersion !== undefined &&
    after.noticeVersion !== before.noticeVersion &&
    after.noticeVersion !== catalog.noticeVersion
  ) {
    issues.add(['noticeVersion'], `the notice shown is version "${catalog.noticeVersion}".`);
  }
}
