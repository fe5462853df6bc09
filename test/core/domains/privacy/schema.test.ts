import { expect } from '@open-wc/testing';
import {
  AdapterError,
  essentialPurposesOff,
  parseAdapterResponse,
  privacyCatalogSchema,
  privacyDomain,
  privacyPreferencesSchema,
  type PrivacyCatalog,
  type PrivacyPreferences,
} from '@prefcenter/core';
import { rejection, versioned } from '../schema-helpers.js';

const privacyCatalog = {
  purposes: [
    { id: 'essential', label: 'Essential', essential: true, essentialReason: 'The law requires it.' },
    { id: 'analytics', label: 'Analytics', dataUsed: ['Pages you visit'], durationDays: 365 },
    { id: 'marketing', label: 'Marketing', changed: { summary: 'Now also by SMS.' } },
  ],
  presets: [
    { id: 'strict', purposes: ['essential'] },
    { id: 'open', purposes: ['essential', 'analytics', 'marketing'] },
  ],
  gpcPurposes: ['marketing'],
  visibilityOptions: ['private', 'public'],
  noticeId: 'notice',
  noticeVersion: '2024-04',
  noticeTextHash: 'sha256:abc',
  noticeUrl: 'https://bank.example/privacy',
};
const record = {
  id: 'rec_1',
  purpose: 'analytics',
  decision: 'refused',
  time: '2024-05-01T08:00:00Z',
  noticeVersion: '2024-04',
  source: 'widget',
};
const privacyPrefs = {
  ...versioned,
  preset: 'custom',
  purposes: { essential: true, analytics: false },
  sources: { analytics: 'widget' },
  doNotSellOrShare: true,
  profileVisibility: 'contacts',
  noticeVersion: '2024-04',
  consents: [record],
};

/** What the widget's checker makes of an answer: the value, or the AdapterError it throws. */
function checked<T>(parse: () => T): T | AdapterError {
  try {
    return parse();
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  }
}

describe('privacy schemas', () => {
  it('accepts a valid catalog and document, filling defaults', () => {
    const catalog = parseAdapterResponse(privacyCatalogSchema, privacyCatalog, 'privacy catalog');
    expect(catalog.purposes[0]!.dataUsed).to.deep.equal([]);
    expect(catalog.purposes[1]!).to.include({ essential: false, confirmWithdrawal: false, sensitive: false });
    const prefs = parseAdapterResponse(privacyPreferencesSchema, privacyPrefs, 'privacy preferences');
    expect(prefs.doNotSellOrShare).to.equal(true);
    expect(prefs.consents[0]!.actor).to.equal('customer');
    const bare = parseAdapterResponse(
      privacyPreferencesSchema,
      { ...privacyPrefs, sources: undefined, consents: undefined },
      'privacy preferences',
    );
    expect(bare.sources).to.deep.equal({});
    expect(bare.consents).to.deep.equal([]);
  });

  it('names a consent record without a notice version, an unknown source and a bad notice URL', () => {
    const { noticeVersion: _, ...unversioned } = record;
    const consent = rejection(privacyPreferencesSchema, { ...privacyPrefs, consents: [unversioned] });
    expect(consent.path).to.deep.equal(['consents', 0, 'noticeVersion']);
    expect(consent.message).to.contain('consents[0].noticeVersion: expected string');
    const source = rejection(privacyPreferencesSchema, { ...privacyPrefs, consents: [{ ...record, source: 'web' }] });
    expect(source.path).to.deep.equal(['consents', 0, 'source']);
    const url = rejection(privacyCatalogSchema, { ...privacyCatalog, noticeUrl: 'not a url' });
    expect(url.path).to.deep.equal(['noticeUrl']);
    const dnss = rejection(privacyPreferencesSchema, { ...privacyPrefs, doNotSellOrShare: undefined });
    expect(dnss.path).to.deep.equal(['doNotSellOrShare']);
  });

  it('refuses duplicate purpose, preset and record ids, naming the second', () => {
    const purposes = rejection(privacyCatalogSchema, {
      ...privacyCatalog,
      purposes: [...privacyCatalog.purposes, { id: 'analytics', label: 'Again' }],
    });
    expect(purposes.path).to.deep.equal(['purposes', 3, 'id']);
    const presets = rejection(privacyCatalogSchema, {
      ...privacyCatalog,
      presets: [...privacyCatalog.presets, { id: 'strict', purposes: [] }],
    });
    expect(presets.path).to.deep.equal(['presets', 2, 'id']);
    const records = rejection(privacyPreferencesSchema, { ...privacyPrefs, consents: [record, { ...record }] });
    expect(records.path).to.deep.equal(['consents', 1, 'id']);
  });
});

