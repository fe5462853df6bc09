import { expect } from '@open-wc/testing';
import {
  changeHistorySchema,
  parseAdapterResponse,
  notificationCatalogSchema,
  notificationPreferencesSchema,
  paymentsSchema,
  privacyCatalogSchema,
  privacyPreferencesSchema,
  themeCatalogSchema,
  themePreferencesSchema,
} from '@prefcenter/core';
import { bankSeed, createLocalAdapter, generateNotificationSeed } from '@prefcenter/adapter-local';
import { read } from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;

function parses(schema: Parameters<typeof parseAdapterResponse>[0], value: unknown): void {
  expect(() => parseAdapterResponse(schema, value, 'seed')).not.to.throw();
}

describe('bankSeed', () => {
  const { notifications, theme, privacy, payments } = bankSeed;

  it('parses with every domain schema of core', () => {
    parses(notificationCatalogSchema, notifications.catalog);
    parses(notificationPreferencesSchema, notifications.preferences);
    parses(changeHistorySchema, notifications.history);
    parses(themeCatalogSchema, theme.catalog);
    parses(themePreferencesSchema, theme.preferences);
    parses(privacyCatalogSchema, privacy.catalog);
    parses(privacyPreferencesSchema, privacy.preferences);
    parses(paymentsSchema, payments);
  });

  it('has the seven sections, five channels and 18 to 24 described categories of a bank', () => {
    const { sections, channels, categories } = notifications.catalog;
    expect(sections.map((s) => s.id)).to.deep.equal([
      'account-activity',
      'security',
      'payments',
      'statements',
      'marketing',
      'product-news',
      'service-notices',
    ]);
    expect(channels.map((c) => c.id)).to.deep.equal(['email', 'sms', 'push', 'in-app', 'postal']);
    expect(categories.length).to.be.within(18, 24);
    expect(new Set(categories.map((c) => c.id)).size).to.equal(categories.length);
    for (const category of categories) {
      expect(category.description, category.id).to.be.a('string').and.not.be.empty;
      expect(
        sections.some((s) => s.id === category.sectionId),
        category.id,
      ).to.be.true;
      expect(
        category.channels.every((id) => channels.some((c) => c.id === id)),
        category.id,
      ).to.be.true;
    }
    for (const section of sections)
      expect(
        categories.some((c) => c.sectionId === section.id),
        section.id,
      ).to.be.true;
    // Some categories are not offered on every channel.
    expect(categories.some((c) => c.channels.length < channels.length)).to.be.true;
  });

  it('shows SMS waiting for a verified phone and push ready on a registered device', () => {
    const sms = notifications.catalog.channels.find((c) => c.id === 'sms')!;
    const push = notifications.catalog.channels.find((c) => c.id === 'push')!;
    expect(sms).to.include({ requires: 'verified-phone', ready: false });
    expect(push).to.include({ requires: 'registered-device', ready: true });
    // Nothing is on for a channel that is not ready.
    for (const row of Object.values(notifications.preferences.subscriptions)) expect(row.sms ?? false).to.be.false;
  });

  it('covers thresholds, locked, security, critical, digest and marketing categories', () => {
    const byId = new Map(notifications.catalog.categories.map((c) => [c.id, c]));
    expect(byId.get('large-transactions')?.threshold?.kind).to.equal('transaction-over');
    expect(byId.get('low-balance')?.threshold?.kind).to.equal('balance-below');
    expect(byId.get('payment-due')?.threshold?.kind).to.equal('payment-due-days');
    expect(byId.get('new-sign-in')).to.include({ security: true, critical: true });
    expect(byId.get('password-changed')?.required?.reason).to.be.a('string').and.not.be.empty;
    expect(byId.get('statement-ready')?.frequencies).to.include.members(['daily', 'weekly']);
    expect(notifications.catalog.categories.filter((c) => c.marketing).length).to.be.at.least(2);
    expect(notifications.catalog.currency).to.equal('USD');
  });

  it('has subscriptions for every category, on for each required one, with quiet hours and marketing consent', () => {
    const { preferences, catalog } = notifications;
    for (const category of catalog.categories) {
      const row = preferences.subscriptions[category.id];
      expect(Object.keys(row ?? {}), category.id).to.have.members(category.channels);
      if (category.required) expect(Object.values(row!).some(Boolean), category.id).to.be.true;
    }
    expect(preferences.quietHours).to.include({ enabled: true, start: '22:00', end: '07:00' });
    expect(preferences.marketingConsent?.granted).to.be.a('boolean');
  });

  it('offers about six named swatches including a light gold, and system theme preferences', () => {
    expect(theme.catalog.swatches.length).to.be.within(5, 8);
    expect(theme.catalog.swatches.some((s) => /gold/i.test(s.name))).to.be.true;
    expect(theme.preferences.scheme).to.equal('system');
    expect(theme.catalog.swatches.some((s) => s.id === theme.preferences.accent)).to.be.true;
  });

  it('has locked essential purposes, presets and a notice version', () => {
    const essential = privacy.catalog.purposes.find((p) => p.id === 'essential')!;
    expect(essential.essential).to.be.true;
    expect(privacy.catalog.purposes.map((p) => p.id)).to.include.members([
      'functional',
      'analytics',
      'personalised-offers',
      'marketing',
      'partners',
    ]);
    const preset = (id: string) => privacy.catalog.presets.find((p) => p.id === id)!.purposes;
    expect(preset('open').length).to.be.greaterThan(preset('strict').length);
    expect(privacy.catalog.noticeVersion).to.be.a('string').and.not.be.empty;
    expect(privacy.preferences.purposes.essential).to.be.true;
  });

  it('has two cards, one expiring within 60 days with charges due, bank accounts to verify, a wallet and defaults', () => {
    const cards = payments.methods.filter((m) => m.type === 'card');
    expect(cards).to.have.length(2);
    const expiresAt = (m: (typeof cards)[number]) => Date.UTC(m.expYear!, m.expMonth!, 1); // first day after expiry
    const soon = cards.filter((m) => expiresAt(m) > Date.now() && expiresAt(m) - Date.now() <= 60 * DAY);
    expect(soon, 'a card expiring within 60 days').to.have.length(1);
    expect(soon[0]!.upcomingCharges).to.be.greaterThan(0);
    expect(soon[0]!.usedBy.map((u) => u.kind)).to.deep.equal(['instalment']);
    const banks = payments.methods.filter((m) => m.type === 'bank-account');
    expect(banks.map((m) => [m.verification, m.verificationMethod])).to.deep.equal([
      ['required', 'micro-deposits'],
      ['pending', 'code'],
    ]);
    expect(banks[0]).to.include({ currency: 'USD', verificationAttemptsLeft: 3 });
    expect(banks[0]!.verificationSteps.map((s) => s.status)).to.deep.equal(['pending', 'required']);
    expect(payments.methods.some((m) => m.type === 'wallet')).to.be.true;
    // Separate defaults, each naming a verified method; the Visa is charged by a subscription and a bill.
    expect(payments.separateDefaults).to.be.true;
    const visa = payments.methods.find((m) => m.id === payments.defaultRecurringMethodId)!;
    expect(visa).to.include({ brand: 'visa', verification: 'verified' });
    expect(visa.usedBy.map((u) => u.kind)).to.deep.equal(['subscription', 'bill']);
    expect(visa.usedBy[0]!.label).to.equal('Premium account');
    for (const id of [payments.defaultMethodId, payments.defaultOneOffMethodId]) {
      expect(payments.methods.find((m) => m.id === id)?.verification).to.equal('verified');
    }
    // Two billing addresses in two countries, and every method linked to one of them.
    expect(new Set(payments.billingAddresses.map((a) => a.country)).size).to.equal(2);
    const addresses = new Set(payments.billingAddresses.map((a) => a.id));
    for (const m of payments.methods) expect(addresses.has(m.billingAddressId!), m.id).to.be.true;
  });
});

