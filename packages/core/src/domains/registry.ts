import type { NotificationsAdapter } from './notifications/adapter.js';
import type { NotificationCatalog, NotificationPreferences } from './notifications/schema.js';
import type { PaymentsAdapter } from './payments/adapter.js';
import type { Payments } from './payments/schema.js';
import type { PrivacyAdapter } from './privacy/adapter.js';
import type { PrivacyCatalog, PrivacyPreferences } from './privacy/schema.js';
import type { ThemeAdapter } from './theme/adapter.js';
import type { ThemeCatalog, ThemePreferences } from './theme/schema.js';

/** What a domain is to the rest of core: the document a customer edits, its catalog, and its adapter interface. */
export interface DomainTypes<Document, Catalog, Adapter> {
  document: Document;
  /** `undefined` for a domain without a catalog. */
  catalog: Catalog;
  adapter: Adapter;
}

/**
 * Every domain, one line each (the folder beside this file holds the rest). The domain
 * names, their documents and the adapter's methods are derived from here, so a domain
 * added here is known to `subscribe`, to `PrefsAdapter` and to the method checks at once.
 */
export interface DomainRegistry {
  notifications: DomainTypes<NotificationPreferences, NotificationCatalog, NotificationsAdapter>;
  theme: DomainTypes<ThemePreferences, ThemeCatalog, ThemeAdapter>;
  privacy: DomainTypes<PrivacyPreferences, PrivacyCatalog, PrivacyAdapter>;
  payments: DomainTypes<Payments, undefined, PaymentsAdapter>;
}

/** The domains an adapter can serve; `subscribe` takes one of these. */
export type PrefsDomain = keyof DomainRegistry;

export type DomainDocuments = { [D in PrefsDomain]: DomainRegistry[D]['document'] };
export type DomainCatalogs = { [D in PrefsDomain]: DomainRegistry[D]['catalog'] };
export type DomainAdapters = { [D in PrefsDomain]: DomainRegistry[D]['adapter'] };

type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** Every domain's adapter interface at once, each method as its domain declares it. */
export type AllDomainAdapters = Intersection<DomainAdapters[PrefsDomain]>;
