import { define } from '@prefcenter/core';
import { NotificationPrefs } from './notification-prefs.js';

/** Registers <notification-prefs>, or the widget under a host-chosen tag name. */
export function defineNotificationPrefs(tagName = 'notification-prefs'): void {
  define(tagName, NotificationPrefs);
}

defineNotificationPrefs();
