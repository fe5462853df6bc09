import { notificationsDomain, type NotificationCatalog, type NotificationPreferences } from '@prefcenter/core';
import '../../../packages/elements/src/notification-prefs/define.js';
import { widgetConformance } from '../../shared/widget-conformance.js';
import { $, button, control, smallCatalog, smallPreferences } from './helpers.js';

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
  actions: {
    verifyChannel: {
      trigger: (el) => button(el, 'Verify phone number').click(),
      control: (el) => button(el, 'Verify phone number'),
      failure: (el) => $<HTMLElement>(el, '[data-channel="sms"] [role="alert"]'),
      retry: (el) => button(el, 'Verify phone number').click(),
      // The step made the phone verified: the catalog, read again, says SMS is ready.
      answer: (backend) => {
        (backend.catalog as NotificationCatalog).channels[1]!.ready = true;
        return undefined;
      },
      done: (el) => !$(el, '[data-channel="sms"]'),
    },
    history: {
      trigger: (el) => $(el, '.pc-history summary').click(),
      failure: (el) => $<HTMLElement>(el, '.pc-history-error'),
      retry: (el) => button(el, 'Retry').click(),
      answer: () => [{ id: 'h1', at: '2025-05-01T10:00:00Z', summary: 'Email for Statements: on' }],
      done: (el) => $(el, '.pc-history-list')?.textContent?.includes('Email for Statements: on') ?? false,
      read: true,
    },
  },
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
