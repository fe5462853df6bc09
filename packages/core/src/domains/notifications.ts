import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import {
  notificationCatalogSchema,
  notificationPreferencesSchema,
  type NotificationCatalog,
  type NotificationPreferences,
} from '../schemas/notifications.js';

export const notificationsDomain: DomainDefinition<NotificationPreferences, NotificationCatalog> = {
  domain: 'notifications',
  catalog: { method: 'getNotificationCatalog', schema: notificationCatalogSchema, name: 'notification catalog' },
  document: {
    read: 'getNotificationPreferences',
    write: 'updateNotificationPreferences',
    schema: notificationPreferencesSchema,
    name: 'notification preferences',
  },
};

export const notificationsMethods: readonly AdapterMethod[] = [
  'getNotificationCatalog',
  'getNotificationPreferences',
  'updateNotificationPreferences',
];
