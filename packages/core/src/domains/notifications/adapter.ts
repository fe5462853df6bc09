import type { ChangeMeta, PreferencesPatch, ReadOptions } from '../../adapter.js';
import type { ChangeRecord } from '../../schemas/common.js';
import type { NotificationCatalog, NotificationPreferences } from './schema.js';

/** What an adapter serves for the notification domain (see `adapter.ts` for the contract every method keeps). */
export interface NotificationsAdapter {
  getNotificationCatalog(options: ReadOptions): Promise<NotificationCatalog>;
  getNotificationPreferences(options: ReadOptions): Promise<NotificationPreferences>;
  updateNotificationPreferences(
    patch: PreferencesPatch<NotificationPreferences>,
    meta: ChangeMeta,
  ): Promise<NotificationPreferences>;
  /** Past changes, newest first, when the backend keeps them. */
  getNotificationHistory?(options: ReadOptions): Promise<ChangeRecord[]>;
  /**
   * Starts the host's own step that makes a channel ready (verify a phone, register a
   * device) and resolves once it is ready. Without it, the widget fires
   * `prefs-verify-channel` for the host to handle.
   */
  verifyNotificationChannel?(channelId: string, options: ReadOptions): Promise<void>;
}
