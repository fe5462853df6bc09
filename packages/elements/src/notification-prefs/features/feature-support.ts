import type { NotificationCatalog, NotificationFrequency } from '@prefcenter/core';
import type { listOf } from '@prefcenter/core/kit/intl-input';
import type { NotificationFeatureHost } from './feature-host.js';

/** A local date and time as an ISO 8601 string with the local offset, e.g. `2025-06-10T00:00:00+02:00`. */
export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** How often a category is sent, in words: "Immediately", "Daily digest", "Weekly digest". */
export function frequencyLabel(host: NotificationFeatureHost, frequency: NotificationFrequency): string {
  switch (frequency) {
    case 'immediate':
      return host.text('notification-prefs.category-options.frequency.immediate', 'Immediately');
    case 'daily':
      return host.text('notification-prefs.category-options.frequency.daily', 'Daily digest');
    case 'weekly':
      return host.text('notification-prefs.category-options.frequency.weekly', 'Weekly digest');
  }
}

/**
 * A list of alert names (`listOf`) in one of the features' sentences, the names beyond the
 * first ones counted: "Statements, Password changed and 2,539 more".
 */
export function alertList(
  host: NotificationFeatureHost,
  names: ReturnType<typeof listOf<NotificationCatalog>>,
): string {
  return names(host.catalog, (count) => host.text('notification-prefs.list-more', '{count} more', { count }));
}
