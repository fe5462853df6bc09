import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import { privacyCatalog, privacyPreferences } from '../generated/schemas.js';
import type { PrivacyCatalog, PrivacyPreferences } from '../schemas/privacy.js';
import { conformAdapterResponse } from '../validate.js';

export const privacyDomain: DomainDefinition<PrivacyPreferences, PrivacyCatalog> = {
  domain: 'privacy',
  catalogMethod: 'getPrivacyCatalog',
  readMethod: 'getPrivacyPreferences',
  writeMethod: 'updatePrivacyPreferences',
  parsers: {
    parseCatalog: (value) => conformAdapterResponse<PrivacyCatalog>(privacyCatalog, value, 'privacy catalog'),
    parseDocument: (value) =>
      conformAdapterResponse<PrivacyPreferences>(privacyPreferences, value, 'privacy preferences'),
  },
};

export const privacyMethods: readonly AdapterMethod[] = [
  'getPrivacyCatalog',
  'getPrivacyPreferences',
  'updatePrivacyPreferences',
];
