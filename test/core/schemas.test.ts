import { expect } from '@open-wc/testing';
import {
  AdapterError,
  changeHistorySchema,
  notificationCatalogSchema,
  notificationPreferencesSchema,
  parseAdapterResponse,
  parseInput,
  paymentTokenSchema,
  paymentsSchema,
  privacyCatalogSchema,
  privacyPreferencesSchema,
  themeCatalogSchema,
  themePreferencesSchema,
} from '@prefcenter/core';

/** The error `parseAdapterResponse` throws for `value`; fails the test when it does not throw. */
function rejection(
  schema: Parameters<typeof parseAdapterResponse>[0],
  value: unknown,
  what = 'document',
): AdapterError {
  try {
    parseAdapterResponse(schema, value, what);
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('expected the payload to be rejected');
}

const versioned = { version: 3, updatedAt: '2024-05-01T10:00:00+02:00' };

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
const themeCatalog = { swatches: [{ id: 'blue', name: 'Harbour blue', light: '#1155cc', dark: '#8ab4f8' }] };
const themePrefs = {
  ...versioned,
  scheme: 'dark',
  accent: 'blue',
  textScale: 1.25,
  contrast: 'more',
  motion: 'reduce',
  density: 'compact',
};
const privacyCatalog = {
  purposes: [
    { id: 'essential', label: 'Essential', essential: true },
    { id: 'analytics', label: 'Analytics', presets: ['balanced', 'open'] },
  ],
  noticeVersion: '2024-04',
  noticeUrl: 'https://bank.example/privacy',
};
const privacyPrefs = {
  ...versioned,
  preset: 'custom',
  purposes: { essential: true, analytics: false },
  doNotSellOrShare: true,
  profileVisibility: 'contacts',
  consents: [
    { purposeId: 'analytics', granted: false, at: '2024-05-01T10:00:00Z', noticeVersion: '2024-04', source: 'web' },
  ],
};
const payments = {
  ...versioned,
  methods: [
    { id: 'card-1', type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030, nickname: 'Travel' },
    { id: 'bank-1', type: 'bank-account', brand: 'Harbour Bank', last4: '0001', verification: 'pending' },
  ],
  defaultMethodId: 'card-1',
  billingAddresses: [
    { id: 'home', name: 'A. Customer', line1: '1 Quay St', city: 'Lyon', postalCode: '69001', country: 'FR' },
  ],
};

describe('domain schemas', () => {
  describe('notifications', () => {
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

  describe('theme', () => {
    it('accepts a valid catalog and document', () => {
      expect(parseAdapterResponse(themeCatalogSchema, themeCatalog, 'theme palette').swatches).to.have.length(1);
      expect(parseAdapterResponse(themePreferencesSchema, themePrefs, 'theme preferences').scheme).to.equal('dark');
    });

    it('names an unknown scheme, a text scale out of range, a bad colour and an empty palette', () => {
      const scheme = rejection(themePreferencesSchema, { ...themePrefs, scheme: 'sepia' }, 'theme preferences');
      expect(scheme.path).to.deep.equal(['scheme']);
      expect(scheme.message).to.equal(
        'Malformed theme preferences from the adapter at scheme: expected one of "light", "dark", "system".',
      );
      const scale = rejection(themePreferencesSchema, { ...themePrefs, textScale: 3 });
      expect(scale.path).to.deep.equal(['textScale']);
      expect(scale.message).to.contain('must be at most 1.5');
      const colour = rejection(themeCatalogSchema, { swatches: [{ id: 'x', name: 'X', light: 'blue' }] });
      expect(colour.path).to.deep.equal(['swatches', 0, 'light']);
      expect(rejection(themeCatalogSchema, { swatches: [] }).path).to.deep.equal(['swatches']);
    });
  });

  describe('privacy', () => {
    it('accepts a valid catalog and document, filling defaults', () => {
      const catalog = parseAdapterResponse(privacyCatalogSchema, privacyCatalog, 'privacy catalog');
      expect(catalog.purposes[1]!.essential).to.equal(false);
      expect(catalog.purposes[0]!.presets).to.deep.equal([]);
      const prefs = parseAdapterResponse(privacyPreferencesSchema, privacyPrefs, 'privacy preferences');
      expect(prefs.doNotSellOrShare).to.equal(true);
    });

    it('names a consent record without a notice version and a bad notice URL', () => {
      const consent = rejection(privacyPreferencesSchema, {
        ...privacyPrefs,
        consents: [{ purposeId: 'analytics', granted: true, at: '2024-05-01T10:00:00Z', source: 'web' }],
      });
      expect(consent.path).to.deep.equal(['consents', 0, 'noticeVersion']);
      expect(consent.message).to.contain('consents[0].noticeVersion: expected string');
      const url = rejection(privacyCatalogSchema, { ...privacyCatalog, noticeUrl: 'not a url' });
      expect(url.path).to.deep.equal(['noticeUrl']);
      const dnss = rejection(privacyPreferencesSchema, { ...privacyPrefs, doNotSellOrShare: undefined });
      expect(dnss.path).to.deep.equal(['doNotSellOrShare']);
    });
  });

  describe('payments', () => {
    it('accepts valid payment methods', () => {
      const parsed = parseAdapterResponse(paymentsSchema, payments, 'payment methods');
      expect(parsed.methods[0]!.verification).to.equal('verified');
      expect(parsed.methods[1]!.verification).to.equal('pending');
      expect(parseAdapterResponse(paymentsSchema, { ...versioned, methods: [] }, 'p').billingAddresses).to.deep.equal(
        [],
      );
    });

    it('rejects a full card number in last4', () => {
      const error = rejection(
        paymentsSchema,
        { ...payments, methods: [{ ...payments.methods[0], last4: '4242424242424242' }] },
        'payment methods',
      );
      expect(error.kind).to.equal('invalid-response');
      expect(error.path).to.deep.equal(['methods', 0, 'last4']);
      expect(error.message).to.contain('Malformed payment methods from the adapter at methods[0].last4');
      expect(error.message).not.to.contain('4242424242424242');
    });

    it('names a bad expiry month and a bad country code', () => {
      const month = rejection(paymentsSchema, { ...payments, methods: [{ ...payments.methods[0], expMonth: 13 }] });
      expect(month.path).to.deep.equal(['methods', 0, 'expMonth']);
      expect(month.message).to.contain('must be at most 12');
      const country = rejection(paymentsSchema, {
        ...payments,
        billingAddresses: [{ ...payments.billingAddresses[0], country: 'France' }],
      });
      expect(country.path).to.deep.equal(['billingAddresses', 0, 'country']);
    });

    it('names an unknown payment method type', () => {
      const error = rejection(paymentsSchema, { ...payments, methods: [{ ...payments.methods[0], type: 'crypto' }] });
      expect(error.path).to.deep.equal(['methods', 0, 'type']);
      expect(error.message).to.contain('expected one of "card", "bank-account", "wallet"');
    });
  });

  describe('common', () => {
    it('names a change record field and rejects a non-object root', () => {
      const history = rejection(changeHistorySchema, [{ id: 'c1', at: '2024-05-01T10:00:00Z' }], 'history');
      expect(history.path).to.deep.equal([0, 'summary']);
      expect(history.message).to.contain('[0].summary');
      const root = rejection(themePreferencesSchema, null, 'theme preferences');
      expect(root.path).to.deep.equal([]);
      expect(root.message).to.contain('from the adapter at (root): expected object');
    });
  });

  describe('parseInput', () => {
    it('returns a valid value and turns a bad one into a validation error with every field', () => {
      expect(parseInput(paymentTokenSchema, { token: 'tok_1' }, 'payment token').token).to.equal('tok_1');
      try {
        parseInput(paymentTokenSchema, { token: '', nickname: 5 }, 'payment token');
        expect.fail('expected a validation error');
      } catch (error) {
        const e = error as AdapterError;
        expect(e.kind).to.equal('validation');
        expect(e.path).to.deep.equal(['token']);
        expect(e.message).to.equal('Invalid payment token at token: must be at least 1.');
        expect(e.fields).to.deep.equal({ token: 'must be at least 1', nickname: 'expected string' });
      }
    });
  });
});
