import { expect } from '@open-wc/testing';
import { notificationCatalogSchema, notificationPreferencesSchema, parseAdapterResponse } from '@prefcenter/core';
import { rejection, versioned } from '../schema-helpers.js';

const notificationCatalog = {
  sections: [{ id: 'security', label: 'Security' }],
  channels: [
    { id: 'email', label: 'Email' },
    { id: 'sms', label: 'SMS', requires: 'verified-phone', ready: false },
  ],
  categories: [
    {
      id: 'login',
      sectionId: 'security',
      label: 'New sign-in',
      channels: ['email', 'sms'],
      required: { reason: 'Keeps your account safe.' },
      frequencies: ['immediate'],
      threshold: { kind: 'transaction-over', min: 0, default: 500 },
    },
  ],
  currency: 'EUR',
};
const notificationPrefs = {
  ...versioned,
  subscriptions: { login: { email: true, sms: false } },
  frequency: { login: 'immediate' },
  thresholds: { login: 250 },
  quietHours: { enabled: true, start: '22:00', end: '07:30', timeZone: 'Europe/Paris', allowCritical: true },
  marketingConsent: { granted: false, at: '2024-05-01T10:00:00Z', source: 'web' },
};

describe('notification schemas', () => {
  it('accepts a valid catalog and document, filling defaults', () => {
    const catalog = parseAdapterResponse(notificationCatalogSchema, notificationCatalog, 'notification catalog');
    expect(catalog.channels[0]!.ready).to.equal(true);
    expect(catalog.channels[1]!.ready).to.equal(false);
    const prefs = parseAdapterResponse(notificationPreferencesSchema, notificationPrefs, 'notification preferences');
    expect(prefs.subscriptions.login!.email).to.equal(true);
    const bare = parseAdapterResponse(
      notificationPreferencesSchema,
      { ...versioned, subscriptions: {} },
      'notification preferences',
    );
    expect(bare.frequency).to.deep.equal({});
    expect(bare.thresholds).to.deep.equal({});
    expect(
      parseAdapterResponse(notificationCatalogSchema, { ...notificationCatalog, currency: undefined }, 'c').currency,
    ).to.equal('USD');
  });

  it('names a subscription that is not a boolean', () => {
    const error = rejection(
      notificationPreferencesSchema,
      { ...notificationPrefs, subscriptions: { login: { email: 'yes' } } },
      'notification preferences',
    );
    expect(error.kind).to.equal('invalid-response');
    expect(error.path).to.deep.equal(['subscriptions', 'login', 'email']);
    expect(error.message).to.equal(
      'Malformed notification preferences from the adapter at subscriptions.login.email: expected boolean.',
    );
  });

  it('names a bad quiet-hours time and a bad category channel list', () => {
    const time = rejection(notificationPreferencesSchema, {
      ...notificationPrefs,
      quietHours: { ...notificationPrefs.quietHours, start: '25:00' },
    });
    expect(time.path).to.deep.equal(['quietHours', 'start']);
    expect(time.message).to.contain('quietHours.start');
    const channels = rejection(notificationCatalogSchema, {
      ...notificationCatalog,
      categories: [{ ...notificationCatalog.categories[0], channels: 'email' }],
    });
    expect(channels.path).to.deep.equal(['categories', 0, 'channels']);
    expect(channels.message).to.contain('categories[0].channels: expected array');
  });

  it('rejects a missing version and a non-ISO time stamp', () => {
    const { version: _, ...noVersion } = notificationPrefs;
    expect(rejection(notificationPreferencesSchema, noVersion).path).to.deep.equal(['version']);
    const stamp = rejection(notificationPreferencesSchema, { ...notificationPrefs, updatedAt: 'yesterday' });
    expect(stamp.path).to.deep.equal(['updatedAt']);
    expect(stamp.message).to.contain('must be a valid date and time');
  });
});
