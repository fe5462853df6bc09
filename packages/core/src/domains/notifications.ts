import type { AdapterMethod } from '../adapter.js';
import type { DomainDefinition } from '../controller/domain-resource.js';
import { notificationCatalog, notificationPreferences } from '../generated/schemas.js';
import type { NotificationCatalog, NotificationPreferences } from '../schemas/notifications.js';
import { conformAdapterResponse } from '../validate.js';
import { parseChangeHistory } from './history.js';

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
  actions: {
    /** The host's step that makes a channel ready (verify a phone, register a device); input: the channel id. */
    verifyChannel: {
      method: 'verifyNotificationChannel',
      run: (adapter, channelId: string, meta) => adapter.verifyNotificationChannel!(channelId, meta),
    },
    /** Past changes, newest first. */
    history: {
      method: 'getNotificationHistory',
      run: (adapter, _input: void, meta) => adapter.getNotificationHistory!(meta),
      parse: parseChangeHistory,
    },
  },
};

export const notificationsMethods: readonly AdapterMethod[] = [
  'getNotificationCatalog',
  'getNotificationPreferences',
  'updateNotificationPreferences',
];
