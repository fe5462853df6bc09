import { expect } from '@open-wc/testing';
import {
  AdapterError,
  newIdempotencyKey,
  notificationsDomain,
  parseChangeHistory,
  paymentsDomain,
  privacyDomain,
  themeDomain,
  type AdapterErrorKind,
  type ChangeMeta,
  type NotificationsAdapter,
  type PaymentsAdapter,
  type PrivacyAdapter,
  type SubscribableAdapter,
  type ThemeAdapter,
  type ThemePreferences,
} from '@prefcenter/core';
import { waitUntil } from './wait.js';

/**
 * The adapter contract: what every `PrefsAdapter` must do, whatever it talks to. It runs
 * against `adapter-local` and against `adapter-rest` on the reference server, and a host
 * can run it against an adapter of its own. Every answer goes through core's own parsers,
 * as a widget reads it, and every failure must be an `AdapterError` of the right kind.
 *
 * It only relies on what the contract says (schemas, versions, merge patches, the
 * catalog's own ids), never on one backend's seed, so a host's data passes too.
 */

/** An adapter for every domain, with its actions. */
export type FullAdapter = Required<NotificationsAdapter & ThemeAdapter & PrivacyAdapter & PaymentsAdapter> &
  Required<SubscribableAdapter>;

export interface ContractSubject {
  /** The adapter under test, for a customer of its own (fresh documents). */
  adapter: FullAdapter;
  /** Another instance for the same customer: another tab or device. */
  peer(): FullAdapter;
  /** An instance for another customer (for browser storage: another storage area). */
  stranger(): Promise<FullAdapter>;
  /** Frees what the subject holds (subscriptions, connections). */
  dispose?(): void;
}

const read = () => ({ signal: new AbortController().signal });

function meta(version: number, idempotencyKey = newIdempotencyKey()): ChangeMeta {
  return { version, idempotencyKey, signal: new AbortController().signal };
}

async function failure(promise: Promise<unknown>, kind: AdapterErrorKind): Promise<AdapterError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  expect(error, `expected a ${kind} error`).to.be.instanceOf(AdapterError);
  expect((error as AdapterError).kind, (error as Error).message).to.equal(kind);
  return error as AdapterError;
}

/** A theme change that differs from `current` on every field it sets. */
function otherScheme(current: ThemePreferences): ThemePreferences['scheme'] {
  return current.scheme === 'dark' ? 'light' : 'dark';
}

/** The `updatedAt` carries an offset and is a real instant. */
function expectTimestamp(value: string) {
  expect(value).to.match(/(?:Z|[+-]\d{2}:\d{2})$/);
  expect(Number.isNaN(Date.parse(value))).to.equal(false);
}

