// Actions through the resource controller: the guarantees a save has, for commands.
import { expect, oneEvent } from '@open-wc/testing';
import {
  AdapterError,
  domainResource,
  notificationsDomain,
  PrefsErrorEvent,
  PrefsReauthRequiredEvent,
  ResourceActions,
  ResourceController,
  themeDomain,
  type ChangeMeta,
  type DomainDefinition,
  type NotificationActionName,
  type NotificationCatalog,
  type NotificationPreferences,
  type PrefsAdapter,
  type ResourceNotice,
  type ThemeCatalog,
  type ThemePreferences,
} from '@prefcenter/core';
import { Deferred } from '../../shared/deferred.js';
import { waitUntil } from '../../shared/wait.js';
import { ResourceHost } from '../helpers.js';
import { themeCatalog, themeDoc } from '../test-widget.js';

const signal = new AbortController().signal;

// Checked by the compiler (npm run lint:types), not at run time: a domain's action names
// are its definition's, and a misspelt one does not compile.
type NotificationActions = ResourceActions<NotificationPreferences, NotificationCatalog, NotificationActionName>;
export const knownAction: Parameters<NotificationActions['run']>[0] = 'verifyChannel';
// @ts-expect-error: not an action of the notification domain
export const misspeltAction: Parameters<NotificationActions['run']>[0] = 'verifyChanel';

interface ResetCall {
  meta: ChangeMeta;
  answer: Deferred<unknown>;
}

/** The theme domain with one action that answers with the whole new document. */
const withReset: DomainDefinition<ThemePreferences, ThemeCatalog> = {
  ...themeDomain,
  actions: {
    reset: {
      method: 'updateThemePreferences',
      run: (adapter, _input: void, meta) => adapter.updateThemePreferences!({ scheme: 'light' }, meta),
      returnsDocument: true,
    },
  },
};

function setup() {
  const resets: ResetCall[] = [];
  let loads = 0;
  let stored = themeDoc(1, { scheme: 'dark' });
  const makeAdapter = (): PrefsAdapter => ({
    getThemeCatalog: async () => themeCatalog,
    getThemePreferences: async () => {
      loads += 1;
      return stored;
    },
    updateThemePreferences: (_patch, meta) => {
      const answer = new Deferred<unknown>();
      resets.push({ meta, answer });
      return answer.promise as Promise<ThemePreferences>;
    },
  });
  const adapter = makeAdapter();
  const host = document.createElement('test-resource-host') as ResourceHost;
  const notices: ResourceNotice[] = [];
  const c = new ResourceController<ThemePreferences, ThemeCatalog>(host, { onNotice: (n) => notices.push(n) });
  c.setSpec(domainResource(adapter, withReset));
  const actions = new ResourceActions(host, c);
  document.body.append(host);
  const ready = waitUntil(() => c.loadStatus === 'ready', 'never loaded');
  return {
    host,
    c,
    actions,
    resets,
    notices,
    ready,
    loads: () => loads,
    store: (doc: ThemePreferences) => (stored = doc),
    /** The host builds a new adapter (say, after signing the customer in again); its calls are counted apart. */
    replaceAdapter: () => {
      const next = makeAdapter();
      const first = resets.length;
      c.setSpec(domainResource(next, withReset));
      return { callsSince: () => resets.slice(first) };
    },
  };
}

