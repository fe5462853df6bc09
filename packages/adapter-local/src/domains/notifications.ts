import {
  AdapterError,
  changeHistorySchema,
  newIdempotencyKey,
  notificationCatalogSchema,
  notificationPreferencesSchema,
  ownValue,
  type ChangeRecord,
  type NotificationCatalog,
  type NotificationPreferences,
} from '@prefcenter/core';
import { appendRecord, describeNotificationChange, notificationRecord } from '../history.js';
import type { Issues } from '../rules.js';
import type { Slot } from '../slot.js';
import type { LocalDomain } from './domain.js';

/** The notification domain: preferences, the catalog they are made under, and a history of changes. */

export const catalogSlot: Slot<NotificationCatalog> = {
  location: ['notifications', 'catalog'],
  schema: notificationCatalogSchema,
  what: 'notification catalog',
};

export const historySlot: Slot<ChangeRecord[]> = {
  location: ['notifications', 'history'],
  schema: changeHistorySchema,
  what: 'notification history',
  fallback: [],
};

export const notifications: LocalDomain<'notifications'> = {
  document: {
    location: ['notifications', 'preferences'],
    schema: notificationPreferencesSchema,
    what: 'notification preferences',
  },
  rules({ before, after, issues, also, at, origin, read }) {
    const catalog = read(catalogSlot);
    checkNotifications(before, after, catalog, issues);
    if (issues.any) return;
    const parts = describeNotificationChange(before, after, catalog);
    const record = notificationRecord(parts, at, origin.source, origin.patch, `chg_${newIdempotencyKey()}`);
    if (record) also.push([historySlot, appendRecord(read(historySlot), record)]);
  },
  methods: ({ store, gate, read, write, patched }) => ({
    getNotificationCatalog: (options) => read('getNotificationCatalog', options, catalogSlot),
    getNotificationPreferences: (options) => read('getNotificationPreferences', options, notifications.document),
    updateNotificationPreferences: (patch, meta) =>
      write('updateNotificationPreferences', 'notifications', meta, patched('notifications', patch)),
    getNotificationHistory: (options) => read('getNotificationHistory', options, historySlot),
    async verifyNotificationChannel(channelId, options) {
      await gate('verifyNotificationChannel', options?.signal);
      const state = store.load();
      const catalog = store.read(state, catalogSlot);
      const channel = catalog.channels.find((c) => c.id === channelId);
      if (!channel) throw new AdapterError('not-found', `There is no notification channel "${String(channelId)}".`);
      if (channel.ready) return;
      channel.ready = true;
      store.write(state, [[catalogSlot, catalog]]);
    },
  }),
};

const requirementText: Record<string, string> = {
  'verified-phone': 'a verified phone number',
  'registered-device': 'a registered device',
  'verified-email': 'a verified email address',
  'postal-address': 'a postal address',
};

export function checkNotifications(
  before: NotificationPreferences,
  after: NotificationPreferences,
  catalog: NotificationCatalog,
  issues: Issues,
): void {
  const categories = new Map(catalog.categories.map((c) => [c.id, c]));
  const channels = new Map(catalog.channels.map((c) => [c.id, c]));

  for (const [categoryId, row] of Object.entries(after.subscriptions)) {
    const category = categories.get(categoryId);
    for (const [channelId, on] of Object.entries(row)) {
      if (ownValue(ownValue(before.subscriptions, categoryId), channelId) === on) continue;
      const path = ['subscriptions', categoryId, channelId];
      const channel = channels.get(channelId);
      if (!category) issues.add(path, `there is no category "${categoryId}".`);
      else if (!channel || !category.channels.includes(channelId)) {
        issues.add(path, `${category.label} is not sent by ${channel?.label ?? channelId}.`);
      } else if (on && !channel.ready) {
        const needs = channel.requires ? requirementText[channel.requires] : 'setting up';
        issues.add(path, `${channel.label} is not ready yet: it needs ${needs}.`);
      }
    }
  }
  for (const [categoryId, row] of Object.entries(before.subscriptions)) {
    const required = categories.get(categoryId)?.required;
    if (!required) continue;
    for (const [channelId, on] of Object.entries(row)) {
      if (on && ownValue(ownValue(after.subscriptions, categoryId), channelId) !== true) {
        issues.add(['subscriptions', categoryId, channelId], `this notification is required: ${required.reason}`);
      }
    }
  }

  for (const [categoryId, frequency] of Object.entries(after.frequency)) {
    if (ownValue(before.frequency, categoryId) === frequency) continue;
    const category = categories.get(categoryId);
    const path = ['frequency', categoryId];
    if (!category) issues.add(path, `there is no category "${categoryId}".`);
    else if (!category.frequencies?.includes(frequency)) {
      issues.add(path, `${category.label} cannot be sent as "${frequency}".`);
    }
  }

  for (const [categoryId, value] of Object.entries(after.thresholds)) {
    if (ownValue(before.thresholds, categoryId) === value) continue;
    const threshold = categories.get(categoryId)?.threshold;
    const path = ['thresholds', categoryId];
    if (!threshold) issues.add(path, `"${categoryId}" has no threshold.`);
    else if (!Number.isFinite(value)) issues.add(path, 'must be a number.');
    else if (threshold.min !== undefined && value < threshold.min)
      issues.add(path, `must be at least ${threshold.min}.`);
    else if (threshold.max !== undefined && value > threshold.max)
      issues.add(path, `must be at most ${threshold.max}.`);
    else if (threshold.kind === 'payment-due-days' && !Number.isInteger(value)) issues.add(path, 'must be whole days.');
  }

  const timeZone = after.quietHours?.timeZone;
  if (timeZone && timeZone !== before.quietHours?.timeZone && !isTimeZone(timeZone)) {
    issues.add(['quietHours', 'timeZone'], `"${timeZone}" is not a known time zone.`);
  }
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
