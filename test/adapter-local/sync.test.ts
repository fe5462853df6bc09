import { expect } from '@open-wc/testing';
import type { DomainDocuments, PrefsDomain } from '@prefcenter/core';
import { bankSeed, createLocalAdapter, memoryStorage, type LocalAdapter } from '@prefcenter/adapter-local';
import { captureWarnings, meta, uniqueKey } from './helpers.js';
import { waitUntil } from '../shared/wait.js';

function listen<D extends PrefsDomain>(adapter: LocalAdapter, domain: D) {
  const heard: DomainDocuments[D][] = [];
  const unsubscribe = adapter.subscribe(domain, (document) => heard.push(document));
  return { heard, unsubscribe };
}

/** What the browser dispatches in this tab when another tab writes `key`. */
function otherTabWrites(key: string, newValue: string | null, oldValue: string | null = null, area = localStorage) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, oldValue, storageArea: area, url: location.href }));
}

function stateWith(domain: 'theme', preferences: object): string {
  return JSON.stringify({ [domain]: { catalog: bankSeed.theme.catalog, preferences } });
}

describe('local adapter: subscribe', () => {
  const adapters: LocalAdapter[] = [];
  const keys: string[] = [];
  const make = (options: Parameters<typeof createLocalAdapter>[0] = {}) => {
    const adapter = createLocalAdapter(options);
    adapters.push(adapter);
    return adapter;
  };
  const key = () => {
    const k = uniqueKey();
    keys.push(k);
    return k;
  };
  afterEach(() => {
    adapters.splice(0).forEach((a) => a.dispose());
    keys.splice(0).forEach((k) => localStorage.removeItem(k));
  });

  it('hears a change another tab made through the storage event', async () => {
    const storageKey = key();
    const adapter = make({ storageKey });
    const theme = listen(adapter, 'theme');
    const privacy = listen(adapter, 'privacy');
    const changed = { ...bankSeed.theme.preferences, version: 5, scheme: 'dark' };
    otherTabWrites(storageKey, stateWith('theme', changed));
    expect(theme.heard).to.have.length(1);
    expect(theme.heard[0]).to.deep.equal(changed);
    // Unchanged domains stay quiet when the old value tells what changed.
    const old = stateWith('theme', changed);
    otherTabWrites(storageKey, stateWith('theme', { ...changed, version: 6, density: 'compact' }), old);
    expect(theme.heard.map((d) => d.version)).to.deep.equal([5, 6]);
    expect(privacy.heard).to.have.length(1); // only from the first event, which had no old value
  });

  it('ignores other keys and other storage areas', () => {
    const storageKey = key();
    const adapter = make({ storageKey });
    const { heard } = listen(adapter, 'theme');
    const value = stateWith('theme', { ...bankSeed.theme.preferences, version: 9 });
    otherTabWrites(`${storageKey}-other`, value);
    otherTabWrites(storageKey, value, null, sessionStorage);
    expect(heard).to.be.empty;
  });

  it('ignores a malformed value from another tab with a warning', async () => {
    const storageKey = key();
    const adapter = make({ storageKey });
    const { heard } = listen(adapter, 'theme');
    const badJson = await captureWarnings(() => otherTabWrites(storageKey, '{ not json'));
    expect(badJson).to.have.length(1);
    const badDocument = await captureWarnings(() =>
      otherTabWrites(storageKey, stateWith('theme', { ...bankSeed.theme.preferences, scheme: 'purple' })),
    );
    expect(badDocument).to.have.length(1);
    expect(String(badDocument[0]![0])).to.contain('theme');
    expect(heard).to.be.empty;
  });

  it('hears the seed again when another tab removes the data or clears storage', () => {
    const storageKey = key();
    const adapter = make({ storageKey });
    const { heard } = listen(adapter, 'theme');
    otherTabWrites(storageKey, null, stateWith('theme', { ...bankSeed.theme.preferences, version: 3 }));
    window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    expect(heard).to.deep.equal([bankSeed.theme.preferences, bankSeed.theme.preferences]);
  });

  it('hears writes by another adapter instance over the same storage in this page, but not its own', async () => {
    const storageKey = key();
    const mine = make({ storageKey });
    const other = make({ storageKey });
    const mineHeard = listen(mine, 'payments');
    const otherHeard = listen(other, 'payments');
    const saved = await other.updatePayments({ defaultMethodId: 'pm_mastercard_5454' }, meta(1));
    expect(mineHeard.heard).to.deep.equal([saved]);
    expect(otherHeard.heard).to.be.empty;

    // The same with a shared Storage-like object in memory.
    const storage = memoryStorage();
    const a = make({ storage });
    const b = make({ storage });
    const heard = listen(a, 'notifications').heard;
    await b.updateNotificationPreferences({ pausedUntil: '2026-12-01T00:00:00Z' }, meta(1));
    expect(heard.map((d) => d.pausedUntil)).to.deep.equal(['2026-12-01T00:00:00Z']);
  });

  it('hears simulated changes from another device, stops after unsubscribe, and survives a failing listener', async () => {
    const adapter = make({ storage: 'memory' });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      adapter.subscribe('theme', () => {
        throw new Error('listener bug');
      });
      const { heard, unsubscribe } = listen(adapter, 'theme');
      adapter.simulateExternalChange('theme', { scheme: 'dark' });
      expect(heard).to.have.length(1);
      expect(heard[0]).to.include({ scheme: 'dark', version: 2 });
      expect(errors).to.have.length(1);
      unsubscribe();
      adapter.simulateExternalChange('theme', { scheme: 'light' });
      expect(heard).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('gives each listener its own copy', () => {
    const adapter = make({ storage: 'memory' });
    const first = listen(adapter, 'theme');
    const second = listen(adapter, 'theme');
    adapter.simulateExternalChange('theme', { density: 'compact' });
    first.heard[0]!.density = 'comfortable';
    expect(second.heard[0]!.density).to.equal('compact');
  });

  it('stops listening to storage events and peers after dispose', async () => {
    const storageKey = key();
    const adapter = createLocalAdapter({ storageKey });
    const { heard } = listen(adapter, 'theme');
    adapter.dispose();
    otherTabWrites(storageKey, stateWith('theme', { ...bankSeed.theme.preferences, version: 4 }));
    await make({ storageKey }).updateThemePreferences({ scheme: 'dark' }, meta(1));
    expect(heard).to.be.empty;
  });

  it('refuses an unknown domain', () => {
    const adapter = make({ storage: 'memory' });
    expect(() => adapter.subscribe('weather' as never, () => {})).to.throw(TypeError);
    expect(() => adapter.simulateExternalChange('weather' as never, {})).to.throw(TypeError);
  });

  it('lets a widget-like consumer catch up with another tab', async () => {
    const storageKey = key();
    const adapter = make({ storageKey });
    let confirmed = await adapter.getThemePreferences({ signal: new AbortController().signal });
    adapter.subscribe('theme', (document) => {
      if (document.version > confirmed.version) confirmed = document;
    });
    // Another tab, with its own adapter, writes to localStorage; the browser tells us with a storage event.
    const oldValue = localStorage.getItem(storageKey);
    const elsewhere = createLocalAdapter({ storageKey, storage: memoryStorage() });
    const saved = await elsewhere.updateThemePreferences({ scheme: 'light' }, meta(1));
    const newValue = JSON.stringify({ theme: { catalog: bankSeed.theme.catalog, preferences: saved } });
    localStorage.setItem(storageKey, newValue);
    otherTabWrites(storageKey, newValue, oldValue);
    await waitUntil(() => confirmed.version === 2);
    expect(confirmed.scheme).to.equal('light');
  });
});
