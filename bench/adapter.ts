import { generateNotificationSeed } from '@prefcenter/adapter-local';
import { applyMergePatch, type NotificationPreferences, type NotificationsAdapter } from '@prefcenter/core';

/**
 * An adapter that answers at once, so the timings are the page's own. It keeps the
 * change it is sent (as a backend would), so a saved switch stays switched.
 */
export function instantAdapter(count: number): NotificationsAdapter {
  const seed = generateNotificationSeed(count);
  let doc: NotificationPreferences = seed.preferences;
  return {
    getNotificationCatalog: async () => structuredClone(seed.catalog),
    getNotificationPreferences: async () => structuredClone(doc),
    updateNotificationPreferences: async (patch, meta) => {
      doc = { ...applyMergePatch(doc, patch), version: meta.version + 1 };
      return structuredClone(doc);
    },
  };
}