describe('ResourceActions', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('test-resource-host')) host.remove();
  });

  it('offers only the actions whose adapter method exists', () => {
    const spec = domainResource(
      { getNotificationCatalog: async () => ({}), getNotificationPreferences: async () => ({}) } as never,
      notificationsDomain,
    );
    expect([...spec.actions!.keys()]).to.deep.equal([]);
    const full = domainResource(
      { verifyNotificationChannel: async () => {}, getNotificationHistory: async () => [] } as never,
      notificationsDomain,
    );
    expect([...full.actions!.keys()]).to.deep.equal(['verifyChannel', 'history']);
  });

  it('checks what an action answers, as any other answer', async () => {
    const spec = domainResource(
      { getNotificationHistory: async () => [{ at: 'yesterday' }] } as never,
      notificationsDomain,
    );
    try {
      await spec.actions!.get('history')!(undefined, { version: 1, idempotencyKey: 'k', signal });
      expect.fail('a malformed history was accepted');
    } catch (error) {
      expect((error as AdapterError).kind).to.equal('invalid-response');
      expect((error as AdapterError).message).to.contain('[0]');
    }
  });

  it('is pending while it runs, and the document it answers becomes the confirmed state', async () => {
    const { c, actions, resets, notices, ready } = setup();
    await ready;
    expect(actions.offers('reset')).to.equal(true);
    const settled = actions.run('reset', undefined);
    expect(actions.state('reset').status).to.equal('pending');
    expect(resets[0]!.meta.version).to.equal(1);
    resets[0]!.answer.resolve(themeDoc(2, { scheme: 'light' }));
    expect((await settled).status).to.equal('done');
    expect(c.confirmed!.version).to.equal(2);
    expect(c.view!.scheme).to.equal('light');
    expect(notices.at(-1)).to.deep.equal({ type: 'action-done', action: 'reset', target: '' });
  });

  it('keeps a newer document than the one an action answers', async () => {
    const { c, actions, resets, ready } = setup();
    await ready;
    const settled = actions.run('reset', undefined);
    resets[0]!.answer.resolve(themeDoc(0, { scheme: 'light' }));
    await settled;
    expect(c.confirmed!.scheme).to.equal('dark');
  });

  it('asks for re-authentication, and the event retries with the same idempotency key', async () => {
    const { host, actions, resets, ready } = setup();
    await ready;
    const event = oneEvent(host, PrefsReauthRequiredEvent.eventName);
    const error = oneEvent(host, PrefsErrorEvent.eventName);
    void actions.run('reset', undefined);
    resets[0]!.answer.reject(new AdapterError('reauth-required', 'Sign in again.'));
    expect((await error).detail).to.include({ operation: 'action', action: 'reset', domain: 'theme' });
    (await event).detail.retry();
    expect(resets.length).to.equal(2);
    expect(resets[1]!.meta.idempotencyKey).to.equal(resets[0]!.meta.idempotencyKey);
  });

  it('reads the document again after a conflict, so that Retry is made on the current version', async () => {
    const { c, actions, resets, notices, ready, loads, store } = setup();
    await ready;
    const before = loads();
    store(themeDoc(5, { scheme: 'system' }));
    const settled = actions.run('reset', undefined);
    resets[0]!.answer.reject(new AdapterError('conflict', 'Stale.'));
    expect((await settled).error!.kind).to.equal('conflict');
    expect(loads()).to.equal(before + 1);
    expect(c.confirmed!.version).to.equal(5);
    expect(notices.at(-1)).to.include({ type: 'action-failed', action: 'reset' });
    actions.retry('reset');
    expect(resets[1]!.meta.version).to.equal(5);
  });

  it('aborts an action under way when the widget leaves the page', async () => {
    const { host, actions, resets, ready } = setup();
    await ready;
    const settled = actions.run('reset', undefined);
    host.remove();
    expect(resets[0]!.meta.signal.aborted).to.equal(true);
    expect((await settled).status).to.equal('idle');
  });

  it('keeps a refused action for Retry when the host builds a new adapter, and the Retry goes to the new one', async () => {
    const { host, actions, resets, ready, replaceAdapter } = setup();
    await ready;
    const event = oneEvent(host, PrefsReauthRequiredEvent.eventName);
    void actions.run('reset', undefined);
    resets[0]!.answer.reject(new AdapterError('reauth-required', 'Sign in again.'));
    const { retry } = (await event).detail;
    const fresh = replaceAdapter();
    await waitUntil(() => host.isConnected && actions.state('reset').status === 'failed');
    retry();
    expect(fresh.callsSince().length, 'the new adapter was asked').to.equal(1);
    expect(fresh.callsSince()[0]!.meta.idempotencyKey).to.equal(resets[0]!.meta.idempotencyKey);
  });

  it('settles a failed attempt as failed even when a listener retries at once, and says the failure first', async () => {
    const { host, actions, resets, notices, ready } = setup();
    await ready;
    host.addEventListener(PrefsErrorEvent.eventName, () => actions.retry('reset'), { once: true });
    const first = actions.run('reset', undefined);
    resets[0]!.answer.reject(new AdapterError('network', 'offline'));
    expect((await first).status).to.equal('failed');
    expect(resets.length, 'the listener retried').to.equal(2);
    expect(actions.state('reset').status).to.equal('pending');
    expect(notices.at(-1)).to.include({ type: 'action-failed' });
  });

  it('reads the document before the failure events, so a Retry from their listener is made on the current version', async () => {
    const { host, actions, resets, ready, store } = setup();
    await ready;
    store(themeDoc(5, { scheme: 'system' }));
    host.addEventListener(PrefsErrorEvent.eventName, () => actions.retry('reset'), { once: true });
    void actions.run('reset', undefined);
    resets[0]!.answer.reject(new AdapterError('conflict', 'Stale.'));
    await waitUntil(() => resets.length === 2, 'no Retry');
    expect(resets[1]!.meta.version).to.equal(5);
  });

  it('does not adopt a document answered after the deadline or after a reset', async () => {
    const { c, actions, resets, ready } = setup();
    await ready;
    const late = await actions.run('reset', undefined, '', { timeout: 1 });
    expect(late.error!.kind).to.equal('timeout');
    resets[0]!.answer.resolve(themeDoc(2, { scheme: 'light' }));
    void actions.run('reset', undefined, 'again');
    actions.reset('reset', 'again');
    resets[1]!.answer.resolve(themeDoc(3, { scheme: 'light' }));
    await Promise.all(resets.map((r) => r.answer.promise.catch(() => undefined)));
    await c.refresh();
    expect(c.confirmed!.scheme).to.equal('dark');
  });

  it('lets a click right after leaving and coming back start a new attempt, not join the aborted one', async () => {
    const { host, actions, resets, ready } = setup();
    await ready;
    void actions.run('reset', undefined);
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    expect(actions.state('reset').status).to.equal('idle');
    void actions.run('reset', undefined);
    expect(resets.length).to.equal(2);
  });

  it('says an action the adapter does not offer is unavailable, without calling anything', async () => {
    const { actions, resets, ready } = setup();
    await ready;
    const settled = await actions.run('nothing-such', undefined);
    expect(settled.status).to.equal('failed');
    expect(settled.error!.kind).to.equal('unavailable');
    expect(resets.length).to.equal(0);
  });
});
