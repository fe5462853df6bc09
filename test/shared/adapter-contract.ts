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
  type Payments,
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
  /** The tokens and proofs of the backend's payment provider; default `fakeProvider`. */
  provider?: PaymentProvider;
}

/** What the contract asks of the backend's payment provider (its test mode): tokens, and the proofs they expect. */
export interface PaymentProvider {
  /** A card that is verified and has not expired. */
  cardToken: string;
  /** A bank account that waits for the two micro-deposit amounts, and those amounts in minor units. */
  microDepositsToken: string;
  amounts: [number, number];
  /** A bank account that waits for the code it was sent, and that code. */
  codeToken: string;
  code: string;
}

/** The fake provider of adapter-local (its tokens.ts), which the reference server uses too. */
export const fakeProvider: PaymentProvider = {
  cardToken: 'tok_visa_4242',
  microDepositsToken: 'tok_bank_6789',
  amounts: [32, 45],
  codeToken: 'tok_bankcode_6789',
  code: '123456',
};

/** The fields that name a default payment method. */
const defaultFields = ['defaultMethodId', 'defaultRecurringMethodId', 'defaultOneOffMethodId'] as const;

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

    describe('payment methods', () => {
      const provider = () => subject.provider ?? fakeProvider;
      const payments = async () => paymentsDomain.parsers.parseDocument(await adapter.getPayments(read()));

      /** Adds a method from `token`: the new document and the method it added. */
      async function add(token: string) {
        const before = await payments();
        const document = paymentsDomain.parsers.parseDocument(
          await adapter.addPaymentMethod({ token }, meta(before.version)),
        );
        const method = document.methods.find((m) => !before.methods.some((old) => old.id === m.id));
        expect(method, `a method added from ${token}`).to.not.equal(undefined);
        return { document, method: method! };
      }

      /** A method that something charges (`usedBy`), which the contract needs. */
      function usedMethod(document: Payments) {
        const method = document.methods.find((m) => m.usedBy.length > 0 && m.verification === 'verified');
        if (!method) throw new Error('The contract needs a verified payment method that something charges (usedBy).');
        return method;
      }

      const methodOf = (document: Payments, id: string) => document.methods.find((m) => m.id === id)!;
      /** Two amounts that are not the right ones. */
      const wrongAmounts = (): [number, number] => [provider().amounts[0] + 1, provider().amounts[1] + 1];

      it('verifies a bank account with the right amounts, keeping its tries and adding a step', async () => {
        const { document, method } = await add(provider().microDepositsToken);
        expect(method).to.include({
          type: 'bank-account',
          verification: 'required',
          verificationMethod: 'micro-deposits',
        });
        const saved = paymentsDomain.parsers.parseDocument(
          await adapter.verifyPaymentMethod(method.id, { amounts: provider().amounts }, meta(document.version)),
        );
        const verified = methodOf(saved, method.id);
        expect(verified.verification).to.equal('verified');
        expect(verified.verificationAttemptsLeft).to.equal(method.verificationAttemptsLeft);
        expect(verified.verificationSteps.slice(0, -1)).to.deep.equal(method.verificationSteps);
        expect(verified.verificationSteps.at(-1)?.status).to.equal('verified');
        expectTimestamp(verified.verificationSteps.at(-1)!.at);
        expect(saved.version).to.equal(document.version + 1);
        expect(await payments()).to.deep.equal(saved);
      });

      it('answers wrong amounts with one try less, kept on a reread, and fails the account when none are left', async () => {
        const { document, method } = await add(provider().microDepositsToken);
        const tries = method.verificationAttemptsLeft!;
        expect(tries, 'a new bank account has tries').to.be.within(1, 5);
        let version = document.version;
        for (let left = tries - 1; left >= 0; left--) {
          const answered = paymentsDomain.parsers.parseDocument(
            await adapter.verifyPaymentMethod(method.id, { amounts: wrongAmounts() }, meta(version)),
          );
          version = answered.version;
          const after = methodOf(answered, method.id);
          expect(after.verificationAttemptsLeft).to.equal(left);
          expect(after.verification).to.equal(left > 0 ? 'required' : 'failed');
          expect(await payments(), 'the try used is stored').to.deep.equal(answered);
        }
        const failed = methodOf(await payments(), method.id);
        expect(failed.verificationSteps.at(-1)?.status).to.equal('failed');
        // No longer waiting: even the right amounts are refused, and nothing changes.
        await failure(
          adapter.verifyPaymentMethod(method.id, { amounts: provider().amounts }, meta(version)),
          'validation',
        );
        expect((await payments()).version).to.equal(version);
      });

      it('uses one try for a wrong proof retried with the same idempotency key', async () => {
        const { document, method } = await add(provider().microDepositsToken);
        const change = meta(document.version);
        const first = await adapter.verifyPaymentMethod(method.id, { amounts: wrongAmounts() }, change);
        const again = await adapter.verifyPaymentMethod(
          method.id,
          { amounts: wrongAmounts() },
          { ...change, signal: new AbortController().signal },
        );
        expect(again).to.deep.equal(first);
        const stored = methodOf(await payments(), method.id);
        expect(stored.verificationAttemptsLeft).to.equal(method.verificationAttemptsLeft! - 1);
      });

      it('verifies an account sent a code with its code, and refuses the other kind of proof', async () => {
        const { method: deposits } = await add(provider().microDepositsToken);
        const { document, method } = await add(provider().codeToken);
        expect(method).to.include({ verification: 'required', verificationMethod: 'code' });
        await failure(
          adapter.verifyPaymentMethod(method.id, { amounts: provider().amounts }, meta(document.version)),
          'validation',
        );
        await failure(
          adapter.verifyPaymentMethod(deposits.id, { code: provider().code }, meta(document.version)),
          'validation',
        );
        expect(await payments(), 'a proof of the wrong kind uses no try').to.deep.equal(document);
        const saved = await adapter.verifyPaymentMethod(method.id, { code: provider().code }, meta(document.version));
        expect(methodOf(saved, method.id).verification).to.equal('verified');
      });

      it('refuses to verify a method that is not waiting for verification', async () => {
        const { document, method } = await add(provider().cardToken);
        const error = await failure(
          adapter.verifyPaymentMethod(method.id, { code: provider().code }, meta(document.version)),
          'validation',
        );
        expect(error.message).to.contain('is not waiting for verification');
        expect(await payments()).to.deep.equal(document);
      });

      it('refuses to remove a method in use without a replacement, saying what uses it', async () => {
        const before = await payments();
        const used = usedMethod(before);
        const error = await failure(adapter.removePaymentMethod(used.id, meta(before.version)), 'validation');
        expect(error.message).to.contain(used.usedBy[0]!.label);
        expect(error.message).to.match(/replaceWith/);
        expect(Object.keys(error.fields ?? {}).some((field) => field.startsWith('methods'))).to.be.true;
        expect(await payments()).to.deep.equal(before);
      });

      it('removes a method in use with replaceWith: the replacement takes over its usage and defaults', async () => {
        let document = await payments();
        const used = usedMethod(document);
        if (!defaultFields.some((field) => document[field] === used.id)) {
          document = await adapter.updatePayments({ defaultMethodId: used.id }, meta(document.version));
        }
        const added = await add(provider().cardToken);
        const replacement = added.method;
        document = added.document;
        const saved = paymentsDomain.parsers.parseDocument(
          await adapter.removePaymentMethod(used.id, meta(document.version), { replaceWith: replacement.id }),
        );
        expect(saved.methods.map((m) => m.id)).to.not.include(used.id);
        const took = methodOf(saved, replacement.id).usedBy.map((use) => use.id);
        expect(took).to.include.members(used.usedBy.map((use) => use.id));
        expect(new Set(took).size, 'each use once').to.equal(took.length);
        for (const field of defaultFields) {
          expect(saved[field], field).to.equal(document[field] === used.id ? replacement.id : document[field]);
        }
        expect(await payments()).to.deep.equal(saved);
      });

      it('refuses a replacement that is the method itself, missing or not verified', async () => {
        const used = usedMethod(await payments());
        const { document, method: unverified } = await add(provider().microDepositsToken);
        for (const replaceWith of [used.id, 'pm_no_such_method', '__proto__', unverified.id]) {
          await failure(adapter.removePaymentMethod(used.id, meta(document.version), { replaceWith }), 'validation');
        }
        expect(await payments()).to.deep.equal(document);
      });

      it('refuses a patch that changes what the backend writes, and takes the methods sent back as they came', async () => {
        const { document, method: bank } = await add(provider().microDepositsToken);
        const used = usedMethod(document);
        const edit = (id: string, fields: object) => ({
          methods: document.methods.map((m) => (m.id === id ? { ...m, ...fields } : m)),
        });
        const index = (id: string) => document.methods.findIndex((m) => m.id === id);
        const cases: [object, string][] = [
          [edit(used.id, { usedBy: [] }), `methods[${index(used.id)}].usedBy`],
          [edit(bank.id, { verification: 'verified' }), `methods[${index(bank.id)}].verification`],
          [edit(bank.id, { verificationAttemptsLeft: 99 }), `methods[${index(bank.id)}].verificationAttemptsLeft`],
          [{ separateDefaults: !document.separateDefaults }, 'separateDefaults'],
        ];
        for (const [patch, field] of cases) {
          const error = await failure(adapter.updatePayments(patch, meta(document.version)), 'validation');
          expect(Object.keys(error.fields ?? {}), field).to.include(field);
        }
        expect(await payments()).to.deep.equal(document);
        // Every method as it came, with a nickname changed: nothing the backend writes differs.
        const saved = await adapter.updatePayments(edit(used.id, { nickname: 'Renamed' }), meta(document.version));
        expect(methodOf(saved, used.id)).to.deep.equal({ ...used, nickname: 'Renamed' });
      });

      it('refuses a default that names a missing or unverified method', async () => {
        const { document, method: bank } = await add(provider().microDepositsToken);
        for (const [patch, field] of [
          [{ defaultMethodId: 'pm_no_such_method' }, 'defaultMethodId'],
          [{ defaultMethodId: '__proto__' }, 'defaultMethodId'],
          [{ defaultMethodId: bank.id }, 'defaultMethodId'],
          [{ defaultOneOffMethodId: bank.id }, 'defaultOneOffMethodId'],
        ] as const) {
          const error = await failure(adapter.updatePayments(patch, meta(document.version)), 'validation');
          expect(Object.keys(error.fields ?? {}), JSON.stringify(patch)).to.include(field);
        }
        expect(await payments()).to.deep.equal(document);
        // Separate defaults are set where the backend offers them, and refused where it does not.
        const card = document.methods.find(
          (m) => m.verification === 'verified' && m.id !== document.defaultOneOffMethodId,
        );
        const patch = { defaultOneOffMethodId: card!.id };
        if (document.separateDefaults) {
          const saved = await adapter.updatePayments(patch, meta(document.version));
          expect(saved.defaultOneOffMethodId).to.equal(card!.id);
        } else {
          await failure(adapter.updatePayments(patch, meta(document.version)), 'validation');
        }
      });

      it('refuses a card number in a billing address or a nickname', async () => {
        const before = await payments();
        const address = { id: 'addr_contract', name: 'Card', line1: '4242 4242 4242 4242', country: 'US' };
        const error = await failure(
          adapter.updatePayments({ billingAddresses: [...before.billingAddresses, address] }, meta(before.version)),
          'validation',
        );
        expect(Object.keys(error.fields ?? {})).to.include(`billingAddresses[${before.billingAddresses.length}].line1`);
        const recipient = {
          id: 'addr_contract',
          name: 'Home',
          recipient: '4242-4242-4242-4242',
          line1: '1 Main St',
          country: 'US',
        };
        await failure(
          adapter.updatePayments({ billingAddresses: [...before.billingAddresses, recipient] }, meta(before.version)),
          'validation',
        );
        const methods = before.methods.map((m, i) => (i === 0 ? { ...m, nickname: '4000 0566 5566 5556' } : m));
        await failure(adapter.updatePayments({ methods }, meta(before.version)), 'validation');
        expect(await payments()).to.deep.equal(before);
      });

      it('answers not-found for method ids named like Object.prototype members', async () => {
        const before = await payments();
        for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
          await failure(adapter.removePaymentMethod(id, meta(before.version)), 'not-found');
          await failure(
            adapter.verifyPaymentMethod(id, { amounts: provider().amounts }, meta(before.version)),
            'not-found',
          );
        }
        expect(await payments()).to.deep.equal(before);
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
