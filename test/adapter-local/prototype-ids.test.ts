import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bankSeed, createLocalAdapter, memoryStorage, type LocalSeed } from '@prefcenter/adapter-local';
import {
  ownValue,
  type NotificationCatalog,
  type NotificationPreferences,
  type PrivacyCatalog,
} from '@prefcenter/core';
import { assertNoPollution, fuzzParameters, prototypeSnapshot } from '../shared/fuzz-runs.js';
import { adapterError, meta, read } from './helpers.js';

/*
 * Ids named like Object.prototype members, kept by a patch, a save and a reload.
 * `__proto__` is not among the category and channel ids: the contract's record schema
 * (zod) drops a record key of that name, so no document can hold it.
 */
const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

function catalog(): NotificationCatalog {
  return {
    currency: 'USD',
    sections: [{ id: '__proto__', label: 'Everything' }],
    channels: names.map((id, i) => ({ id, label: `Channel ${i}`, ready: true })),
    categories: names.map((id, i) => ({
      id,
      sectionId: '__proto__',
      label: `Category ${i}`,
      channels: [...names],
      frequencies: ['immediate', 'daily'],
      threshold: { kind: 'balance-below', min: 0 },
      ...(id === 'valueOf' && { required: { reason: 'It is the law.' } }),
    })),
  };
}

function preferences(): NotificationPreferences {
  return {
    version: 1,
    updatedAt: '2026-05-01T10:00:00Z',
    subscriptions: JSON.parse('{"valueOf": {"constructor": true}}'),
    frequency: {},
    thresholds: {},
  };
}

const flags = { dataUsed: [], confirmWithdrawal: false, sensitive: false };
const privacyCatalog: PrivacyCatalog = {
  ...bankSeed.privacy.catalog,
  purposes: [
    ...bankSeed.privacy.catalog.purposes,
    { id: 'constructor', label: 'Constructor purpose', essential: true, ...flags },
    { id: 'toString', label: 'String purpose', essential: false, ...flags },
  ],
};

function seed(): LocalSeed {
  return {
    ...bankSeed,
    notifications: { catalog: catalog(), preferences: preferences(), history: [] },
    privacy: { ...bankSeed.privacy, catalog: privacyCatalog },
  };
}

describe('local adapter: ids named like Object.prototype members', () => {
  let snapshot: ReturnType<typeof prototypeSnapshot>;
  beforeEach(() => {
    snapshot = prototypeSnapshot();
  });
  afterEach(() => assertNoPollution(snapshot));

  it('keeps them through a patch, a save and a reload, and writes each change to the history', async () => {
    const storage = memoryStorage();
    const adapter = createLocalAdapter({ storage, seed: seed() });
    const patch = JSON.parse(`{
      "subscriptions": { "constructor": { "toString": true, "hasOwnProperty": true }, "toString": { "valueOf": true } },
      "frequency": { "hasOwnProperty": "daily" },
      "thresholds": { "toString": 250 }
    }`);
    const saved = await adapter.updateNotificationPreferences(patch, meta(1));
    expect(Object.getPrototypeOf(saved.subscriptions)).to.equal(Object.prototype);
    expect(ownValue(saved.subscriptions, 'constructor')).to.deep.equal({ toString: true, hasOwnProperty: true });
    expect(ownValue(saved.frequency, 'hasOwnProperty')).to.equal('daily');
    const reloaded = await createLocalAdapter({ storage, seed: seed() }).getNotificationPreferences(read());
    expect(reloaded).to.deep.equal(saved);
    expect(ownValue(reloaded.subscriptions, 'toString')).to.deep.equal({ valueOf: true });
    expect(ownValue(reloaded.thresholds, 'toString')).to.equal(250);
    const [record] = await adapter.getNotificationHistory(read());
    expect(record!.summary).to.equal(
      'Channel 1 and Channel 3 for Category 0: on; Channel 2 for Category 1: on; Category 3: daily digest; Category 1: alert below $250.00',
    );
  });

  it('removes them with null, and tells what was removed', async () => {
    const adapter = createLocalAdapter({ storage: 'memory', seed: seed() });
    await adapter.updateNotificationPreferences({ frequency: { constructor: 'daily' as const } }, meta(1));
    const removed = await adapter.updateNotificationPreferences({ frequency: { constructor: null } }, meta(2));
    expect(Object.hasOwn(removed.frequency, 'constructor')).to.equal(false);
    const [record] = await adapter.getNotificationHistory(read());
    expect(record!.summary).to.equal('Category 0: default frequency');
  });

  it('still refuses a required cell switched off and an essential purpose removed', async () => {
    const adapter = createLocalAdapter({ storage: 'memory', seed: seed() });
    await adapterError(
      adapter.updateNotificationPreferences({ subscriptions: { valueOf: { constructor: false } } }, meta(1)),
      'validation',
    );
    const privacy = await adapter.getPrivacyPreferences(read());
    const granted = await adapter.updatePrivacyPreferences({ purposes: { constructor: true } }, meta(privacy.version));
    await adapterError(
      adapter.updatePrivacyPreferences({ purposes: { constructor: null } }, meta(granted.version)),
      'validation',
    );
  });

  it('keeps any sequence of generated patches as applied, through a reload', async () => {
    const cell = fc.record({
      category: fc.constantFrom(...names),
      channel: fc.constantFrom(...names),
      on: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 6 }), async (cells) => {
        const storage = memoryStorage();
        const adapter = createLocalAdapter({ storage, seed: seed() });
        const expected = new Map<string, boolean>([['valueOf/constructor', true]]);
        let version = 1;
        for (const { category, channel, on } of cells) {
          const patch = JSON.parse(JSON.stringify({ subscriptions: { [category]: { [channel]: on } } }));
          try {
            version = (await adapter.updateNotificationPreferences(patch, meta(version))).version;
            expected.set(`${category}/${channel}`, on);
          } catch (error) {
            // Only the required cell may be refused.
            expect(`${category}/${channel}/${on}`, String(error)).to.equal('valueOf/constructor/false');
          }
        }
        const stored = await createLocalAdapter({ storage, seed: seed() }).getNotificationPreferences(read());
        for (const [cellId, on] of expected) {
          const [category, channel] = cellId.split('/') as [string, string];
          expect(ownValue(ownValue(stored.subscriptions, category), channel), cellId).to.equal(on);
        }
      }),
      fuzzParameters(30),
    );
  });
});
