import { requiredMethods, type DefinitionOf, type DomainSpec } from '../../controller/domain-resource.js';
import { privacyCatalog, privacyPreferences } from '../../generated/schemas.js';
import { conformAdapterResponse } from '../../validate.js';
import type { PrivacyCatalog, PrivacyPreferences } from './schema.js';

export const privacyDomain: DefinitionOf<'privacy'> = {
  domain: 'privacy',
  catalogMethod: 'getPrivacyCatalog',
  readMethod: 'getPrivacyPreferences',
  writeMethod: 'updatePrivacyPreferences',
  parsers: {
    parseCatalog: (value) => conformAdapterResponse<PrivacyCatalog>(privacyCatalog, value, 'privacy catalog'),
    parseDocument: (value) =>
      conformAdapterResponse<PrivacyPreferences>(privacyPreferences, value, 'privacy preferences'),
  },
} satisfies DomainSpec<'privacy'>;

/** What a privacy widget cannot work without. */
export const privacyMethods = requiredMethods(privacyDomain);
