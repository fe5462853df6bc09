import { expect } from '@open-wc/testing';
import { bankSeed, createLocalAdapter } from '@prefcenter/adapter-local';
import { appendConsents } from '@prefcenter/adapter-local/backend-rules';
import { adapterError, clock, meta, read, rejection } from './helpers.js';

describe('local adapter: writes', () => {
  it('applies a merge patch, bumps the version and sets updatedAt from the clock', async () => {
    const time = clock();
    const adapter = createLocalAdapter({ storage: 'memory', now: time.now });
    const saved = await adapter.updateNotificationPreferences(
      { subscriptions: { 'low-balance': { email: true } }, quietHours: { start: '23:00' }, pausedUntil: null },
      meta(1),
    );
    expect(saved.version).to.equal(2);
    expect(saved.updatedAt).to.equal('2026-05-01T12:00:00.000Z');
    expect(saved.subscriptions['low-balance']).to.deep.equal({ email: true, sms: false, push: true, 'in-app': true });
    expect(saved.quietHours).to.deep.include({ start: '23:00', end: '07:00' });
    expect(await adapter.getNotificationPreferences(read())).to.deep.equal(saved);

    time.advance(60_000);
    const again = await adapter.updateNotificationPreferences({ quietHours: null }, meta(2));
    expect(again).to.include({ version: 3, updatedAt: '2026-05-01T12:01:00.000Z' });
    expect(again.quietHours).to.equal(undefined);
  });

  it('ignores version and updatedAt in a patch: they are the adapter’s', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    const saved = await adapter.updateThemePreferences(
      { scheme: 'dark', version: 99, updatedAt: '2000-01-01T00:00:00Z' } as object,
      meta(1),
    );
    expect(saved.version).to.equal(2);
    expect(saved.updatedAt).to.not.equal('2000-01-01T00:00:00Z');
  });

  it('refuses a change made on a stale version with conflict, and changes nothing', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    await adapter.updateThemePreferences({ scheme: 'dark' }, meta(1));
    const error = await adapterError(adapter.updateThemePreferences({ scheme: 'light' }, meta(1)), 'conflict');
    expect(error.message).to.contain('version 2');
    expect(await adapter.getThemePreferences(read())).to.include({ scheme: 'dark', version: 2 });
    await adapterError(adapter.updateThemePreferences({ scheme: 'light' }, meta(7)), 'conflict');
  });

  it('applies a change once per idempotency key and answers a retry with the same result', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    const first = await adapter.updateNotificationPreferences({ thresholds: { 'low-balance': 300 } }, meta(1, 'k-1'));
    // A retry of the same change, sent on the version it was made on.
    const retry = await adapter.updateNotificationPreferences({ thresholds: { 'low-balance': 300 } }, meta(1, 'k-1'));
    expect(retry).to.deep.equal(first);
    expect((await adapter.getNotificationPreferences(read())).version).to.equal(2);
    expect(await adapter.getNotificationHistory(read())).to.have.length(bankSeed.notifications.history!.length + 1);

    // A new key is a new change: on the old version it conflicts.
    await adapterError(
      adapter.updateNotificationPreferences({ thresholds: { 'low-balance': 300 } }, meta(1, 'k-2')),
      'conflict',
    );
    // The same key for another method is another change.
    expect((await adapter.updateThemePreferences({ scheme: 'dark' }, meta(1, 'k-1'))).scheme).to.equal('dark');
  });

  it('lets the retry of a failed change apply with the same key', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    adapter.failNext(1, 'network');
    await adapterError(adapter.updateThemePreferences({ scheme: 'dark' }, meta(1, 'k')), 'network');
    expect((await adapter.updateThemePreferences({ scheme: 'dark' }, meta(1, 'k'))).version).to.equal(2);
  });

  it('forgets idempotency keys on reset', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    await adapter.updateThemePreferences({ scheme: 'dark' }, meta(1, 'k'));
    adapter.reset();
    // The stored version was 2, so the reset seed continues at 3.
    const saved = await adapter.updateThemePreferences({ scheme: 'light' }, meta(3, 'k'));
    expect(saved).to.include({ scheme: 'light', version: 4 });
  });

  it('refuses a result that fails the schema with validation naming the path and fields, and changes nothing', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    const error = await adapterError(
      adapter.updateNotificationPreferences(
        { quietHours: { start: '25:00' }, subscriptions: { 'low-balance': { email: 'yes' as unknown as boolean } } },
        meta(1),
      ),
      'validation',
    );
    expect(error.path).to.have.length.greaterThan(0);
    expect(error.fields).to.have.keys(['subscriptions.low-balance.email', 'quietHours.start']);
    expect(await adapter.getNotificationPreferences(read())).to.deep.equal(bankSeed.notifications.preferences);
    expect(await adapter.getNotificationHistory(read())).to.deep.equal(bankSeed.notifications.history);

    const theme = await adapterError(adapter.updateThemePreferences({ textScale: 3 }, meta(1)), 'validation');
    expect(theme.path).to.deep.equal(['textScale']);
    expect(theme.fields).to.have.property('textScale');
  });

  it('refuses a patch that is not an object, and malformed meta', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    await adapterError(adapter.updateThemePreferences([] as unknown as object, meta(1)), 'validation');
    await adapterError(adapter.updateThemePreferences('dark' as unknown as object, meta(1)), 'validation');
    const noVersion = { idempotencyKey: 'k', signal: new AbortController().signal } as never;
    await adapterError(adapter.updateThemePreferences({ scheme: 'dark' }, noVersion), 'validation');
    expect((await adapter.getThemePreferences(read())).version).to.equal(1);
  });

  describe('notification rules', () => {
    const adapter = () => createLocalAdapter({ storage: 'memory' });

    it('keeps required categories on, with the reason', async () => {
      const error = await adapterError(
        adapter().updateNotificationPreferences({ subscriptions: { 'password-changed': { email: false } } }, meta(1)),
        'validation',
      );
      expect(error.path).to.deep.equal(['subscriptions', 'password-changed', 'email']);
      expect(error.fields!['subscriptions.password-changed.email']).to.contain('required');
      await adapterError(
        adapter().updateNotificationPreferences({ subscriptions: { 'terms-changes': null } }, meta(1)),
        'validation',
      );
    });

    it('refuses a channel that is not ready, not offered, or a category that does not exist', async () => {
      const a = adapter();
      const sms = await adapterError(
        a.updateNotificationPreferences({ subscriptions: { 'low-balance': { sms: true } } }, meta(1)),
        'validation',
      );
      expect(sms.message).to.contain('verified phone');
      const postal = await adapterError(
        a.updateNotificationPreferences({ subscriptions: { 'low-balance': { postal: true } } }, meta(1)),
        'validation',
      );
      expect(postal.path).to.deep.equal(['subscriptions', 'low-balance', 'postal']);
      await adapterError(
        a.updateNotificationPreferences({ subscriptions: { nope: { email: true } } }, meta(1)),
        'validation',
      );
      // Switching a channel off is always possible.
      const saved = await a.updateNotificationPreferences(
        { subscriptions: { 'low-balance': { sms: false } } },
        meta(1),
      );
      expect(saved.version).to.equal(2);
    });

    it('checks frequencies, thresholds and time zones against the catalog', async () => {
      const a = adapter();
      const cases: [object, string][] = [
        [{ frequency: { 'statement-ready': 'daily' } }, ''],
        [{ frequency: { deposits: 'weekly' } }, 'frequency.deposits'],
        [{ frequency: { 'low-balance': 'daily' } }, 'frequency.low-balance'],
        [{ frequency: { ghost: 'daily' } }, 'frequency.ghost'],
        [{ thresholds: { 'low-balance': 6000 } }, 'thresholds.low-balance'],
        [{ thresholds: { 'large-transactions': 10 } }, 'thresholds.large-transactions'],
        [{ thresholds: { 'payment-due': 2.5 } }, 'thresholds.payment-due'],
        [{ thresholds: { deposits: 10 } }, 'thresholds.deposits'],
        [{ quietHours: { timeZone: 'Mars/Olympus_Mons' } }, 'quietHours.timeZone'],
      ];
      let version = 1;
      for (const [patch, field] of cases) {
        if (!field) {
          version = (await a.updateNotificationPreferences(patch, meta(version))).version;
          continue;
        }
        const error = await adapterError(a.updateNotificationPreferences(patch, meta(version)), 'validation');
        expect(error.fields, JSON.stringify(patch)).to.have.property(field);
      }
      const saved = await a.updateNotificationPreferences(
        { thresholds: { 'payment-due': 7 }, quietHours: { timeZone: 'Europe/Paris' } },
        meta(version),
      );
      expect(saved.thresholds['payment-due']).to.equal(7);
    });
  });

  it('checks the theme accent against the palette', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    const error = await adapterError(adapter.updateThemePreferences({ accent: 'neon' }, meta(1)), 'validation');
    expect(error.path).to.deep.equal(['accent']);
    expect((await adapter.updateThemePreferences({ accent: 'northwind-gold' }, meta(1))).accent).to.equal(
      'northwind-gold',
    );
  });

  describe('privacy', () => {
    it('keeps essential purposes on and refuses unknown ones', async () => {
      const adapter = createLocalAdapter({ storage: 'memory' });
      const error = await adapterError(
        adapter.updatePrivacyPreferences({ purposes: { essential: false } }, meta(1)),
        'validation',
      );
      expect(error.path).to.deep.equal(['purposes', 'essential']);
      await adapterError(adapter.updatePrivacyPreferences({ purposes: { essential: null } }, meta(1)), 'validation');
      await adapterError(adapter.updatePrivacyPreferences({ purposes: { telemetry: true } }, meta(1)), 'validation');
    });

    it('records a consent per purpose switched, with the notice version and source, and owns the log', async () => {
      const time = clock();
      const adapter = createLocalAdapter({ storage: 'memory', now: time.now });
      const saved = await adapter.updatePrivacyPreferences(
        {
          preset: 'custom',
          purposes: { analytics: false, marketing: true, functional: true },
          // A client cannot rewrite the consent log.
          consents: [],
        },
        meta(1),
      );
      const added = saved.consents.slice(bankSeed.privacy.preferences.consents.length);
      const common = {
        time: '2026-05-01T12:00:00.000Z',
        noticeId: 'northwind-privacy-notice',
        noticeVersion: '2026-02',
        textHash: 'sha256:6f1ed002ab5595859014ebf0951522d9',
        language: 'en',
        source: 'widget',
        method: 'web',
        actor: 'customer',
        jurisdiction: 'EU',
      };
      expect(added.map(({ id: _, ...rest }) => rest)).to.deep.equal([
        { ...common, purpose: 'analytics', decision: 'withdrawn', previous: 'rec_seed_analytics' },
        { ...common, purpose: 'marketing', decision: 'given', previous: 'rec_seed_marketing' },
      ]);
      expect(new Set(saved.consents.map((r) => r.id)).size).to.equal(saved.consents.length);
      expect(saved.consents.slice(0, added.length ? -added.length : undefined)).to.deep.equal(
        bankSeed.privacy.preferences.consents,
      );
      expect(saved.sources).to.include({ analytics: 'widget', marketing: 'widget' });
    });

    it('records the source a change names (a preset, Global Privacy Control)', async () => {
      const adapter = createLocalAdapter({ storage: 'memory' });
      const on = await adapter.updatePrivacyPreferences({ purposes: { partners: true } }, meta(1));
      const saved = await adapter.updatePrivacyPreferences(
        { purposes: { partners: false }, sources: { partners: 'gpc' } },
        meta(on.version),
      );
      expect(saved.consents.at(-1)).to.include({ purpose: 'partners', source: 'gpc', decision: 'withdrawn' });
      const again = await adapter.updatePrivacyPreferences({ purposes: { partners: true } }, meta(saved.version));
      // The source left from the signal does not speak for the customer's own switch.
      expect(again.consents.at(-1)).to.include({ purpose: 'partners', source: 'widget', decision: 'given' });
    });

    it('drops the oldest records past the limit, but never the latest of a purpose', () => {
      const record = (id: string, purpose: string) =>
        ({
          id,
          purpose,
          decision: 'given',
          time: '2026-05-01T10:00:00Z',
          noticeVersion: 'v',
          source: 'widget',
          actor: 'customer',
        }) as const;
      const log = [record('a1', 'analytics'), record('m1', 'marketing'), record('m2', 'marketing')];
      const kept = appendConsents(log, [record('m3', 'marketing')], 2);
      // Analytics' only record is the proof of its consent: the oldest marketing ones go instead.
      expect(kept.map((r) => r.id)).to.deep.equal(['a1', 'm3']);
      expect(appendConsents(log, [], 5)).to.deep.equal(log);
    });

    it('records a preset as the source of a second preset in a row, and the widget for a switch that names none', async () => {
      const adapter = createLocalAdapter({ storage: 'memory' });
      // The seed's sources already say `preset` for these purposes: only the patch tells a new preset apart.
      const open = await adapter.updatePrivacyPreferences(
        {
          preset: 'open',
          purposes: { marketing: true, partners: true },
          sources: { marketing: 'preset', partners: 'preset' },
        },
        meta(1),
      );
      expect(open.consents.slice(-2).map((r) => [r.purpose, r.source])).to.deep.equal([
        ['marketing', 'preset'],
        ['partners', 'preset'],
      ]);
      const strict = await adapter.updatePrivacyPreferences(
        { preset: 'strict', purposes: { marketing: false }, sources: { marketing: 'preset' } },
        meta(open.version),
      );
      expect(strict.consents.at(-1)).to.include({ purpose: 'marketing', source: 'preset', decision: 'withdrawn' });
      const own = await adapter.updatePrivacyPreferences({ purposes: { partners: false } }, meta(strict.version));
      expect(own.consents.at(-1)).to.include({ purpose: 'partners', source: 'widget' });
      expect(own.sources.partners).to.equal('widget');
    });
  });

  it('rejects with the signal’s reason when aborted before or during the call, and changes nothing', async () => {
    const adapter = createLocalAdapter({ storage: 'memory' });
    const before = new AbortController();
    const reason = new Error('gone');
    before.abort(reason);
    expect(await rejection(adapter.getThemePreferences({ signal: before.signal }))).to.equal(reason);
    expect(
      await rejection(adapter.updateThemePreferences({ scheme: 'dark' }, { ...meta(1), signal: before.signal })),
    ).to.equal(reason);

    // Aborted right after the call started, before the (asynchronous) answer.
    const soon = new AbortController();
    const call = adapter.updateThemePreferences({ scheme: 'dark' }, { ...meta(1), signal: soon.signal });
    soon.abort();
    const error = await rejection(call);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');

    // Aborted while the simulated network is slow: it rejects at once, not after the delay.
    adapter.setLatency(60_000);
    const slow = new AbortController();
    const pending = adapter.updateThemePreferences({ scheme: 'dark' }, { ...meta(1), signal: slow.signal });
    const late = new Error('late');
    slow.abort(late);
    expect(await rejection(pending)).to.equal(late);

    adapter.setLatency(0);
    expect((await adapter.getThemePreferences(read())).scheme).to.equal('system');
  });
});
