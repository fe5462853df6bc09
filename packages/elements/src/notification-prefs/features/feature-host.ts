import type { NotificationActionName, NotificationCatalog, NotificationPreferences } from '@prefcenter/core';
import type { FeatureHost } from '@prefcenter/core/kit/feature-host';

/**
 * What a feature of <notification-prefs> (quiet hours, pause, marketing, a category's
 * frequency and threshold, history, undo) may use of the element: core's `FeatureHost`
 * for this domain. Each feature has a `render()` (category options: `renderFor(category)`,
 * drawn in the category's Options dialog).
 */
export type NotificationFeatureHost = FeatureHost<NotificationPreferences, NotificationCatalog, NotificationActionName>;
