import { expect } from '@open-wc/testing';
import { parseAdapterResponse, privacyCatalogSchema, privacyPreferencesSchema } from '@prefcenter/core';
import { rejection, versioned } from '../schema-helpers.js';

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

describe('privacy schemas', () => {
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
