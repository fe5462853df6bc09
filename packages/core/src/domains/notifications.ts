import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import { notificationCatalog, notificationPreferences } from '../generated/schemas.js';
import type { NotificationCatalog, NotificationPreferences } from '../schemas/notifications.js';
import { conformAdapterResponse } from '../validate.js';

export const notificationsDomain: DomainDefinition<NotificationPreferences, NotificationCatalog> = {
  domain: 'notifications',
  catalogMethod: 'getNotificationCatalog',
  readMethod: 'getNotificationPreferences',
  writeMethod: 'updateNotificationPreferences',
  parsers: {
    // The schema declares the ids of sections, channels and categories unique (`uniqueBy`).
    parseCatalog: (value) =>
      conformAdapterResponse<NotificationCatalog>(notificationCatalog, value, 'notification catalog'),
    parseDocument: (value) =>
      conformAdapterResponse<NotificationPreferences>(notificationPreferences, value, 'notification preferences'),
  },
};

export const notificationsMethods: readonly AdapterMethod[] = [
  'getNotificationCatalog',
  'getNotificationPreferences',
  'updateNotificationPreferences',
];
