import { domainAction, requiredMethods, type DefinitionOf, type DomainSpec } from '../../controller/domain-resource.js';
import { notificationCatalog, notificationPreferences } from '../../generated/checkers.js';
import { checkAdapterResponse } from '../../validate.js';
import { parseChangeHistory } from '../history.js';
import type { NotificationCatalog, NotificationPreferences } from './schema.js';

const action = domainAction<'notifications'>();

/** What a notification widget may ask of the adapter beyond reading and saving. */
const notificationActions = {
  /** The host's step that makes a channel ready (verify a phone, register a device); input: the channel id. */
  verifyChannel: action({
    method: 'verifyNotificationChannel',
    run: (adapter, channelId: string, meta) => adapter.verifyNotificationChannel(channelId, meta),
  }),
  /** Past changes, newest first. */
  history: action({
    method: 'getNotificationHistory',
    run: (adapter, _input: void, meta) => adapter.getNotificationHistory(meta),
    parse: parseChangeHistory,
  }),
};

/** The notification domain's action names, for `ResourceActions` (a misspelt one does not compile). */
export type NotificationActionName = keyof typeof notificationActions;

export const notificationsDomain: DefinitionOf<'notifications'> = {
  domain: 'notifications',
  catalogMethod: 'getNotificationCatalog',
  readMethod: 'getNotificationPreferences',
  writeMethod: 'updateNotificationPreferences',
  parsers: {
    // The schema declares the ids of sections, channels and categories unique (`uniqueBy`).
    parseCatalog: (value) =>
      checkAdapterResponse<NotificationCatalog>(notificationCatalog, value, 'notification catalog'),
    parseDocument: (value) =>
      checkAdapterResponse<NotificationPreferences>(notificationPreferences, value, 'notification preferences'),
  },
  actions: notificationActions,
} satisfies DomainSpec<'notifications'>;

/** What a notification widget cannot work without. */
export const notificationsMethods = requiredMethods(notificationsDomain);
