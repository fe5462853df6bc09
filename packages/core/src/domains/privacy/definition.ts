import { requiredMethods, type DefinitionOf, type DomainSpec } from '../../controller/domain-resource.js';
import { privacyCatalog, privacyPreferences } from '../../generated/checkers.js';
import { checkAdapterResponse } from '../../validate.js';
import { privacyCatalogProblem, privacyDocumentProblem, refuseProblem } from './rules.js';
import type { PrivacyCatalog, PrivacyPreferences } from './schema.js';

export const privacyDomain: DefinitionOf<'privacy'> = {
  domain: 'privacy',
  catalogMethod: 'getPrivacyCatalog',
  readMethod: 'getPrivacyPreferences',
  writeMethod: 'updatePrivacyPreferences',
  parsers: {
    // Beyond the schema: presets and the GPC list name known purposes, no record is dated ahead.
    parseCatalog: (value) =>
      refuseProblem(
        checkAdapterResponse<PrivacyCatalog>(privacyCatalog, value, 'privacy catalog'),
        'privacy catalog',
        privacyCatalogProblem,
      ),
    parseDocument: (value) =>
      refuseProblem(
        checkAdapterResponse<PrivacyPreferences>(privacyPreferences, value, 'privacy preferences'),
        'privacy preferences',
        (document) => privacyDocumentProblem(document),
      ),
  },
} satisfies DomainSpec<'privacy'>;

/** What a privacy widget cannot work without. */
export const privacyMethods = requiredMethods(privacyDomain);
