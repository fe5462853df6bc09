import { privacyDomain, type PrivacyPreferences } from '@prefcenter/core';
import '../../../packages/elements/src/privacy-levels/define.js';
import { widgetConformance } from '../../shared/widget-conformance.js';
import { catalog, document, purposeSwitch } from './helpers.js';

widgetConformance({
  tag: 'privacy-levels',
  definition: privacyDomain,
  catalog,
  document: () => document(),
  change: async (el) => purposeSwitch(el, 'marketing').click(),
  changed: (el) => purposeSwitch(el, 'marketing').checked,
  stored: (doc: PrivacyPreferences) => doc.purposes.marketing === true,
  // Elsewhere the purpose's decision was cleared: neither what the customer saw nor what they chose.
  elsewhere: { purposes: { marketing: null } },
  settingName: 'Marketing',
  catalogWithText: (text) => {
    const c = catalog();
    c.purposes[4]!.label = text;
    c.purposes[4]!.description = text;
    return c;
  },
  malformed: () => {
    const c = catalog() as unknown as { purposes: Record<string, unknown>[] };
    c.purposes[1]!.dataUsed = 'settings';
    return { catalog: c, path: 'purposes[1].dataUsed' };
  },
});
