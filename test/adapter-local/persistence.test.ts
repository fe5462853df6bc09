import { expect } from '@open-wc/testing';
import { bankSeed, createLocalAdapter, memoryStorage } from '@prefcenter/adapter-local';
import { meta, read, uniqueKey } from './helpers.js';

describe('local adapter: persistence', () => {
  const keys: string[] = [];
  const key = () => {
    const k = uniqueKey();
    keys.push(k);
    return k;
  };
  afterEach(() => keys.splice(0).forEach((k) => localStorage.removeItem(k)));

  it('serves the seed before anything is written, and writes nothing for reads', async () => {
    const storageKey = key();
    const adapter = createLocalAdapter({ storageKey });
    expect(await adapter.getThemePreferences(read())).to.deep.equal(bankSeed.theme.preferences);
    expect(await adapter.getPayments(read())).to.deep.equal(bankSeed.payments);
    expect(localStorage.getItem(storageKey)).to.equal(null);
  });

  it('persists to localStorage under its key, and a fresh adapter sees the writes (a reload)', async () => {
    const storageKey = key();
    const first = createLocalAdapter({ storageKey });
    await first.updateThemePreferences({ scheme: 'dark' }, meta(1));
    await first.updateNotificationPreferences({ thresholds: { 'low-balance': 250 } }, meta(1));
    expect(JSON.parse(localStorage.getItem(storageKey)!).theme.preferences.scheme).to.equal('dark');

    const reloaded = createLocalAdapter({ storageKey });
    const theme = await reloaded.getThemePreferences(read());
    expect(theme).to.include({ scheme: 'dark', version: 2 });
    expect((await reloaded.getNotificationPreferences(read())).thresholds['low-balance']).to.equal(250);
    // Another key is another customer.
    expect((await createLocalAdapter({ storageKey: key() }).getThemePreferences(read())).scheme).to.equal('system');
  });

  it('uses "prefcenter" as the default key', async () => {
    const before = localStorage.getItem('prefcenter');
    try {
      localStorage.removeItem('prefcenter');
      await createLocalAdapter().updateThemePreferences({ density: 'compact' }, meta(1));
      expect(JSON.parse(localStorage.getItem('prefcenter')!).theme.preferences.density).to.equal('compact');
    } finally {
      if (before === null) localStorage.removeItem('prefcenter');
      else localStorage.setItem('prefcenter', before);
    }
  });

  it('keeps memory storage per adapter and out of localStorage', async () => {
    const storageKey = key();
    const adapter = createLocalAdapter({ storage: 'memory', storageKey });
    await adapter.updateThemePreferences({ scheme: 'light' }, meta(1));
    expect((await adapter.getThemePreferences(read())).scheme).to.equal('light');
    expect(localStorage.getItem(storageKey)).to.equal(null);
    expect((await createLocalAdapter({ storage: 'memory' }).getThemePreferences(read())).scheme).to.equal('system');
  });

  it('accepts any Storage-like object, such as sessionStorage or a shared memory store', async () => {
    const storage = memoryStorage();
    await createLocalAdapter({ storage }).updatePrivacyPreferences({ doNotSellOrShare: true }, meta(1));
    expect((await createLocalAdapter({ storage }).getPrivacyPreferences(read())).doNotSellOrShare).to.be.true;

    const storageKey = key();
    try {
      await createLocalAdapter({ storage: sessionStorage, storageKey }).updateThemePreferences(
        { motion: 'reduce' },
        meta(1),
      );
      expect(JSON.parse(sessionStorage.getItem(storageKey)!).theme.preferences.motion).to.equal('reduce');
    } finally {
      sessionStorage.removeItem(storageKey);
    }
  });

  it('turns a full storage into an unavailable error and changes nothing', async () => {
    const inner = memoryStorage();
    const full = {
      ...inner,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    const adapter = createLocalAdapter({ storage: full });
    const error = await adapter.updateThemePreferences({ scheme: 'dark' }, meta(1)).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'unavailable');
    expect((await adapter.getThemePreferences(read())).version).to.equal(1);
  });

  it('answers every read with a fresh copy, so callers cannot change the stored data', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    const catalog = await adapter.getNotificationCatalog(read());
    catalog.categories.length = 0;
    expect((await adapter.getNotificationCatalog(read())).categories).to.not.be.empty;
    expect(bankSeed.notifications.catalog.categories).to.not.be.empty;
  });
});