export function adapterContract(name: string, create: () => Promise<ContractSubject>) {
  describe(`adapter contract: ${name}`, () => {
    let subject: ContractSubject;
    let adapter: FullAdapter;
    beforeEach(async () => {
      subject = await create();
      adapter = subject.adapter;
    });
    afterEach(() => subject.dispose?.());

    describe('documents and catalogs', () => {
      it('serves every domain in a shape core accepts, with an offset on updatedAt', async () => {
        const notifications = notificationsDomain.parsers.parseDocument(
          await adapter.getNotificationPreferences(read()),
        );
        notificationsDomain.parsers.parseCatalog!(await adapter.getNotificationCatalog(read()));
        const theme = themeDomain.parsers.parseDocument(await adapter.getThemePreferences(read()));
        themeDomain.parsers.parseCatalog!(await adapter.getThemeCatalog(read()));
        const privacy = privacyDomain.parsers.parseDocument(await adapter.getPrivacyPreferences(read()));
        privacyDomain.parsers.parseCatalog!(await adapter.getPrivacyCatalog(read()));
        const payments = paymentsDomain.parsers.parseDocument(await adapter.getPayments(read()));
        await parseChangeHistory(await adapter.getNotificationHistory(read()));
        for (const document of [notifications, theme, privacy, payments]) {
          expect(document.version).to.be.a('number');
          expectTimestamp(document.updatedAt);
        }
      });

      it('answers a merge patch with the whole new document, one version on', async () => {
        const before = await adapter.getThemePreferences(read());
        const scheme = otherScheme(before);
        const saved = themeDomain.parsers.parseDocument(
          await adapter.updateThemePreferences({ scheme }, meta(before.version)),
        );
        expect(saved).to.deep.include({ ...before, scheme, version: before.version + 1, updatedAt: saved.updatedAt });
        expectTimestamp(saved.updatedAt);
        expect(await adapter.getThemePreferences(read())).to.deep.equal(saved);
      });

      it('merges nested objects and removes a field patched to null (RFC 7396)', async () => {
        const catalog = await adapter.getNotificationCatalog(read());
        const before = await adapter.getNotificationPreferences(read());
        const ready = new Set(catalog.channels.filter((c) => c.ready).map((c) => c.id));
        const category = catalog.categories.find((c) => !c.required && c.channels.filter((id) => ready.has(id)).length);
        expect(category, 'the catalog has an optional category on a ready channel').to.not.equal(undefined);
        const channel = category!.channels.find((id) => ready.has(id))!;
        const on = !(before.subscriptions[category!.id]?.[channel] ?? false);
        const quietHours = { enabled: true, start: '22:00', end: '07:00', timeZone: 'UTC', allowCritical: true };
        const first = await adapter.updateNotificationPreferences(
          { subscriptions: { [category!.id]: { [channel]: on } }, quietHours },
          meta(before.version),
        );
        expect(first.subscriptions[category!.id]?.[channel]).to.equal(on);
        // Every other choice of the row and of the document is kept.
        for (const [id, row] of Object.entries(before.subscriptions)) {
          for (const [other, value] of Object.entries(row)) {
            if (id !== category!.id || other !== channel) expect(first.subscriptions[id]?.[other]).to.equal(value);
          }
        }
        expect(first.quietHours).to.deep.equal(quietHours);
        const second = await adapter.updateNotificationPreferences({ quietHours: null }, meta(first.version));
        expect(second).to.not.have.property('quietHours');
        expect(second.version).to.equal(first.version + 1);
      });

      it('keeps its bookkeeping: a patch cannot set version or updatedAt', async () => {
        const before = await adapter.getThemePreferences(read());
        const patch = { scheme: otherScheme(before), version: 999, updatedAt: '2000-01-01T00:00:00Z' };
        const saved = await adapter.updateThemePreferences(patch as never, meta(before.version));
        expect(saved.version).to.equal(before.version + 1);
        expect(saved.updatedAt).to.not.equal('2000-01-01T00:00:00Z');
      });
    });

    describe('concurrency and retries', () => {
      it('refuses a change made on a stale version with conflict, changing nothing', async () => {
        const before = await adapter.getThemePreferences(read());
        await adapter.updateThemePreferences({ scheme: otherScheme(before) }, meta(before.version));
        await failure(adapter.updateThemePreferences({ density: 'compact' }, meta(before.version)), 'conflict');
        const after = await adapter.getThemePreferences(read());
        expect(after.version).to.equal(before.version + 1);
        expect(after.density).to.equal(before.density);
      });

      it('applies a change once when it is retried with the same idempotency key', async () => {
        const before = await adapter.getThemePreferences(read());
        const change = meta(before.version);
        const first = await adapter.updateThemePreferences({ scheme: otherScheme(before) }, change);
        const again = await adapter.updateThemePreferences(
          { scheme: otherScheme(before) },
          { ...change, signal: new AbortController().signal },
        );
        expect(again).to.deep.equal(first);
        expect((await adapter.getThemePreferences(read())).version).to.equal(before.version + 1);
      });

      it('lets two instances race: one wins, the other is told conflict', async () => {
        const before = await adapter.getThemePreferences(read());
        const peer = subject.peer();
        const results = await Promise.allSettled([
          adapter.updateThemePreferences({ density: 'compact' }, meta(before.version)),
          peer.updateThemePreferences({ motion: 'reduce' }, meta(before.version)),
        ]);
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).to.have.length(1);
        expect(lost).to.have.length(1);
        expect(lost[0]!.reason).to.be.instanceOf(AdapterError);
        expect((lost[0]!.reason as AdapterError).kind).to.equal('conflict');
        expect((await adapter.getThemePreferences(read())).version).to.equal(before.version + 1);
      });
    });

    describe('failures', () => {
      it('refuses an invalid value with validation naming the field, changing nothing', async () => {
        const before = await adapter.getThemePreferences(read());
        const error = await failure(
          adapter.updateThemePreferences({ scheme: 'purple' } as never, meta(before.version)),
          'validation',
        );
        expect(Object.keys(error.fields ?? {})).to.include('scheme');
        expect(await adapter.getThemePreferences(read())).to.deep.equal(before);
      });

      it('refuses a patch that is not an object with validation', async () => {
        const before = await adapter.getThemePreferences(read());
        await failure(adapter.updateThemePreferences([1, 2] as never, meta(before.version)), 'validation');
        expect(await adapter.getThemePreferences(read())).to.deep.equal(before);
      });

      it('rejects a call whose signal is already aborted, and the change is not made', async () => {
        const before = await adapter.getThemePreferences(read());
        const controller = new AbortController();
        controller.abort();
        let error: unknown;
        try {
          await adapter.updateThemePreferences(
            { scheme: otherScheme(before) },
            { ...meta(before.version), signal: controller.signal },
          );
        } catch (caught) {
          error = caught;
        }
        expect(error, 'the call rejects').to.not.equal(undefined);
        expect((error as Error).name).to.be.oneOf(['AbortError', 'AdapterError']);
        expect(await adapter.getThemePreferences(read())).to.deep.equal(before);
        let readError: unknown;
        await adapter.getThemeCatalog({ signal: controller.signal }).catch((caught) => (readError = caught));
        expect(readError, 'an aborted read rejects').to.not.equal(undefined);
      });
    });

    describe('changes made elsewhere', () => {
      it('tells a subscriber about a change another instance made, with the whole document', async () => {
        const before = await adapter.getThemePreferences(read());
        const heard: ThemePreferences[] = [];
        const unsubscribe = adapter.subscribe('theme', (document) => heard.push(document));
        try {
          // A subscription may take a moment to be in place (an event stream connecting).
          const peer = subject.peer();
          let version = before.version;
          await waitUntil(async () => {
            if (heard.length) return true;
            const saved = await peer.updateThemePreferences({ scheme: otherScheme(before) }, meta(version));
            version = saved.version;
            return false;
          }, 'a subscriber hears a change made by another instance');
          const last = themeDomain.parsers.parseDocument(heard.at(-1));
          expect(last.version).to.be.greaterThan(before.version);
          expect(last).to.deep.include({ density: before.density, contrast: before.contrast });
        } finally {
          unsubscribe();
        }
      });
    });

    describe('actions', () => {
      it('verifies a channel: switching it on is refused before and accepted after', async () => {
        const catalog = await adapter.getNotificationCatalog(read());
        const channel = catalog.channels.find((c) => !c.ready);
        const category = catalog.categories.find((c) => channel && c.channels.includes(channel.id) && !c.required);
        if (!channel || !category) throw new Error('The contract needs a catalog with a channel that is not ready.');
        const before = await adapter.getNotificationPreferences(read());
        const patch = { subscriptions: { [category.id]: { [channel.id]: true } } };
        await failure(adapter.updateNotificationPreferences(patch, meta(before.version)), 'validation');
        await adapter.verifyNotificationChannel(channel.id, read());
        const after = await adapter.getNotificationCatalog(read());
        expect(after.channels.find((c) => c.id === channel.id)?.ready).to.equal(true);
        const saved = await adapter.updateNotificationPreferences(patch, meta(before.version));
        expect(saved.subscriptions[category.id]?.[channel.id]).to.equal(true);
      });

      it('refuses to verify a channel that does not exist with not-found', async () => {
        await failure(adapter.verifyNotificationChannel('no-such-channel', read()), 'not-found');
      });

      it('keeps a history, newest first, that names a change just made', async () => {
        const catalog = await adapter.getNotificationCatalog(read());
        const before = await adapter.getNotificationPreferences(read());
        const category = catalog.categories.find((c) => !c.required && c.frequencies?.length);
        if (!category) throw new Error('The contract needs a category with a choice of frequency.');
        const frequency = category.frequencies!.find((f) => f !== before.frequency[category.id])!;
        await adapter.updateNotificationPreferences({ frequency: { [category.id]: frequency } }, meta(before.version));
        const history = await parseChangeHistory(await adapter.getNotificationHistory(read()));
        expect(history.length).to.be.greaterThan(0);
        const times = history.map((record) => Date.parse(record.at));
        expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
        expect(history[0]!.summary).to.be.a('string').and.not.equal('');
      });

      it('adds and removes a payment method, answering the whole document', async () => {
        const before = await adapter.getPayments(read());
        const added = paymentsDomain.parsers.parseDocument(
          await adapter.addPaymentMethod({ token: 'tok_visa_4242', nickname: 'Travel' }, meta(before.version)),
        );
        expect(added.version).to.equal(before.version + 1);
        const method = added.methods.find((m) => !before.methods.some((old) => old.id === m.id));
        expect(method).to.include({ last4: '4242', nickname: 'Travel' });
        await failure(adapter.removePaymentMethod('pm_no_such_method', meta(added.version)), 'not-found');
        const removed = await adapter.removePaymentMethod(method!.id, meta(added.version));
        expect(removed.methods.map((m) => m.id)).to.not.include(method!.id);
        expect(removed.version).to.equal(added.version + 1);
      });

      it('never takes a card number for a token', async () => {
        const before = await adapter.getPayments(read());
        await failure(adapter.addPaymentMethod({ token: '4242 4242 4242 4242' }, meta(before.version)), 'validation');
        expect((await adapter.getPayments(read())).version).to.equal(before.version);
      });

      it('records a consent for each purpose a privacy change switches', async () => {
        const catalog = await adapter.getPrivacyCatalog(read());
        const before = await adapter.getPrivacyPreferences(read());
        const purpose = catalog.purposes.find((p) => !p.essential);
        if (!purpose) throw new Error('The contract needs a purpose that is not essential.');
        const granted = !(before.purposes[purpose.id] ?? false);
        const saved = await adapter.updatePrivacyPreferences(
          { purposes: { [purpose.id]: granted } },
          meta(before.version),
        );
        const record = saved.consents.at(-1)!;
        expect(record).to.include({ purpose: purpose.id, noticeVersion: catalog.noticeVersion, source: 'widget' });
        expect(granted ? record.decision === 'given' : record.decision !== 'given').to.be.true;
        // The records before are kept as they were: a new one is appended, none edited.
        expect(saved.consents.slice(0, -1)).to.deep.equal(before.consents);
        const previous = before.consents.findLast((r) => r.purpose === purpose.id);
        expect(record.previous).to.equal(previous?.id);
      });

      it('refuses a notice version other than the one shown, and the signal giving a consent', async () => {
        const catalog = await adapter.getPrivacyCatalog(read());
        const before = await adapter.getPrivacyPreferences(read());
        const purpose = catalog.purposes.find((p) => !p.essential && !before.purposes[p.id]);
        if (!purpose) throw new Error('The contract needs a purpose that is off.');
        await failure(adapter.updatePrivacyPreferences({ noticeVersion: 'bogus' }, meta(before.version)), 'validation');
        await failure(
          adapter.updatePrivacyPreferences(
            { purposes: { [purpose.id]: true }, sources: { [purpose.id]: 'gpc' } },
            meta(before.version),
          ),
          'validation',
        );
        expect((await adapter.getPrivacyPreferences(read())).version).to.equal(before.version);
      });

      it('records a withdrawal when a patch drops a purpose that was on, and keeps a source only with a decision', async () => {
        const catalog = await adapter.getPrivacyCatalog(read());
        const before = await adapter.getPrivacyPreferences(read());
        const purpose = catalog.purposes.find((p) => !p.essential);
        if (!purpose) throw new Error('The contract needs a purpose that is not essential.');
        const on = before.purposes[purpose.id]
          ? before
          : await adapter.updatePrivacyPreferences({ purposes: { [purpose.id]: true } }, meta(before.version));
        const dropped = await adapter.updatePrivacyPreferences(
          { purposes: { [purpose.id]: null } } as never,
          meta(on.version),
        );
        expect(dropped.consents.at(-1)).to.include({ purpose: purpose.id, decision: 'withdrawn' });
        // A source with no decision beside it is not kept: it would credit the signal with nothing.
        const sourced = await adapter.updatePrivacyPreferences(
          { sources: { [purpose.id]: 'gpc' } },
          meta(dropped.version),
        );
        expect(sourced.sources[purpose.id]).to.not.equal('gpc');
        expect(sourced.consents.length).to.equal(dropped.consents.length);
      });

      it('records the source a privacy change names, even the one the purpose already had', async () => {
        const catalog = await adapter.getPrivacyCatalog(read());
        const before = await adapter.getPrivacyPreferences(read());
        const purpose = catalog.purposes.find((p) => !p.essential);
        if (!purpose) throw new Error('The contract needs a purpose that is not essential.');
        const on = !(before.purposes[purpose.id] ?? false);
        const first = await adapter.updatePrivacyPreferences(
          { purposes: { [purpose.id]: on }, sources: { [purpose.id]: 'preset' } },
          meta(before.version),
        );
        // A second preset in a row: the source is `preset` again, as the document already says.
        const second = await adapter.updatePrivacyPreferences(
          { purposes: { [purpose.id]: !on }, sources: { [purpose.id]: 'preset' } },
          meta(first.version),
        );
        expect(second.consents.at(-1)).to.include({ purpose: purpose.id, source: 'preset' });
        // A switch that names no source is the customer's own, here.
        const third = await adapter.updatePrivacyPreferences({ purposes: { [purpose.id]: on } }, meta(second.version));
        expect(third.consents.at(-1)).to.include({ purpose: purpose.id, source: 'widget' });
        expect(third.sources[purpose.id]).to.equal('widget');
      });

      it('records each purpose a change names again when it reviews a new notice, even an unchanged one', async () => {
        const catalog = await adapter.getPrivacyCatalog(read());
        const before = await adapter.getPrivacyPreferences(read());
        const purpose = catalog.purposes.find((p) => !p.essential);
        if (!purpose) throw new Error('The contract needs a purpose that is not essential.');
        // Not yet reviewed (a customer who has decided nothing under this notice).
        const reviewed = await adapter.updatePrivacyPreferences({ noticeVersion: null }, meta(before.version));
        const same = reviewed.purposes[purpose.id] ?? false;
        const saved = await adapter.updatePrivacyPreferences(
          {
            purposes: { [purpose.id]: same },
            sources: { [purpose.id]: 'widget' },
            noticeVersion: catalog.noticeVersion,
          },
          meta(reviewed.version),
        );
        expect(saved.consents.length).to.equal(reviewed.consents.length + 1);
        expect(saved.consents.at(-1)).to.include({
          purpose: purpose.id,
          decision: same ? 'given' : 'refused',
          noticeVersion: catalog.noticeVersion,
        });
      });
    });

    describe('customers', () => {
      it("never shows one customer's change to another", async () => {
        const stranger = await subject.stranger();
        const theirs = await stranger.getThemePreferences(read());
        const before = await adapter.getThemePreferences(read());
        await adapter.updateThemePreferences({ scheme: otherScheme(before) }, meta(before.version));
        expect(await stranger.getThemePreferences(read())).to.deep.equal(theirs);
      });
    });
  });
}
