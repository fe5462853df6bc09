export { NotificationPrefs } from './notification-prefs.js';
export type { NotificationPartHost } from './parts/part-host.js';