describe('generateNotificationSeed()', () => {
  it('makes 1000 valid categories with unique ids and labels, and preferences for each', () => {
    const { catalog, preferences } = generateNotificationSeed(1000);
    parses(notificationCatalogSchema, catalog);
    parses(notificationPreferencesSchema, preferences);
    expect(catalog.categories).to.have.length(1000);
    expect(new Set(catalog.categories.map((c) => c.id)).size).to.equal(1000);
    expect(new Set(catalog.categories.map((c) => c.label)).size).to.equal(1000);
    expect(catalog.channels.map((c) => c.id)).to.deep.equal(['email', 'sms', 'push', 'in-app', 'postal']);
    for (const section of catalog.sections) {
      expect(catalog.categories.filter((c) => c.sectionId === section.id).length).to.be.greaterThan(100);
    }
    for (const category of catalog.categories) {
      expect(Object.keys(preferences.subscriptions[category.id]!)).to.have.members(category.channels);
    }
    expect(catalog.categories.find((c) => c.id === 'low-balance-1')?.label).to.equal('Low balance: Everyday checking');
  });

  it('is deterministic and honours small counts', () => {
    expect(generateNotificationSeed(50)).to.deep.equal(generateNotificationSeed(50));
    expect(generateNotificationSeed(1).catalog.categories).to.have.length(1);
    expect(generateNotificationSeed(0).catalog.categories).to.have.length(0);
  });

  it('serves a large catalog through the adapter', async () => {
    const adapter = createLocalAdapter({
      storage: 'memory',
      seed: { ...bankSeed, notifications: generateNotificationSeed(1000) },
    });
    const catalog = await adapter.getNotificationCatalog(read());
    expect(catalog.categories).to.have.length(1000);
    const preferences = await adapter.getNotificationPreferences(read());
    expect(Object.keys(preferences.subscriptions)).to.have.length(1000);
  });
});