describe('privacy domain checks beyond the schema', () => {
  const { parseCatalog, parseDocument } = privacyDomain.parsers;

  it('accepts what the schema accepts and relates', () => {
    const catalog = checked(() => parseCatalog!(privacyCatalog));
    expect(catalog).not.to.be.instanceOf(AdapterError);
    expect(checked(() => parseDocument(privacyPrefs))).not.to.be.instanceOf(AdapterError);
  });

  it('refuses a preset or the GPC list naming an unknown purpose, as invalid-response with the path', () => {
    const preset = checked(() =>
      parseCatalog!({ ...privacyCatalog, presets: [{ id: 'open', purposes: ['essential', 'telemetry'] }] }),
    );
    expect(preset).to.be.instanceOf(AdapterError);
    expect((preset as AdapterError).kind).to.equal('invalid-response');
    expect((preset as AdapterError).path).to.deep.equal(['presets', 0, 'purposes', 1]);
    expect((preset as AdapterError).message).to.contain('unknown purpose "telemetry"');
    const gpc = checked(() => parseCatalog!({ ...privacyCatalog, gpcPurposes: ['sale'] }));
    expect((gpc as AdapterError).path).to.deep.equal(['gpcPurposes', 0]);
  });

  it('refuses a consent record dated after its document, and allows a few minutes of skew', () => {
    const updatedAt = Date.parse(privacyPrefs.updatedAt);
    const future = new Date(updatedAt + 24 * 3600_000).toISOString();
    const error = checked(() => parseDocument({ ...privacyPrefs, consents: [{ ...record, time: future }] }));
    expect((error as AdapterError).kind).to.equal('invalid-response');
    expect((error as AdapterError).path).to.deep.equal(['consents', 0, 'time']);
    expect((error as AdapterError).message).to.contain('dated in the future');
    const skewed = new Date(updatedAt + 60_000).toISOString();
    expect(
      checked(() => parseDocument({ ...privacyPrefs, consents: [{ ...record, time: skewed }] })),
    ).not.to.be.instanceOf(AdapterError);
  });

  it('accepts a document from the future of a device whose clock is slow', () => {
    // The service's clock is a day ahead of this device's: its times are right, ours is not.
    const ahead = new Date(Date.now() + 24 * 3600_000).toISOString();
    const fromAhead = { ...privacyPrefs, updatedAt: ahead, consents: [{ ...record, time: ahead }] };
    expect(checked(() => parseDocument(fromAhead))).not.to.be.instanceOf(AdapterError);
  });

  it('finds the essential purposes a document has off', () => {
    const catalog = parseAdapterResponse(privacyCatalogSchema, privacyCatalog, 'privacy catalog') as PrivacyCatalog;
    const prefs = parseAdapterResponse(
      privacyPreferencesSchema,
      privacyPrefs,
      'privacy preferences',
    ) as PrivacyPreferences;
    expect(essentialPurposesOff(prefs, catalog)).to.deep.equal([]);
    expect(essentialPurposesOff({ ...prefs, purposes: { essential: false } }, catalog)).to.deep.equal(['essential']);
  });
});
