import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import {
  AdapterError,
  adapterErrorKinds,
  PrefsChangeEvent,
  PrefsConflictEvent,
  PrefsErrorEvent,
  PrefsReauthRequiredEvent,
  PrefsSavedEvent,
  ResourceController,
  type ResourceControllerOptions,
} from '@prefcenter/core';
import { hidePage } from '../../shared/page-visibility.js';
import { FakeSpec, Notices, ResourceHost, doc, type Doc } from '../helpers.js';

interface Mounted {
  host: ResourceHost;
  c: ResourceController<Doc, string[]>;
  fake: FakeSpec;
  notices: Notices;
}

const mounted: HTMLElement[] = [];

function mount(options: ResourceControllerOptions = {}, { connect = true, catalog = false } = {}): Mounted {
  const host = document.createElement('test-resource-host') as ResourceHost;
  const notices = new Notices();
  const c = new ResourceController<Doc, string[]>(host, { batchDelay: 1, ...options, onNotice: notices.record });
  const fake = new FakeSpec();
  c.setSpec(catalog ? fake.catalogSpec : fake.spec);
  if (connect) document.body.append(host);
  mounted.push(host);
  return { host, c, fake, notices };
}

/** Mounts and answers the first load with version 1. */
async function mountReady(options: ResourceControllerOptions = {}): Promise<Mounted> {
  const m = mount(options);
  (await m.fake.loads.next()).deferred.resolve(doc(1));
  await m.notices.next('loaded');
  return m;
}

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('ResourceController', () => {
  describe('loading', () => {
    it('loads on connect, not before', async () => {
      const m = mount({}, { connect: false });
      expect(m.fake.loads.length).to.equal(0);
      expect(m.c.loadStatus).to.equal('idle');
      document.body.append(m.host);
      const load = await m.fake.loads.next();
      expect(m.c.loadStatus).to.equal('loading');
      expect(load.options.signal).to.be.instanceOf(AbortSignal);
      expect(load.options.signal.aborted).to.equal(false);
      load.deferred.resolve(doc(1, { a: 7 }));
      await m.notices.next('loaded');
      expect(m.c.loadStatus).to.equal('ready');
      expect(m.c.view?.a).to.equal(7);
      expect(m.c.confirmed?.version).to.equal(1);
    });

    it('loads the catalog together with the document', async () => {
      const m = mount({}, { catalog: true });
      const [load, catalog] = await Promise.all([m.fake.loads.next(), m.fake.catalogLoads.next()]);
      catalog.deferred.resolve(['one', 'two']);
      load.deferred.resolve(doc(1));
      await m.notices.next('loaded');
      expect(m.c.catalog).to.deep.equal(['one', 'two']);
    });

    it('reloads only the catalog on request, keeping unsaved edits, and reports a failure', async () => {
      const m = mount({ mode: () => 'manual' }, { catalog: true });
      const [load, catalog] = await Promise.all([m.fake.loads.next(), m.fake.catalogLoads.next()]);
      catalog.deferred.resolve(['one']);
      load.deferred.resolve(doc(1));
      await m.notices.next('loaded');
      m.c.change({ a: 5 });
      const reloaded = m.c.reloadCatalog();
      (await m.fake.catalogLoads.next()).deferred.resolve(['one', 'two']);
      await reloaded;
      expect(m.c.catalog).to.deep.equal(['one', 'two']);
      expect(m.c.view?.a).to.equal(5);
      expect(m.fake.loads.length).to.equal(1);
      const failing = m.c.reloadCatalog();
      (await m.fake.catalogLoads.next()).deferred.reject(new TypeError('Failed to fetch'));
      try {
        await failing;
        expect.fail('expected the reload to fail');
      } catch (error) {
        expect((error as AdapterError).kind).to.equal('network');
      }
      expect(m.c.catalog).to.deep.equal(['one', 'two']);
    });

    it('aborts the load when the host is removed, and loads again when it comes back', async () => {
      const m = mount();
      const first = await m.fake.loads.next();
      m.host.remove();
      expect(first.options.signal.aborted).to.equal(true);
      expect(m.c.loadStatus).to.equal('idle');
      // A late answer to the aborted load changes nothing.
      first.deferred.resolve(doc(9));
      document.body.append(m.host);
      const second = await m.fake.loads.next();
      expect(second.options.signal.aborted).to.equal(false);
      second.deferred.resolve(doc(2));
      await m.notices.next('loaded');
      expect(m.c.confirmed?.version).to.equal(2);
    });

    it('reports a failed load with prefs-error, and Retry loads again', async () => {
      const m = mount();
      const load = await m.fake.loads.next();
      const event = oneEvent(m.host, 'prefs-error');
      load.deferred.reject(new AdapterError('not-found', 'gone'));
      const { detail } = await event;
      expect(detail.operation).to.equal('load');
      expect(detail.domain).to.equal('theme');
      expect(detail.error.kind).to.equal('not-found');
      const notice = await m.notices.next('load-failed');
      expect(notice.error.kind).to.equal('not-found');
      expect(m.c.loadStatus).to.equal('error');
      expect(m.c.loadError?.kind).to.equal('not-found');
      m.c.retry();
      expect(m.c.loadStatus).to.equal('loading');
      expect(m.c.loadError).to.equal(undefined);
      (await m.fake.loads.next()).deferred.resolve(doc(3));
      await m.notices.next('loaded');
      expect(m.c.loadStatus).to.equal('ready');
    });

    it('turns a load that takes too long into a timeout and aborts it', async () => {
      const m = mount({ timeout: 20 });
      const load = await m.fake.loads.next();
      const notice = await m.notices.next('load-failed');
      expect(notice.error.kind).to.equal('timeout');
      expect(load.options.signal.aborted).to.equal(true);
      expect(m.c.loadStatus).to.equal('error');
    });

    it('ignores a load that another adapter started once the spec is replaced', async () => {
      const m = mount();
      const old = await m.fake.loads.next();
      m.c.setSpec(undefined);
      expect(old.options.signal.aborted).to.equal(true);
      old.deferred.resolve(doc(1));
      const replacement = new FakeSpec();
      m.c.setSpec(replacement.spec);
      const load = await replacement.loads.next();
      load.deferred.resolve(doc(5));
      await m.notices.next('loaded');
      expect(m.c.confirmed?.version).to.equal(5);
      expect(m.notices.all.filter((n) => n.type === 'loaded')).to.have.length(1);
    });
  });

  describe('saving', () => {
    it('shows a change at once and saves it with the confirmed version, a key and a signal', async () => {
      const m = await mountReady();
      const changed = oneEvent(m.host, 'prefs-change');
      m.c.change({ a: 2 });
      const changeEvent = await changed;
      expect(changeEvent).to.be.instanceOf(PrefsChangeEvent);
      expect(changeEvent.detail).to.deep.equal({ domain: 'theme', patch: { a: 2 } });
      expect(changeEvent.bubbles && changeEvent.composed).to.equal(true);
      expect(m.c.view?.a).to.equal(2);
      expect(m.c.saveStatus).to.equal('pending');

      const save = await m.fake.saves.next();
      expect(save.patch).to.deep.equal({ a: 2 });
      expect(save.meta.version).to.equal(1);
      expect(save.meta.idempotencyKey).to.be.a('string').with.length.greaterThan(8);
      expect(save.meta.signal).to.be.instanceOf(AbortSignal);
      expect(m.c.saveStatus).to.equal('saving');
      expect(m.c.busy).to.equal(true);
      // Still shown before the adapter answers.
      expect(m.c.view?.a).to.equal(2);
      expect(m.c.confirmed?.a).to.equal(1);

      const saved = oneEvent(m.host, 'prefs-saved');
      save.deferred.resolve(doc(2, { a: 2 }));
      const savedEvent = await saved;
      expect(savedEvent).to.be.instanceOf(PrefsSavedEvent);
      expect(savedEvent.detail.domain).to.equal('theme');
      expect(savedEvent.detail.document).to.deep.equal(doc(2, { a: 2 }));
      expect(savedEvent.bubbles && savedEvent.composed).to.equal(true);
      expect(m.c.saveStatus).to.equal('saved');
      expect(m.c.confirmed?.version).to.equal(2);
      expect(m.c.busy).to.equal(false);
    });

    it('ignores changes before anything is loaded', async () => {
      const m = mount();
      m.c.change({ a: 2 });
      expect(m.c.draft).to.equal(undefined);
      expect(m.c.view).to.equal(undefined);
    });

    it('batches quick changes into one save with the composed patch', async () => {
      const m = await mountReady({ batchDelay: 30 });
      m.c.change({ a: 2 });
      m.c.change({ nested: { x: 'x1' } });
      m.c.change({ nested: { y: 'y1' } });
      const save = await m.fake.saves.next();
      expect(save.patch).to.deep.equal({ a: 2, nested: { x: 'x1', y: 'y1' } });
      save.deferred.resolve(doc(2, { a: 2, nested: { x: 'x1', y: 'y1' } }));
      await m.notices.next('saved');
      expect(m.fake.saves.length).to.equal(1);
    });

    for (const kind of adapterErrorKinds.filter((k) => k !== 'conflict')) {
      it(`rolls back on ${kind} and keeps the change for Retry`, async () => {
        const m = await mountReady();
        m.c.change({ a: 5, nested: { x: 'x5' } });
        const save = await m.fake.saves.next();
        const errorEvent = oneEvent(m.host, 'prefs-error');
        save.deferred.reject(new AdapterError(kind, `failed: ${kind}`));
        const event = await errorEvent;
        expect(event).to.be.instanceOf(PrefsErrorEvent);
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail.domain).to.equal('theme');
        expect(event.detail.operation).to.equal('save');
        expect(event.detail.error.kind).to.equal(kind);
        expect(m.c.view?.a).to.equal(1);
        expect(m.c.view?.nested.x).to.equal('x0');
        expect(m.c.saveStatus).to.equal('error');
        expect(m.c.failed?.patch).to.deep.equal({ a: 5, nested: { x: 'x5' } });
        expect(m.c.failed?.error.kind).to.equal(kind);
        expect(m.c.failed?.idempotencyKey).to.equal(save.meta.idempotencyKey);
        expect((await m.notices.next('save-failed')).error.kind).to.equal(kind);
      });
    }

    it('turns anything else an adapter throws into an AdapterError', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      (await m.fake.saves.next()).deferred.reject(new TypeError('Failed to fetch'));
      expect((await m.notices.next('save-failed')).error.kind).to.equal('network');
    });

    it('retries with the same idempotency key and clears the failure when it works', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      const first = await m.fake.saves.next();
      first.deferred.reject(new AdapterError('network', 'offline'));
      await m.notices.next('save-failed');
      m.c.retry();
      expect(m.c.failed).to.equal(undefined);
      expect(m.c.view?.a).to.equal(5);
      const second = await m.fake.saves.next();
      expect(second.patch).to.deep.equal({ a: 5 });
      expect(second.meta.idempotencyKey).to.equal(first.meta.idempotencyKey);
      second.deferred.resolve(doc(2, { a: 5 }));
      await m.notices.next('saved');
      expect(m.c.saveStatus).to.equal('saved');
      expect(m.c.view?.a).to.equal(5);
    });

    it('keeps a Retry pressed before the retryAfter a refusal names, and sends it then', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      const first = await m.fake.saves.next();
      first.deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 600 }));
      await m.notices.next('save-failed');
      expect(m.c.retryAt).to.be.greaterThan(Date.now() + 590_000);
      m.c.retry();
      expect(m.c.retryScheduled).to.equal(true);
      expect(m.fake.saves.length, 'nothing is sent before the time').to.equal(1);
      expect(m.c.failed?.patch).to.deep.equal({ a: 5 });
      m.c.dismissFailure();
      expect(m.c.retryScheduled).to.equal(false);
      expect(m.c.retryAt).to.equal(undefined);
      m.c.change({ b: 6 });
      const second = await m.fake.saves.next();
      second.deferred.reject(new AdapterError('unavailable', 'later', { retryAfter: 0.02 }));
      await m.notices.next('save-failed');
      m.c.retry();
      const retried = await m.fake.saves.next();
      expect(retried.meta.idempotencyKey).to.equal(second.meta.idempotencyKey);
    });

    it('keeps a Retry of a load pressed before its retryAfter, and loads then', async () => {
      const m = mount();
      (await m.fake.loads.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 600 }));
      await m.notices.next('load-failed');
      m.c.retry();
      expect(m.c.retryScheduled).to.equal(true);
      expect(m.c.loadStatus, 'no load before the time').to.equal('error');
      expect(m.fake.loads.length).to.equal(1);
      m.c.setSpec(undefined);
      const fresh = new FakeSpec();
      m.c.setSpec(fresh.spec);
      (await fresh.loads.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 0.02 }));
      await m.notices.next('load-failed');
      m.c.retry();
      (await fresh.loads.next()).deferred.resolve(doc(1));
      await m.notices.next('loaded');
      expect(m.c.loadStatus).to.equal('ready');
    });

    it('keeps a scheduled Retry of a refused save across a reload on a new adapter', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 0.3 }));
      await m.notices.next('save-failed');
      m.c.retry();
      expect(m.c.retryScheduled).to.equal(true);
      const fresh = new FakeSpec();
      m.c.setSpec({ ...fresh.spec });
      expect(m.c.retryScheduled, 'the reload keeps the save’s Retry').to.equal(true);
      (await fresh.loads.next()).deferred.resolve(doc(1));
      await m.notices.next('loaded');
      const retried = await fresh.saves.next();
      expect(retried.patch).to.deep.equal({ a: 5 });
    });

    it('keeps a scheduled Retry of a refused save when the reload on a new adapter fails and is retried', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 0.3 }));
      await m.notices.next('save-failed');
      m.c.retry();
      const fresh = new FakeSpec();
      m.c.setSpec({ ...fresh.spec });
      // The reload is refused too, with a wait of its own: the load's wait replaces the save's.
      (await fresh.loads.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 0.05 }));
      await m.notices.next('load-failed');
      m.c.retry();
      (await fresh.loads.next()).deferred.resolve(doc(1));
      await m.notices.next('loaded');
      const retried = await fresh.saves.next();
      expect(retried.patch, 'the save the customer scheduled went out').to.deep.equal({ a: 5 });
    });

    it('keeps the later retryAfter and the scheduled Retry when another change is refused', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 600 }));
      await m.notices.next('save-failed');
      m.c.retry();
      m.c.change({ b: 6 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('unavailable', 'later', { retryAfter: 1 }));
      await m.notices.next('save-failed');
      expect(m.c.failed?.patch).to.deep.equal({ a: 5, b: 6 });
      expect(m.c.retryAt, 'the earlier, longer wait still holds').to.be.greaterThan(Date.now() + 590_000);
      expect(m.c.retryScheduled, 'the Retry pressed stays scheduled').to.equal(true);
    });

    it('stops waiting for retryAfter when removed, and waits again when back', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 0.2 }));
      await m.notices.next('save-failed');
      m.c.retry();
      m.host.remove();
      // Long enough for the wait to end: nothing may go out from a widget off the page.
      await aTimeout(400);
      expect(m.fake.saves.length, 'no Retry from a removed widget').to.equal(1);
      expect(m.c.retryScheduled).to.equal(true);
      document.body.append(m.host);
      (await m.fake.loads.next()).deferred.resolve(doc(1));
      const retried = await m.fake.saves.next();
      expect(retried.patch).to.deep.equal({ a: 5 });
    });

    it('tells onChange only of a change it applied', async () => {
      const host = document.createElement('test-resource-host') as ResourceHost;
      document.body.append(host);
      mounted.push(host);
      const c = new ResourceController<Doc, string[]>(host, { batchDelay: 1 });
      // Seeded before any adapter: there is a view, but nowhere to save a change to.
      c.seed(doc(1), []);
      const told: unknown[] = [];
      c.onChange = (patch) => told.push(patch);
      c.change({ a: 5 });
      expect(c.view?.a, 'the change was ignored').to.not.equal(5);
      expect(told).to.deep.equal([]);
      const fake = new FakeSpec();
      c.setSpec(fake.spec);
      c.change({ a: 6 });
      expect(told).to.deep.equal([{ a: 6 }]);
    });

    it('keeps a huge retryAfter to a week', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('rate-limited', 'slow down', { retryAfter: 1e13 }));
      await m.notices.next('save-failed');
      const at = m.c.retryAt!;
      expect(Number.isFinite(new Date(at).getTime())).to.equal(true);
      expect(at).to.be.at.most(Date.now() + 7 * 24 * 3600_000);
      expect(at).to.be.greaterThan(Date.now() + 6 * 24 * 3600_000);
    });

    it('drops a refused change on dismiss', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('validation', 'no'));
      await m.notices.next('save-failed');
      m.c.dismissFailure();
      expect(m.c.failed).to.equal(undefined);
      expect(m.c.saveStatus).to.equal('idle');
      expect(m.c.view?.a).to.equal(1);
    });

    it('keeps every refused change when a second one fails before Retry', async () => {
      const m = await mountReady();
      m.c.change({ a: 5 });
      const first = await m.fake.saves.next();
      first.deferred.reject(new AdapterError('network', 'offline'));
      await m.notices.next('save-failed');
      m.c.change({ b: 6 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('network', 'offline'));
      await m.notices.next('save-failed');
      expect(m.c.failed?.patch).to.deep.equal({ a: 5, b: 6 });
      m.c.retry();
      const retry = await m.fake.saves.next();
      expect(retry.patch).to.deep.equal({ a: 5, b: 6 });
      expect(retry.meta.idempotencyKey).not.to.equal(first.meta.idempotencyKey);
    });

    it('sends one write at a time: a change made during a save goes out after it, on the returned version', async () => {
      const m = await mountReady();
      m.c.change({ a: 2 });
      const first = await m.fake.saves.next();
      m.c.change({ b: 3 });
      m.c.flush();
      expect(m.fake.saves.length).to.equal(1);
      expect(m.c.view).to.include({ a: 2, b: 3 });
      expect(m.c.saveStatus).to.equal('pending');
      first.deferred.resolve(doc(2, { a: 2 }));
      const second = await m.fake.saves.next();
      expect(second.patch).to.deep.equal({ b: 3 });
      expect(second.meta.version).to.equal(2);
      expect(second.meta.idempotencyKey).not.to.equal(first.meta.idempotencyKey);
      second.deferred.resolve(doc(3, { a: 2, b: 3 }));
      await m.notices.next('saved');
      await m.notices.next('saved');
      expect(m.c.confirmed?.version).to.equal(3);
      expect(m.c.saveStatus).to.equal('saved');
    });

    it('turns a save that takes too long into a timeout and rolls it back', async () => {
      const m = await mountReady({ timeout: 20 });
      m.c.change({ a: 9 });
      const save = await m.fake.saves.next();
      const notice = await m.notices.next('save-failed');
      expect(notice.error.kind).to.equal('timeout');
      expect(save.meta.signal.aborted).to.equal(true);
      expect(m.c.view?.a).to.equal(1);
      expect(m.c.failed?.patch).to.deep.equal({ a: 9 });
    });

    it('lets a save finish when the host is removed', async () => {
      const m = await mountReady();
      m.c.change({ a: 2 });
      const save = await m.fake.saves.next();
      m.host.remove();
      expect(save.meta.signal.aborted).to.equal(false);
      const saved = oneEvent(m.host, 'prefs-saved');
      save.deferred.resolve(doc(2, { a: 2 }));
      await saved;
      expect(m.c.confirmed?.a).to.equal(2);
    });

    it('sends a waiting batch at once when the host is removed', async () => {
      const m = await mountReady({ batchDelay: 60_000 });
      m.c.change({ a: 4 });
      expect(m.fake.saves.length).to.equal(0);
      m.host.remove();
      expect(m.fake.saves.length).to.equal(1);
      expect((await m.fake.saves.next()).patch).to.deep.equal({ a: 4 });
    });

    it('sends a batch made during a save once the save returns, even after the host is removed', async () => {
      const m = await mountReady({ batchDelay: 60_000 });
      m.c.change({ a: 4 });
      m.c.flush();
      const first = await m.fake.saves.next();
      m.c.change({ b: 5 });
      m.host.remove();
      expect(m.fake.saves.length).to.equal(1);
      first.deferred.resolve(doc(2, { a: 4 }));
      const second = await m.fake.saves.next();
      expect(second.patch).to.deep.equal({ b: 5 });
      expect(second.meta.version).to.equal(2);
    });

    it('asks for re-authentication with a retry that sends the change again', async () => {
      const m = await mountReady();
      m.c.change({ a: 3 });
      const first = await m.fake.saves.next();
      const reauth = oneEvent(m.host, 'prefs-reauth-required');
      first.deferred.reject(new AdapterError('reauth-required', 'sign in'));
      const event = await reauth;
      expect(event).to.be.instanceOf(PrefsReauthRequiredEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.domain).to.equal('theme');
      expect(m.c.view?.a).to.equal(1);
      event.detail.retry();
      const second = await m.fake.saves.next();
      expect(second.patch).to.deep.equal({ a: 3 });
      expect(second.meta.idempotencyKey).to.equal(first.meta.idempotencyKey);
    });

    it('ignores the old adapter answer when the spec is replaced, and sends the change through the new one', async () => {
      const m = await mountReady();
      m.c.change({ a: 3 });
      const save = await m.fake.saves.next();
      const replacement = new FakeSpec();
      m.c.setSpec(replacement.spec);
      expect(m.c.busy).to.equal(false);
      save.deferred.resolve(doc(2, { a: 3 }));
      (await replacement.loads.next()).deferred.resolve(doc(7));
      await m.notices.next('loaded');
      // The change was never confirmed through the adapter now in use: it goes out again.
      const resent = await replacement.saves.next();
      expect(resent.patch).to.deep.equal({ a: 3 });
      expect(resent.meta.version).to.equal(7);
      expect(m.c.view?.a).to.equal(3);
    });

    it('keeps unsent edits and a refused change when the host replaces the adapter (e.g. after signing in again)', async () => {
      const m = await mountReady({ mode: () => 'manual' });
      m.c.change({ a: 4 });
      m.c.flush();
      (await m.fake.saves.next()).deferred.reject(new AdapterError('reauth-required', 'sign in'));
      await m.notices.next('save-failed');
      m.c.change({ b: 5 });
      const replacement = new FakeSpec();
      m.c.setSpec(replacement.spec);
      (await replacement.loads.next()).deferred.resolve(doc(3));
      await m.notices.next('loaded');
      expect(m.c.view?.b, 'the unsent edit is still shown').to.equal(5);
      expect(m.c.dirty).to.equal(true);
      const key = m.c.failed?.idempotencyKey;
      m.c.retry();
      const retried = await replacement.saves.next();
      expect(retried.patch).to.deep.equal({ a: 4 });
      expect(retried.meta.idempotencyKey).to.equal(key);
      expect(retried.meta.version).to.equal(3);
    });
  });

  describe('when the page is hidden or closed', () => {
    /** What a browser does as the tab is switched away or closed: the page becomes hidden. */

    it('sends a waiting batch at once, asking the adapter to keep the request alive', async () => {
      const m = await mountReady({ batchDelay: 60_000, maxBatchWait: 60_000 });
      m.c.change({ a: 2 });
      document.dispatchEvent(new Event('visibilitychange')); // still visible: it waits
      expect(m.fake.saves.length).to.equal(0);
      hidePage();
      const save = await m.fake.saves.next();
      expect(save.patch).to.deep.equal({ a: 2 });
      expect(save.meta.keepalive).to.equal(true);
    });

    it('leaves a manual draft for the customer, and a save made by Save has no keepalive', async () => {
      const m = await mountReady({ mode: () => 'manual' });
      m.c.change({ a: 2 });
      hidePage();
      expect(m.fake.saves.length).to.equal(0);
      expect(m.c.dirty).to.equal(true);
      m.c.flush();
      expect((await m.fake.saves.next()).meta).to.not.have.property('keepalive');
    });

    it('stops listening when the host leaves the page', async () => {
      const m = await mountReady({ batchDelay: 60_000, maxBatchWait: 60_000 });
      m.c.change({ a: 2 });
      m.host.remove(); // sends the batch itself, without keepalive
      const sent = await m.fake.saves.next();
      expect(sent.meta).to.not.have.property('keepalive');
      m.c.change({ b: 3 });
      hidePage();
      expect(m.fake.saves.length).to.equal(1);
    });
  });

  describe('retrying a refused change', () => {
    it('a Retry that comes while the new adapter is still loading waits for the load, then sends the change', async () => {
      const m = await mountReady({ mode: () => 'manual' });
      m.c.change({ a: 4 });
      m.c.flush();
      (await m.fake.saves.next()).deferred.reject(new AdapterError('reauth-required', 'sign in'));
      await m.notices.next('save-failed');
      const key = m.c.failed?.idempotencyKey;
      const replacement = new FakeSpec();
      m.c.setSpec(replacement.spec);
      const load = await replacement.loads.next();
      // The host calls detail.retry() as soon as the customer signed in, before the load ends.
      m.c.retry();
      expect(m.c.failed?.patch, 'still kept, and shown as refused').to.deep.equal({ a: 4 });
      load.deferred.resolve(doc(3));
      const retried = await replacement.saves.next();
      expect(retried.patch).to.deep.equal({ a: 4 });
      expect(retried.meta.idempotencyKey).to.equal(key);
      expect(retried.meta.version).to.equal(3);
    });

    it('a value saved elsewhere after the refusal is not overwritten by Retry: it is held as a conflict', async () => {
      const m = await mountReady({ batchDelay: 0 });
      m.c.change({ a: 4, b: 5, nested: { x: 'mine' } });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('network', 'offline'));
      await m.notices.next('save-failed');
      // Elsewhere: a to another value, b to the customer's own value, nested.x untouched.
      m.fake.push(doc(3, { a: 7, b: 5 }));
      expect(m.c.view!.a, 'the newer value shows').to.equal(7);
      expect(m.c.failed?.patch, 'Retry sends only what nobody else changed').to.deep.equal({ nested: { x: 'mine' } });
      expect(m.c.conflict?.paths).to.deep.equal([['a']]);
      expect(m.c.conflict?.patch).to.deep.equal({ a: 4 });
      m.c.retry();
      const retried = await m.fake.saves.next();
      expect(retried.patch).to.deep.equal({ nested: { x: 'mine' } });
      expect(retried.meta.version).to.equal(3);
    });

    it('a refused change that was all saved elsewhere, to the same values, leaves nothing to Retry', async () => {
      const m = await mountReady({ batchDelay: 0 });
      m.c.change({ a: 4 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('network', 'offline'));
      await m.notices.next('save-failed');
      m.fake.push(doc(2, { a: 4 }));
      expect(m.c.failed).to.equal(undefined);
      expect(m.c.conflict).to.equal(undefined);
      expect(m.c.saveStatus).to.equal('idle');
    });

    it('a newer choice for a field of the refused change takes it out, so Retry cannot undo the choice', async () => {
      const m = await mountReady({ batchDelay: 0 });
      m.c.change({ a: 4, b: 5 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('network', 'offline'));
      await m.notices.next('save-failed');
      const key = m.c.failed?.idempotencyKey;
      m.c.change({ a: 6 });
      (await m.fake.saves.next()).deferred.resolve(doc(2, { a: 6 }));
      await m.notices.next('saved');
      expect(m.c.failed?.patch, 'only what the customer did not choose again').to.deep.equal({ b: 5 });
      expect(m.c.failed?.idempotencyKey, 'a new request').to.not.equal(key);
      m.c.retry();
      const retried = await m.fake.saves.next();
      expect(retried.patch).to.deep.equal({ b: 5 });
      retried.deferred.resolve(doc(3, { a: 6, b: 5 }));
      await m.notices.next('saved');
      expect(m.c.view?.a).to.equal(6);
    });

    it('a choice made while the change was in flight takes its fields out when that change is refused', async () => {
      // On (in flight), then off (waiting); "on" is refused and "off" saved: Retry must not store "on".
      const m = await mountReady({ batchDelay: 0 });
      m.c.change({ a: 4, b: 5 });
      const first = await m.fake.saves.next();
      m.c.change({ a: 1 });
      first.deferred.reject(new AdapterError('network', 'offline'));
      await m.notices.next('save-failed');
      expect(m.c.failed?.patch, 'only what no newer choice replaced').to.deep.equal({ b: 5 });
      const second = await m.fake.saves.next();
      expect(second.patch).to.deep.equal({ a: 1 });
      second.deferred.resolve(doc(2, { a: 1 }));
      await m.notices.next('saved');
      m.c.retry();
      const retried = await m.fake.saves.next();
      expect(retried.patch).to.deep.equal({ b: 5 });
      expect(retried.meta.idempotencyKey, 'another request than the refused one').to.not.equal(
        first.meta.idempotencyKey,
      );
      retried.deferred.resolve(doc(3, { a: 1, b: 5 }));
      await m.notices.next('saved');
      expect(m.c.view?.a).to.equal(1);
    });

    it('a refused change whose every field was chosen again while it was in flight leaves nothing to retry', async () => {
      const m = await mountReady({ batchDelay: 0 });
      m.c.change({ nested: { x: 'one' } });
      const first = await m.fake.saves.next();
      m.c.change({ nested: { x: 'two' } });
      const reported = oneEvent(m.host, 'prefs-error');
      first.deferred.reject(new AdapterError('network', 'offline'));
      expect((await reported).detail.error.kind, 'the host still hears of the failure').to.equal('network');
      const second = await m.fake.saves.next();
      expect(second.patch).to.deep.equal({ nested: { x: 'two' } });
      expect(m.c.failed).to.equal(undefined);
      second.deferred.resolve(doc(2, { nested: { x: 'two', y: 'y0' } }));
      await m.notices.next('saved');
      expect(m.c.saveStatus).to.equal('saved');
      expect(
        m.notices.all.some((n) => n.type === 'save-failed'),
        'no rollback is announced',
      ).to.equal(false);
    });

    it('a newer choice for every field of the refused change clears it', async () => {
      const m = await mountReady({ batchDelay: 0 });
      m.c.change({ nested: { x: 'one' } });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('network', 'offline'));
      await m.notices.next('save-failed');
      m.c.change({ nested: null });
      expect(m.c.failed).to.equal(undefined);
    });
  });

  describe('manual mode', () => {
    it('keeps a draft until Save, and Cancel throws it away', async () => {
      let mode: 'auto' | 'manual' = 'manual';
      const m = await mountReady({ mode: () => mode, batchDelay: 0 });
      expect(m.c.mode).to.equal('manual');
      m.c.change({ a: 2 });
      m.c.change({ b: 3 });
      expect(m.c.dirty).to.equal(true);
      expect(m.c.draft).to.deep.equal({ a: 2, b: 3 });
      expect(m.c.view).to.include({ a: 2, b: 3 });
      expect(m.c.saveStatus).to.equal('pending');
      // Absence of a save can only be seen by letting time pass: several batch delays.
      await aTimeout(20);
      expect(m.fake.saves.length).to.equal(0);

      m.c.cancel();
      expect(m.c.dirty).to.equal(false);
      expect(m.c.view).to.include({ a: 1, b: 1 });
      expect(m.c.saveStatus).to.equal('idle');
      await m.notices.next('discarded');

      m.c.change({ a: 4 });
      m.c.flush();
      expect(m.c.dirty).to.equal(false);
      const save = await m.fake.saves.next();
      expect(save.patch).to.deep.equal({ a: 4 });
      save.deferred.resolve(doc(2, { a: 4 }));
      await m.notices.next('saved');
      expect(m.c.view?.a).to.equal(4);
      mode = 'auto';
      expect(m.c.mode).to.equal('auto');
    });

    it('keeps a manual draft when the host is removed', async () => {
      const m = await mountReady({ mode: () => 'manual' });
      m.c.change({ a: 2 });
      m.host.remove();
      expect(m.fake.saves.length).to.equal(0);
      expect(m.c.draft).to.deep.equal({ a: 2 });
    });
  });

  describe('conflicts', () => {
    it('reloads, re-sends what does not collide on the new version, and holds what does', async () => {
      const m = await mountReady();
      m.c.change({ a: 2, nested: { x: 'mine' } });
      const first = await m.fake.saves.next();
      const conflictEvent = oneEvent(m.host, 'prefs-conflict');
      first.deferred.reject(new AdapterError('conflict', 'stale'));
      const reload = await m.fake.loads.next();
      // The change stays visible while we reload.
      expect(m.c.view?.a).to.equal(2);
      expect(m.c.busy).to.equal(true);
      reload.deferred.resolve(doc(5, { b: 9, nested: { x: 'theirs', y: 'y0' } }));
      const event = await conflictEvent;
      expect(event).to.be.instanceOf(PrefsConflictEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ domain: 'theme', paths: [['nested', 'x']] });
      expect(m.c.conflict).to.deep.equal({ paths: [['nested', 'x']], patch: { nested: { x: 'mine' } } });

      const resend = await m.fake.saves.next();
      expect(resend.patch).to.deep.equal({ a: 2 });
      expect(resend.meta.version).to.equal(5);
      expect(resend.meta.idempotencyKey).not.to.equal(first.meta.idempotencyKey);
      expect(m.c.view).to.include({ a: 2, b: 9 });
      expect(m.c.view?.nested.x).to.equal('theirs');
      resend.deferred.resolve(doc(6, { a: 2, b: 9, nested: { x: 'theirs', y: 'y0' } }));
      await m.notices.next('saved');

      m.c.keepMine();
      expect(m.c.conflict).to.equal(undefined);
      const mine = await m.fake.saves.next();
      expect(mine.patch).to.deep.equal({ nested: { x: 'mine' } });
      expect(mine.meta.version).to.equal(6);
    });

    it('accepts the other change on dismiss', async () => {
      const m = await mountReady();
      m.c.change({ a: 2 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('conflict', 'stale'));
      (await m.fake.loads.next()).deferred.resolve(doc(4, { a: 3 }));
      const notice = await m.notices.next('conflict');
      expect(notice.paths).to.deep.equal([['a']]);
      expect(m.c.view?.a).to.equal(3);
      expect(m.c.saveStatus).to.equal('idle');
      m.c.dismissConflict();
      expect(m.c.conflict).to.equal(undefined);
      expect(m.c.view?.a).to.equal(3);
      expect(m.fake.saves.length).to.equal(1);
    });

    it('a newer choice for a held field takes it out, so "Use my changes" cannot undo the choice', async () => {
      const m = await mountReady({ batchDelay: 0 });
      m.c.change({ a: 2, b: 2 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('conflict', 'stale'));
      (await m.fake.loads.next()).deferred.resolve(doc(4, { a: 3, b: 3 }));
      await m.notices.next('conflict');
      expect(m.c.conflict?.patch).to.deep.equal({ a: 2, b: 2 });
      m.c.change({ a: 5 });
      expect(m.c.conflict).to.deep.equal({ paths: [['b']], patch: { b: 2 } });
      (await m.fake.saves.next()).deferred.resolve(doc(5, { a: 5, b: 3 }));
      await m.notices.next('saved');
      m.c.keepMine();
      const mine = await m.fake.saves.next();
      expect(mine.patch).to.deep.equal({ b: 2 });
    });

    it('does not count a field changed elsewhere to the same value as a collision', async () => {
      const m = await mountReady();
      m.c.change({ a: 2, b: 2 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('conflict', 'stale'));
      (await m.fake.loads.next()).deferred.resolve(doc(4, { a: 2 }));
      const resend = await m.fake.saves.next();
      expect(resend.patch).to.deep.equal({ a: 2, b: 2 });
      expect(m.c.conflict).to.equal(undefined);
    });

    it('sends no other write while it reloads after a conflict', async () => {
      const m = await mountReady();
      m.c.change({ a: 2 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('conflict', 'stale'));
      const reload = await m.fake.loads.next();
      m.c.change({ b: 7 });
      m.c.flush();
      expect(m.fake.saves.length).to.equal(1);
      reload.deferred.resolve(doc(5));
      const resend = await m.fake.saves.next();
      expect(resend.patch).to.deep.equal({ a: 2 });
      resend.deferred.resolve(doc(6, { a: 2 }));
      const next = await m.fake.saves.next();
      expect(next.patch).to.deep.equal({ b: 7 });
      expect(next.meta.version).to.equal(6);
    });

    it('gives up with a conflict error after repeated conflicts', async () => {
      const m = await mountReady();
      m.c.change({ a: 2 });
      for (let round = 0; round < 4; round += 1) {
        (await m.fake.saves.next()).deferred.reject(new AdapterError('conflict', 'stale'));
        if (round < 3) (await m.fake.loads.next()).deferred.resolve(doc(2 + round));
      }
      const notice = await m.notices.next('save-failed');
      expect(notice.error.kind).to.equal('conflict');
      expect(m.c.failed?.patch).to.deep.equal({ a: 2 });
    });

    it('keeps the change for Retry when the reload after a conflict fails', async () => {
      const m = await mountReady();
      m.c.change({ a: 2 });
      const first = await m.fake.saves.next();
      first.deferred.reject(new AdapterError('conflict', 'stale'));
      (await m.fake.loads.next()).deferred.reject(new AdapterError('network', 'offline'));
      const notice = await m.notices.next('save-failed');
      expect(notice.error.kind).to.equal('network');
      expect(m.c.failed?.patch).to.deep.equal({ a: 2 });
      expect(m.c.failed?.idempotencyKey).to.equal(first.meta.idempotencyKey);
      expect(m.c.view?.a).to.equal(1);
    });
  });

  describe('updates made elsewhere', () => {
    it('applies a newer document and ignores an older one', async () => {
      const m = await mountReady();
      m.fake.push(doc(3, { b: 8 }));
      await m.notices.next('external-update');
      expect(m.c.view?.b).to.equal(8);
      expect(m.c.confirmed?.version).to.equal(3);
      m.fake.push(doc(2, { b: 1 }));
      m.fake.push(doc(3, { b: 1 }));
      expect(m.c.view?.b).to.equal(8);
      expect(m.notices.all.filter((n) => n.type === 'external-update')).to.have.length(1);
    });

    it('keeps unsaved edits on top of an update made elsewhere', async () => {
      const m = await mountReady({ mode: () => 'manual' });
      m.c.change({ a: 5 });
      m.fake.push(doc(3, { a: 2, b: 8 }));
      expect(m.c.view).to.include({ a: 5, b: 8 });
      expect(m.c.draft).to.deep.equal({ a: 5 });
    });

    it('stops listening when the host is removed and listens again when it returns', async () => {
      const m = await mountReady();
      expect(m.fake.listeners.size).to.equal(1);
      m.host.remove();
      expect(m.fake.listeners.size).to.equal(0);
      document.body.append(m.host);
      expect(m.fake.listeners.size).to.equal(1);
    });

    it('reads again when the host returns, since updates made meanwhile were not heard', async () => {
      const m = await mountReady();
      m.host.remove();
      document.body.append(m.host);
      const refresh = await m.fake.loads.next();
      refresh.deferred.resolve(doc(4, { a: 9 }));
      await m.notices.next('external-update');
      expect(m.c.confirmed?.version).to.equal(4);
      expect(m.c.view?.a).to.equal(9);
      expect(m.c.loadStatus, 'no skeleton: the refresh happens in the background').to.equal('ready');
    });
  });

  describe('modes and timing', () => {
    it('treats any mode but manual as auto, so a mistyped attribute never strands a change', async () => {
      const m = await mountReady({ mode: () => 'Manual' as 'manual' });
      expect(m.c.mode).to.equal('auto');
      m.c.change({ a: 2 });
      expect((await m.fake.saves.next()).patch).to.deep.equal({ a: 2 });
    });

    it('sends the draft when the host switches from manual to auto', async () => {
      let mode: 'auto' | 'manual' = 'manual';
      const m = await mountReady({ mode: () => mode });
      m.c.change({ a: 6 });
      expect(m.fake.saves.length).to.equal(0);
      mode = 'auto';
      m.c.modeChanged();
      expect((await m.fake.saves.next()).patch).to.deep.equal({ a: 6 });
    });

    it('keeps a waiting batch as the draft when the host switches from auto to manual', async () => {
      let mode: 'auto' | 'manual' = 'auto';
      const m = await mountReady({ mode: () => mode, batchDelay: 30 });
      m.c.change({ a: 7 });
      mode = 'manual';
      m.c.modeChanged();
      await aTimeout(60); // longer than the batch delay: nothing may go out now
      expect(m.fake.saves.length).to.equal(0);
      expect(m.c.dirty).to.equal(true);
      m.c.flush();
      expect((await m.fake.saves.next()).patch).to.deep.equal({ a: 7 });
    });

    it('sends a batch within maxBatchWait even while changes keep coming', async () => {
      // The batch delay alone would wait ten minutes after the last change, and a change
      // comes every 10 ms: only maxBatchWait can send it; without it the test hangs and fails.
      const m = await mountReady({ batchDelay: 600_000, maxBatchWait: 30 });
      let value = 0;
      const drag = setInterval(() => m.c.change({ a: ++value }), 10);
      try {
        const save = await m.fake.saves.next();
        expect(save.patch.a).to.be.a('number');
      } finally {
        clearInterval(drag);
      }
    });

    it('runs a Retry asked for while another save is in flight once that save ends', async () => {
      const m = await mountReady();
      m.c.change({ a: 1 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('network', 'down'));
      await m.notices.next('save-failed');
      const key = m.c.failed!.idempotencyKey;
      m.c.change({ b: 2 });
      const second = await m.fake.saves.next();
      m.c.retry(); // e.g. the host's retry() after signing in, while the batch is in flight
      second.deferred.resolve(doc(2, { b: 2 }));
      const retried = await m.fake.saves.next();
      expect(retried.patch).to.deep.equal({ a: 1 });
      expect(retried.meta.idempotencyKey).to.equal(key);
    });

    it('forgets a Retry asked for during a save once the customer dismisses the refused change', async () => {
      const m = await mountReady();
      m.c.change({ a: 1 });
      (await m.fake.saves.next()).deferred.reject(new AdapterError('network', 'down'));
      await m.notices.next('save-failed');
      m.c.change({ b: 2 });
      const second = await m.fake.saves.next();
      m.c.retry(); // scheduled for when the batch in flight ends
      m.c.dismissFailure(); // ...and then the customer gives the refused change up
      second.deferred.reject(new AdapterError('network', 'down again'));
      await m.notices.next('save-failed');
      // The new refusal waits for the customer's own Retry: nothing goes out by itself.
      expect(m.fake.saves.length).to.equal(2);
      expect(m.c.failed?.patch).to.deep.equal({ b: 2 });
      expect(m.c.saveStatus).to.equal('error');
    });
  });
});
