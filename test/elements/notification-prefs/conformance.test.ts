import { notificationsDomain, type NotificationPreferences } from '@prefcenter/core';
import '../../../packages/elements/src/notification-prefs/define.js';
import { widgetConformance } from '../../shared/widget-conformance.js';
import { control, smallCatalog, smallPreferences } from './helpers.js';

const cell = 'Push for Large transactions';

widgetConformance({
  tag: 'notification-prefs',
  definition: notificationsDomain,
  catalog: smallCatalog,
  document: smallPreferences,
  change: async (el) => control(el, cell).click(),
  changed: (el) => control(el, cell).getAttribute('aria-checked') === 'true',
  stored: (doc: NotificationPreferences) => doc.subscriptions['large-transaction']?.push === true,
  // Elsewhere the setting was cleared: neither what the customer saw nor what they chose.
  elsewhere: { subscriptions: { 'large-transaction': { push: null } } },
  settingName: cell,
  catalogWithText: (text) => {
    const catalog = smallCatalog();
    catalog.categories[1]!.label = text;
    catalog.sections[0]!.description = text;
    return catalog;
  },
  malformed: () => {
    const catalog = smallCatalog() as unknown as { categories: Record<string, unknown>[] };
    catalog.categories[1]!.channels = 'email';
    return { catalog, path: 'categories[1].channels' };
  },
});
