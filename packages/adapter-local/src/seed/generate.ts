import type { NotificationCategory, NotificationPreferences } from '@prefcenter/core';
import type { LocalSeed } from '../types.js';
import { bankChannels, bankSections, subscriptionsFor } from './bank.js';

type Template = Omit<NotificationCategory, 'id' | 'sectionId'> & { id: string; on: string[] };

const ALL = ['email', 'sms', 'push', 'in-app'];

/** Real-sounding categories per section; the generator combines them with the products below. */
const templates: Record<string, Template[]> = {
  'account-activity': [
    {
      id: 'large-transactions',
      label: 'Large transactions',
      channels: ALL,
      on: ['email'],
      threshold: { kind: 'transaction-over', min: 50, max: 10000, default: 500 },
    },
    {
      id: 'low-balance',
      label: 'Low balance',
      channels: ALL,
      on: ['push'],
      threshold: { kind: 'balance-below', min: 0, max: 5000, default: 100 },
    },
    { id: 'deposits', label: 'Deposits received', channels: ['email', 'push', 'in-app'], on: ['in-app'] },
    { id: 'withdrawals', label: 'ATM withdrawals', channels: ALL, on: ['push'] },
    { id: 'card-declined', label: 'Declined card payments', channels: ALL, on: ['email', 'push'], critical: true },
  ],
  security: [
    { id: 'new-sign-in', label: 'New sign-in', channels: ALL, on: ['email'], security: true, critical: true },
    {
      id: 'password-changed',
      label: 'Password changed',
      channels: ['email', 'sms', 'push'],
      on: ['email'],
      security: true,
      required: { reason: 'We always tell you when your password changes.' },
    },
    { id: 'new-payee', label: 'New payee added', channels: ALL, on: ['email', 'push'], security: true },
    { id: 'card-frozen', label: 'Card frozen or unfrozen', channels: ALL, on: ['push'], security: true },
  ],
  payments: [
    {
      id: 'payment-due',
      label: 'Payment due',
      channels: ALL,
      on: ['email'],
      threshold: { kind: 'payment-due-days', min: 1, max: 14, default: 3 },
    },
    { id: 'payment-failed', label: 'Payment failed', channels: ALL, on: ['email', 'push'], critical: true },
    { id: 'payment-received', label: 'Payment received', channels: ['email', 'push', 'in-app'], on: ['in-app'] },
    {
      id: 'standing-orders',
      label: 'Standing orders sent',
      channels: ['email', 'in-app'],
      on: [],
      frequencies: ['immediate', 'daily', 'weekly'],
    },
  ],
  statements: [
    {
      id: 'statement-ready',
      label: 'Statement ready',
      channels: ['email', 'push', 'in-app', 'postal'],
      on: ['email'],
      frequencies: ['immediate', 'daily', 'weekly'],
    },
    { id: 'tax-documents', label: 'Tax documents', channels: ['email', 'in-app', 'postal'], on: ['email'] },
    {
      id: 'terms-changes',
      label: 'Changes to your terms',
      channels: ['email', 'postal'],
      on: ['email'],
      required: { reason: 'The law requires us to tell you about changes to your terms.' },
    },
  ],
  marketing: [
    {
      id: 'personal-offers',
      label: 'Personal offers',
      channels: ['email', 'sms', 'push', 'postal'],
      on: [],
      marketing: true,
      frequencies: ['immediate', 'weekly'],
    },
    { id: 'rewards', label: 'Rewards and cashback', channels: ['email', 'push', 'in-app'], on: [], marketing: true },
    { id: 'events', label: 'Events and webinars', channels: ['email', 'postal'], on: [], marketing: true },
  ],
  'product-news': [
    { id: 'new-features', label: 'New features', channels: ['email', 'push', 'in-app'], on: ['in-app'] },
    { id: 'rate-changes', label: 'Rate changes', channels: ['email', 'in-app', 'postal'], on: ['email'] },
  ],
  'service-notices': [
    { id: 'planned-maintenance', label: 'Planned maintenance', channels: ['email', 'push', 'in-app'], on: ['email'] },
    { id: 'service-disruptions', label: 'Service disruptions', channels: ALL, on: ['push'], critical: true },
  ],
};

/** The accounts and products a big institution sends the same kind of alert for. */
const products = [
  'Everyday checking',
  'Joint checking',
  'High-yield savings',
  'Holiday savings',
  'Platinum credit card',
  'Travel credit card',
  'Business account',
  'Mortgage',
  'Car loan',
  'Student account',
  'Retirement savings',
  'Brokerage account',
];

/** A small deterministic generator (mulberry32), so the same count gives the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A notification catalog + preferences with `count` categories over the 5 channels, for stories and benchmarks (deterministic, realistic names per section). */
export function generateNotificationSeed(count: number): LocalSeed['notifications'] {
  const next = random(count + 1);
  const sectionIds = bankSections.map((s) => s.id);
  const categories: NotificationCategory[] = [];
  const subscriptions: NotificationPreferences['subscriptions'] = {};
  const frequency: NotificationPreferences['frequency'] = {};
  const thresholds: NotificationPreferences['thresholds'] = {};

  for (let i = 0; i < count; i++) {
    const sectionId = sectionIds[i % sectionIds.length]!;
    const list = templates[sectionId]!;
    const k = Math.floor(i / sectionIds.length);
    const { id, on, ...template } = list[k % list.length]!;
    // Round 0 is the plain category; later rounds are the same alert for one product each.
    const round = Math.floor(k / list.length);
    const product = round === 0 ? undefined : products[(round - 1) % products.length];
    const cycle = round === 0 ? 0 : Math.floor((round - 1) / products.length);
    const label = product ? `${template.label}: ${product}${cycle ? ` (${cycle + 1})` : ''}` : template.label;
    // Lists and objects of its own, as a backend's JSON gives each category: shared with the
    // template, a cloned seed kept one array for thousands of categories, which made the bench's
    // hand-written page look lighter than any page fed from a network.
    const category: NotificationCategory = {
      ...structuredClone(template),
      id: round ? `${id}-${round}` : id,
      sectionId,
      label,
    };
    category.description = product
      ? `${template.label} on your ${product.toLowerCase()}.`
      : `${template.label} on any of your accounts.`;
    categories.push(category);

    // Mostly the template's defaults, with a few customer changes so the grid is not uniform.
    const channelsOn = category.channels.filter(
      (c) => on.includes(c) !== (!category.required && !category.marketing && next() < 0.15),
    );
    subscriptions[category.id] = subscriptionsFor(category, category.required ? on : channelsOn);
    if (category.frequencies)
      frequency[category.id] = category.frequencies[Math.floor(next() * category.frequencies.length)]!;
    if (category.threshold?.default !== undefined) thresholds[category.id] = category.threshold.default;
  }

  return {
    catalog: {
      sections: bankSections,
      // Every channel ready, so benchmarks and stories exercise the whole grid.
      channels: bankChannels.map((channel) => ({ ...channel, ready: true })),
      categories,
      currency: 'USD',
    },
    preferences: {
      version: 1,
      updatedAt: '2026-03-02T09:15:00.000Z',
      subscriptions,
      frequency,
      thresholds,
      quietHours: { enabled: false, start: '22:00', end: '07:00', timeZone: 'UTC', allowCritical: true },
      marketingConsent: { granted: false, at: '2026-03-02T09:15:00.000Z', source: 'web' },
    },
    history: [],
  };
}
