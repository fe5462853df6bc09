import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import {
  privacyCatalogSchema,
  privacyPreferencesSchema,
  type PrivacyCatalog,
  type PrivacyPreferences,
} from '../schemas/privacy.js';

export const privacyDomain: DomainDefinition<PrivacyPreferences, PrivacyCatalog> = {
  domain: 'privacy',
  catalog: { method: 'getPrivacyCatalog', schema: privacyCatalogSchema, name: 'privacy catalog' },
  document: {
    read: 'getPrivacyPreferences',
    write: 'updatePrivacyPreferences',
    schema: privacyPreferencesSchema,
    name: 'privacy preferences',
  },
};

export const privacyMethods: readonly AdapterMethod[] = [
  'getPrivacyCatalog',
  'getPrivacyPreferences',
  'updatePrivacyPreferences',
];
