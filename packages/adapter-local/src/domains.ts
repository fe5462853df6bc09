import {
  changeHistorySchema,
  notificationCatalogSchema,
  notificationPreferencesSchema,
  paymentsSchema,
  privacyCatalogSchema,
  privacyPreferencesSchema,
  themeCatalogSchema,
  themePreferencesSchema,
  type ChangeRecord,
  type DomainDocuments,
  type NotificationCatalog,
  type PrefsDomain,
  type PrivacyCatalog,
  type ThemeCatalog,
  type parseAdapterResponse,
} from '@prefcenter/core';

/** A core schema; typed through core so that this package needs no zod of its own. */
type Schema = Parameters<typeof parseAdapterResponse>[0];

/** Where a piece of data lives in the stored state (which mirrors `LocalSeed`), and its schema. */
export interface Slot<T> {
  location: readonly string[];
  schema: Schema;
  what: string;
  /** What to serve when neither storage nor the seed has it. */
  fallback?: T;
  /** Never set: it carries the type the schema parses to. */
  type?: T;
}

export const documentSlots: { [D in PrefsDomain]: Slot<DomainDocuments[D]> } = {
  notifications: {
    location: ['notifications', 'preferences'],
    schema: notificationPreferencesSchema,
    what: 'notification preferences',
  },
  theme: { location: ['theme', 'preferences'], schema: themePreferencesSchema, what: 'theme preferences' },
  privacy: { location: ['privacy', 'preferences'], schema: privacyPreferencesSchema, what: 'privacy preferences' },
  payments: { location: ['payments'], schema: paymentsSchema, what: 'payment methods' },
};

export const catalogSlots = {
  notifications: {
    location: ['notifications', 'catalog'],
    schema: notificationCatalogSchema,
    what: 'notification catalog',
  } as Slot<NotificationCatalog>,
  theme: { location: ['theme', 'catalog'], schema: themeCatalogSchema, what: 'theme palette' } as Slot<ThemeCatalog>,
  privacy: {
    location: ['privacy', 'catalog'],
    schema: privacyCatalogSchema,
    what: 'privacy catalog',
  } as Slot<PrivacyCatalog>,
};

export const historySlot: Slot<ChangeRecord[]> = {
  location: ['notifications', 'history'],
  schema: changeHistorySchema,
  what: 'notification history',
  fallback: [],
};

export const domains = Object.keys(documentSlots) as PrefsDomain[];
