import { expect } from '@open-wc/testing';
import { bankSeed, createLocalAdapter } from '@prefcenter/adapter-local';
import { adapterError, clock, meta, read } from '../helpers.js';

const seeded = bankSeed.notifications.history!.length;

describe('local adapter: notification history', () => {
  async function summaries(patches: object[], options: Parameters<typeof createLocalAdapter>[0] = {}) {
    const adapter = createLocalAdapter({ storage: 'memory', ...options });
    let version = 1;
    for (const patch of patches) version = (await adapter.updateNotificationPreferences(patch, meta(version))).version;
    const history = await adapter.getNotificationHistory(read());
    return history.slice(0, history.length - seeded).map((r) => r.summary);
  }

  it('appends one record per change, newest first, in plain English from the catalog labels', async () => {
    const time = clock();
    const adapter = createLocalAdapter({ storage: 'memory', now: time.now });
    const patch = { subscriptions: { 'large-transactions': { 'in-app': true } } };
    await adapter.updateNotificationPreferences(patch, meta(1));
    time.advance(1000);
    await adapter.updateNotificationPreferences(
      { marketingConsent: { granted: false, at: time.now().toISOString() } },
      meta(2),
    );
    const history = await adapter.getNotificationHistory(read());
    expect(history).to.have.length(seeded + 2);
    expect(history[0]).to.include({
      summary: 'Marketing: consent withdrawn',
      source: 'web',
      at: '2026-05-01T12:00:01.000Z',
    });
    expect(history[1]).to.deep.include({
      summary: 'In-app for Large transactions: on',
      at: '2026-05-01T12:00:00.000Z',
      patch,
    });
    expect(history[0]!.id).to.not.equal(history[1]!.id);
    expect(history.slice(2)).to.deep.equal(bankSeed.notifications.history);
  });

  it('describes channels, frequencies, thresholds, quiet hours, pauses and consent', async () => {
    expect(
      await summaries([
        { subscriptions: { 'low-balance': { email: true, push: false } } },
        { subscriptions: { 'statement-ready': { email: false, push: true, postal: true } } },
        { frequency: { 'statement-ready': 'weekly', deposits: null } },
        { thresholds: { 'low-balance': 250, 'large-transactions': 1000, 'payment-due': 1 } },
        { thresholds: { 'payment-due': 5 } },
        { quietHours: { start: '21:30', end: '06:45' } },
        { quietHours: { allowCritical: false, timeZone: 'Europe/Paris' } },
        { quietHours: { enabled: false } },
        { quietHours: { enabled: true } },
        { pausedUntil: '2026-05-08T16:00:00.000Z' },
        { pausedUntil: null },
        { marketingConsent: { granted: true, at: '2026-05-01T12:00:00.000Z' } },
        { marketingConsent: { granted: false, at: '2026-05-01T12:00:00.000Z' } },
      ]),
    ).to.deep.equal(
      [
        'Email for Low balance: on; Push for Low balance: off',
        'Email for Statement ready: off; Push and Postal mail for Statement ready: on',
        'Deposits received: default frequency; Statement ready: weekly digest',
        'Large transactions: alert over $1,000.00; Low balance: alert below $250.00; Payment due: 1 day ahead',
        'Payment due: 5 days ahead',
        'Quiet hours: 21:30–06:45',
        'Quiet hours: 21:30–06:45 (Europe/Paris); Critical alerts during quiet hours: held back',
        'Quiet hours: off',
        'Quiet hours: 21:30–06:45',
        'Paused until 8 May 2026, 18:00',
        'Pause ended',
        'Marketing: consent withdrawn',
      ].reverse(),
    );
  });

  it('sums up a whole channel switched at once, and records nothing for a change that changes nothing', async () => {
    const rows = Object.fromEntries(
      bankSeed.notifications.catalog.categories
        .filter((c) => c.channels.includes('email') && !c.required)
        .map((c) => [c.id, { email: false }]),
    );
    const [summary] = await summaries([{ subscriptions: rows }, { thresholds: { 'low-balance': 100 } }]);
    expect(summary).to.match(/^Email for \d+ categories: off$/);
  });

  it('starts empty for a seed without history', async () => {
    const { catalog, preferences } = bankSeed.notifications;
    const adapter = createLocalAdapter({
      storage: 'memory',
      seed: { ...bankSeed, notifications: { catalog, preferences } },
    });
    expect(await adapter.getNotificationHistory(read())).to.deep.equal([]);
    await adapter.updateNotificationPreferences({ thresholds: { 'payment-due': 4 } }, meta(1));
    expect((await adapter.getNotificationHistory(read())).map((r) => r.summary)).to.deep.equal([
      'Payment due: 4 days ahead',
    ]);
  });

  it('keeps at most 200 records', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    let version = 1;
    for (let i = 0; i < 205; i++) {
      const patch = { thresholds: { 'low-balance': 100 + (i % 2 ? 0 : 50) } };
      version = (await adapter.updateNotificationPreferences(patch, meta(version))).version;
    }
    const history = await adapter.getNotificationHistory(read());
    expect(history).to.have.length(200);
    expect(history[0]!.summary).to.equal('Low balance: alert below $150.00');
  });

  it('records changes simulated on another device with their source', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    adapter.simulateExternalChange('notifications', { subscriptions: { deposits: { email: true } } });
    const [latest] = await adapter.getNotificationHistory(read());
    expect(latest).to.include({ summary: 'Email for Deposits received: on', source: 'another device' });
    expect((await adapter.getNotificationPreferences(read())).version).to.equal(2);
    expect(() => adapter.simulateExternalChange('notifications', { quietHours: { start: 'noon' } })).to.throw(
      /quietHours\.start/,
    );
  });
});

describe('local adapter: verifyNotificationChannel', () => {
  it('marks the channel ready after the latency and persists it', async () => {
    const storage = { items: new Map<string, string>() };
    const like = {
      getItem: (k: string) => storage.items.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.items.set(k, v),
      removeItem: (k: string) => void storage.items.delete(k),
    };
    const adapter = createLocalAdapter({ storage: like, latency: 30 });
    const call = adapter.verifyNotificationChannel('sms', read());
    expect(storage.items.size, 'nothing is written before the latency').to.equal(0);
    expect(await call).to.equal(undefined);
    const sms = (await createLocalAdapter({ storage: like }).getNotificationCatalog(read())).channels.find(
      (c) => c.id === 'sms',
    );
    expect(sms?.ready).to.be.true;
    // Now the channel can be switched on.
    const saved = await adapter.updateNotificationPreferences(
      { subscriptions: { 'low-balance': { sms: true } } },
      meta(1),
    );
    expect(saved.subscriptions['low-balance']!.sms).to.be.true;
    // Verifying a ready channel again is fine.
    await adapter.verifyNotificationChannel('push', read());
  });

  it('refuses an unknown channel with not-found, and honours abort', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    await adapterError(adapter.verifyNotificationChannel('pigeon', read()), 'not-found');
    const abort = new AbortController();
    abort.abort(new Error('cancelled'));
    const error = await adapter.verifyNotificationChannel('sms', { signal: abort.signal }).catch((e: Error) => e);
    expect((error as Error).message).to.equal('cancelled');
    expect((await adapter.getNotificationCatalog(read())).channels.find((c) => c.id === 'sms')?.ready).to.be.false;
  });
});
