import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import type { NotificationCatalog, NotificationPreferences } from '../schemas/notifications.js';

export const notificationsDomain: DomainDefinition<NotificationPreferences, NotificationCatalog> = {
  domain: 'notifications',
  catalogMethod: 'getNotificationCatalog',
  readMethod: 'getNotificationPreferences',
  writeMethod: 'updateNotificationPreferences',
  parsers: () => import('./notifications.parsers.js'),
};

export const notificationsMethods: readonly AdapterMethod[] = [
  'getNotificationCatalog',
  'getNotificationPreferences',
  'updateNotificationPreferences',
];
