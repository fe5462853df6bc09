import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import type { PrivacyCatalog, PrivacyPreferences } from '../schemas/privacy.js';

export const privacyDomain: DomainDefinition<PrivacyPreferences, PrivacyCatalog> = {
  domain: 'privacy',
  catalogMethod: 'getPrivacyCatalog',
  readMethod: 'getPrivacyPreferences',
  writeMethod: 'updatePrivacyPreferences',
  parsers: () => import('./privacy.parsers.js'),
};

export const privacyMethods: readonly AdapterMethod[] = [
  'getPrivacyCatalog',
  'getPrivacyPreferences',
  'updatePrivacyPreferences',
];
