import {
  ownValue,
  type ChangeRecord,
  type NotificationCatalog,
  type NotificationFrequency,
  type NotificationPreferences,
  type QuietHours,
} from '@prefcenter/core';

/** How many records the history keeps; the oldest fall off. */
export const HISTORY_LIMIT = 200;

const SUMMARY_LIMIT = 2000;

const frequencyText: Record<NotificationFrequency, string> = {
  immediate: 'immediately',
  daily: 'daily digest',
  weekly: 'weekly digest',
};

const list = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
const onOff = (on: boolean) => (on ? 'on' : 'off');

interface SubscriptionChange {
  category: string;
  channel: string;
  on: boolean;
}

/**
 * What changed between two versions of the notification preferences, in plain English
 * built from the catalog's labels, e.g. "SMS for Large transactions: on". The history
 * is for the customer, so it describes the effect, not the patch that was sent.
 */
export function describeNotificationChange(
  before: NotificationPreferences,
  after: NotificationPreferences,
  catalog: NotificationCatalog,
): string[] {
  const categoryLabel = (id: string) => catalog.categories.find((c) => c.id === id)?.label ?? id;
  const channelLabel = (id: string) => catalog.channels.find((c) => c.id === id)?.label ?? id;
  const parts = describeSubscriptions(before, after, catalog, categoryLabel, channelLabel);

  const categoryOrder = catalog.categories.map((c) => c.id);
  const inOrder = (...objects: object[]) =>
    keysOf(...objects).sort((a, b) => rank(categoryOrder, a) - rank(categoryOrder, b));

  for (const id of inOrder(before.frequency, after.frequency)) {
    const value = ownValue(after.frequency, id);
    if (value === ownValue(before.frequency, id)) continue;
    parts.push(`${categoryLabel(id)}: ${value ? frequencyText[value] : 'default frequency'}`);
  }

  for (const id of inOrder(before.thresholds, after.thresholds)) {
    const value = ownValue(after.thresholds, id);
    if (value === ownValue(before.thresholds, id)) continue;
    const kind = catalog.categories.find((c) => c.id === id)?.threshold?.kind;
    let text = 'default threshold';
    if (value !== undefined) {
      const money = () => new Intl.NumberFormat('en', { style: 'currency', currency: catalog.currency }).format(value);
      if (kind === 'payment-due-days') text = `${value} ${value === 1 ? 'day' : 'days'} ahead`;
      else if (kind === 'balance-below') text = `alert below ${money()}`;
      else if (kind === 'transaction-over') text = `alert over ${money()}`;
      else text = `threshold ${value}`;
    }
    parts.push(`${categoryLabel(id)}: ${text}`);
  }

  parts.push(...describeQuietHours(before.quietHours, after.quietHours));

  if (after.pausedUntil !== before.pausedUntil) {
    parts.push(after.pausedUntil ? `Paused until ${formatInstant(after.pausedUntil, after)}` : 'Pause ended');
  }

  const granted = after.marketingConsent?.granted;
  if (granted !== undefined && granted !== before.marketingConsent?.granted) {
    parts.push(`Marketing: consent ${granted ? 'given' : 'withdrawn'}`);
  }
  return parts;
}

function describeSubscriptions(
  before: NotificationPreferences,
  after: NotificationPreferences,
  catalog: NotificationCatalog,
  categoryLabel: (id: string) => string,
  channelLabel: (id: string) => string,
): string[] {
  const changes: SubscriptionChange[] = [];
  // Catalog order reads naturally; anything not in the catalog comes last.
  const categoryOrder = [...catalog.categories.map((c) => c.id), ...keysOf(before.subscriptions, after.subscriptions)];
  const channelOrder = catalog.channels.map((c) => c.id);
  for (const category of new Set(categoryOrder)) {
    // Ids are the catalog's: a category named `constructor` has no row until one is stored.
    const was = ownValue(before.subscriptions, category) ?? {};
    const now = ownValue(after.subscriptions, category) ?? {};
    const channels = keysOf(was, now).sort((a, b) => rank(channelOrder, a) - rank(channelOrder, b));
    for (const channel of channels) {
      const on = ownValue(now, channel) === true;
      if (on !== (ownValue(was, channel) === true)) changes.push({ category, channel, on });
    }
  }

  // "Email and SMS for Low balance: on", one line per category and direction...
  const byCategory = groupBy(changes, (c) => `${c.category}\u0000${c.on}`);
  if (byCategory.length <= 3) {
    return byCategory.map((group) => {
      const { category, on } = group[0]!;
      return `${list(group.map((c) => channelLabel(c.channel)))} for ${categoryLabel(category)}: ${onOff(on)}`;
    });
  }
  // ...or, when a whole channel or many categories changed at once, one line per channel.
  return groupBy(changes, (c) => `${c.channel}\u0000${c.on}`).map((group) => {
    const { channel, on } = group[0]!;
    const what = group.length === 1 ? categoryLabel(group[0]!.category) : `${group.length} categories`;
    return `${channelLabel(channel)} for ${what}: ${onOff(on)}`;
  });
}

function describeQuietHours(before: QuietHours | undefined, after: QuietHours | undefined): string[] {
  const wasOn = before?.enabled === true;
  if (!after?.enabled) return wasOn ? ['Quiet hours: off'] : [];
  const parts: string[] = [];
  const zoneChanged = wasOn && before.timeZone !== after.timeZone;
  if (!wasOn || before.start !== after.start || before.end !== after.end || zoneChanged) {
    parts.push(`Quiet hours: ${after.start}–${after.end}${zoneChanged ? ` (${after.timeZone})` : ''}`);
  }
  if (before && before.allowCritical !== after.allowCritical) {
    parts.push(`Critical alerts during quiet hours: ${after.allowCritical ? 'allowed' : 'held back'}`);
  }
  return parts;
}

/** e.g. "8 May 2026, 18:00", in the quiet hours' time zone; built from parts so every browser words it alike. */
function formatInstant(iso: string, preferences: NotificationPreferences): string {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en', { ...options, timeZone: preferences.quietHours?.timeZone ?? 'UTC' });
  } catch {
    format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(new Date(iso)).find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/** One record for a change, or none when it changed nothing the customer would see. */
export function notificationRecord(
  parts: string[],
  at: string,
  source: string,
  patch: unknown,
  id: string,
): ChangeRecord | undefined {
  if (!parts.length) return undefined;
  let summary = parts.join('; ');
  if (summary.length > SUMMARY_LIMIT) summary = `${summary.slice(0, SUMMARY_LIMIT - 1)}…`;
  return { id, at, summary, source, patch };
}

/** Newest first, capped. */
export function appendRecord(history: ChangeRecord[], record: ChangeRecord | undefined): ChangeRecord[] {
  return record ? [record, ...history].slice(0, HISTORY_LIMIT) : history;
}

function keysOf(...objects: object[]): string[] {
  return [...new Set(objects.flatMap((o) => Object.keys(o)))];
}

function rank(order: string[], id: string): number {
  const index = order.indexOf(id);
  return index < 0 ? order.length : index;
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
