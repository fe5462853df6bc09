export { NotificationPrefs } from './notification-prefs.js';
export type { NotificationFeatureHost } from './features/feature-host.js';
