import { expect } from '@open-wc/testing';
import type { NotificationPreferences, ThemePreferences } from '@prefcenter/core';
import { bankSeed, createLocalAdapter, memoryStorage } from '@prefcenter/adapter-local';
import { adapterError, meta, read } from './helpers.js';

describe('local adapter: corrupt storage and reset', () => {
  it('reports stored text that is not JSON as invalid-response on every call, without crashing', async () => {
    const storage = memoryStorage();
    storage.setItem('prefcenter', '{"theme": {');
    const adapter = createLocalAdapter({ storage });
    const error = await adapterError(adapter.getThemePreferences(read()), 'invalid-response');
    expect(error.path).to.deep.equal([]);
    expect(error.message).to.contain('prefcenter').and.contain('reset()');
    await adapterError(adapter.getNotificationCatalog(read()), 'invalid-response');
    await adapterError(adapter.updateThemePreferences({ scheme: 'dark' }, meta(1)), 'invalid-response');
    storage.setItem('prefcenter', '[1, 2]');
    await adapterError(adapter.getPayments(read()), 'invalid-response');
  });

  it('names the path of a stored document that fails its schema, and leaves other domains working', async () => {
    const storage = memoryStorage();
    const preferences = structuredClone(bankSeed.notifications.preferences) as NotificationPreferences;
    (preferences.subscriptions['low-balance'] as Record<string, unknown>).email = 'yes';
    storage.setItem('prefcenter', JSON.stringify({ notifications: { preferences } }));
    const adapter = createLocalAdapter({ storage });
    const error = await adapterError(adapter.getNotificationPreferences(read()), 'invalid-response');
    expect(error.path).to.deep.equal(['subscriptions', 'low-balance', 'email']);
    expect(error.message).to.contain('notifications.preferences.subscriptions.low-balance.email');
    await adapterError(adapter.updateNotificationPreferences({ pausedUntil: null }, meta(1)), 'invalid-response');
    // What is not stored comes from the seed; other domains can still be read and written.
    expect((await adapter.getNotificationCatalog(read())).categories).to.not.be.empty;
    expect((await adapter.updateThemePreferences({ scheme: 'dark' }, meta(1))).version).to.equal(2);
    // ...and a write elsewhere keeps the broken data as it was, for someone to look at.
    expect(
      JSON.parse(storage.getItem('prefcenter')!).notifications.preferences.subscriptions['low-balance'].email,
    ).to.equal('yes');
  });

  it('reports a stored slot that is not an object', async () => {
    const storage = memoryStorage();
    storage.setItem('prefcenter', JSON.stringify({ theme: 'dark', privacy: { catalog: { purposes: 'all' } } }));
    const adapter = createLocalAdapter({ storage });
    const theme = await adapterError(adapter.getThemeCatalog(read()), 'invalid-response');
    expect(theme.message).to.contain('theme');
    const privacy = await adapterError(adapter.getPrivacyCatalog(read()), 'invalid-response');
    expect(privacy.path).to.deep.equal(['purposes']);
  });

  it('reports a malformed seed as invalid-response', async () => {
    const seed = structuredClone(bankSeed);
    (seed.theme.catalog as { swatches: unknown[] }).swatches = [];
    const error = await adapterError(
      createLocalAdapter({ storage: 'memory', seed }).getThemeCatalog(read()),
      'invalid-response',
    );
    expect(error.message).to.contain('seed');
  });

  it('restores the seed with reset(), the way out of corrupt storage', async () => {
    const storage = memoryStorage();
    storage.setItem('prefcenter', 'not json at all');
    const adapter = createLocalAdapter({ storage });
    adapter.reset();
    expect(storage.getItem('prefcenter')).to.equal(null);
    expect(await adapter.getThemePreferences(read())).to.deep.equal(bankSeed.theme.preferences);
    expect(await adapter.getNotificationHistory(read())).to.deep.equal(bankSeed.notifications.history);
  });

  it('continues the stored versions on reset, so open widgets take the seed in', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    await adapter.updateThemePreferences({ scheme: 'dark', accent: 'plum' }, meta(1));
    await adapter.verifyNotificationChannel('sms', read());
    const heard: ThemePreferences[] = [];
    adapter.subscribe('theme', (document) => heard.push(document));
    adapter.reset();
    const theme = await adapter.getThemePreferences(read());
    expect(theme).to.deep.include({ scheme: 'system', accent: 'harbour-blue', version: 3 });
    expect(heard).to.deep.equal([theme]);
    expect((await adapter.getNotificationCatalog(read())).channels.find((c) => c.id === 'sms')?.ready).to.be.false;
    // Untouched domains keep the seed's own version.
    expect((await adapter.getPayments(read())).version).to.equal(1);
  });
});
