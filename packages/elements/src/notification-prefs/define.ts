import { define } from '@prefcenter/core';
import { NotificationPrefs } from './notification-prefs.js';

/** Registers <notification-prefs>, or the widget under a host-chosen tag name. */
export function defineNotificationPrefs(tagName = 'notification-prefs'): void {
  define(tagName, NotificationPrefs);
}

defineNotificationPrefs();

// Repeated from the class module so that importing only this entry (as hosts do) brings the
// tag's type: declaration output keeps no import that types do not use.
declare global {
  interface HTMLElementTagNameMap {
    'notification-prefs': NotificationPrefs;
  }
}
