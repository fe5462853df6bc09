import {
  AdapterError,
  applyMergePatch,
  isPlainObject,
  newIdempotencyKey,
  parseInput,
  type ChangeMeta,
  type DomainDocuments,
  type PrefsDomain,
  type ReadOptions,
  type Versioned,
} from '@prefcenter/core';
import { catalogSlots, documentSlots, domains, historySlot, type Slot } from './domains.js';
import { abortReason, Faults, wait } from './faults.js';
import { appendRecord, describeNotificationChange, notificationRecord } from './history.js';
import { IdempotencyCache } from './idempotency.js';
import {
  checkNotifications,
  checkPaymentsIntegrity,
  checkPaymentsUpdate,
  checkPrivacy,
  checkTheme,
  consentRecords,
  Issues,
} from './rules.js';
import { bankSeed } from './seed/bank.js';
import { resolveStorage } from './storage.js';
import { locate, Store, type State } from './store.js';
import { Subscriptions } from './sync.js';
import { methodFromToken } from './tokens.js';
import type { LocalAdapter, LocalAdapterOptions } from './types.js';

/** How a change came about: the customer's merge patch, a payment method call, or another device. */
interface Origin {
  kind: 'patch' | 'method' | 'external';
  source: string;
  patch?: unknown;
}

type Entries = [Slot<unknown>, unknown][];

interface Applied<D extends PrefsDomain> {
  document: DomainDocuments[D];
  /** Other slots the change writes, such as the history. */
  also: Entries;
}

/** The consent log keeps this many records; the oldest fall off. */
const CONSENT_LIMIT = 500;

/**
 * The embedded default adapter and the reference implementation of the contract: it
 * persists to browser storage (or memory), checks everything against core's schemas
 * and a bank's rules, refuses stale versions, replays idempotent retries, honours
 * abort signals, keeps a history, tells subscribers about changes made elsewhere, and
 * can simulate latency and failures for stories and tests.
 */
export function createLocalAdapter(options: LocalAdapterOptions = {}): LocalAdapter {
  const seed = options.seed ?? bankSeed;
  const key = options.storageKey ?? 'prefcenter';
  const storage = resolveStorage(options.storage);
  const now = options.now ?? (() => new Date());
  const store = new Store(storage, key, seed);
  const faults = new Faults(options.latency, options.failureRate, options.failureKind);
  const replays = new IdempotencyCache();
  const subscriptions = new Subscriptions(
    storage,
    key,
    (state, domain) => store.read(state, documentSlots[domain]),
    options.storage !== 'memory',
  );

  /** What every call goes through first: abort, the simulated network delay, then any simulated failure. */
  async function gate(method: string, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) throw abortReason(signal);
    const delay = faults.delay();
    // Even without latency the answer comes asynchronously, as from a network.
    if (delay > 0) await wait(delay, signal);
    else await Promise.resolve();
    if (signal?.aborted) throw abortReason(signal);
    faults.check(method);
  }

  async function read<T>(method: string, options: ReadOptions | undefined, slot: Slot<T>): Promise<T> {
    await gate(method, options?.signal);
    return store.read(store.load(), slot);
  }

  /** A write: checks the version, replays a repeated idempotency key, saves, and tells the other instances. */
  async function write<D extends PrefsDomain>(
    method: string,
    domain: D,
    meta: ChangeMeta,
    change: (current: DomainDocuments[D], state: State) => Applied<D>,
  ): Promise<DomainDocuments[D]> {
    await gate(method, meta?.signal);
    if (!isPlainObject(meta) || !Number.isInteger(meta.version) || typeof meta.idempotencyKey !== 'string') {
      throw new AdapterError('validation', `${method}() needs { version, idempotencyKey, signal }.`, { path: [] });
    }
    const replay = replays.get<DomainDocuments[D]>(method, meta.idempotencyKey);
    if (replay) return replay;
    const slot = documentSlots[domain];
    const state = store.load();
    const current = store.read(state, slot);
    if (meta.version !== current.version) {
      throw new AdapterError(
        'conflict',
        `The ${slot.what} changed elsewhere: version ${current.version} is stored, this change was made on version ${meta.version}.`,
      );
    }
    const { document, also } = change(current, state);
    store.write(state, [[slot, document], ...also]);
    replays.remember(method, meta.idempotencyKey, document);
    subscriptions.broadcast(domain, document);
    return structuredClone(document);
  }

  /** Checks a candidate document against the schema and the domain's rules, and bumps its version. */
  function settle<D extends PrefsDomain>(
    domain: D,
    state: State,
    current: DomainDocuments[D],
    candidate: unknown,
    origin: Origin,
  ): Applied<D> {
    const slot = documentSlots[domain] as Slot<DomainDocuments[D]>;
    const next = parseInput(slot.schema, candidate, slot.what) as DomainDocuments[D];
    const at = now().toISOString();
    const also: Entries = [];
    const issues = new Issues();
    const rules = domainRules[domain] as DomainRule<D>;
    rules({ state, before: current, after: next, issues, also, at, origin });
    issues.throwIfAny(slot.what);
    return { document: { ...next, version: current.version + 1, updatedAt: at }, also };
  }

  interface RuleContext<D extends PrefsDomain> {
    state: State;
    before: DomainDocuments[D];
    after: DomainDocuments[D];
    issues: Issues;
    also: Entries;
    at: string;
    origin: Origin;
  }
  type DomainRule<D extends PrefsDomain> = (context: RuleContext<D>) => void;

  const domainRules: { [D in PrefsDomain]: DomainRule<D> } = {
    notifications({ state, before, after, issues, also, at, origin }) {
      const catalog = store.read(state, catalogSlots.notifications);
      checkNotifications(before, after, catalog, issues);
      if (issues.any) return;
      const parts = describeNotificationChange(before, after, catalog);
      const record = notificationRecord(parts, at, origin.source, origin.patch, `chg_${newIdempotencyKey()}`);
      if (record) also.push([historySlot, appendRecord(store.read(state, historySlot), record)]);
    },
    theme({ state, before, after, issues }) {
      checkTheme(before, after, store.read(state, catalogSlots.theme), issues);
    },
    privacy({ state, before, after, issues, at, origin }) {
      const catalog = store.read(state, catalogSlots.privacy);
      checkPrivacy(before, after, catalog, issues);
      after.consents = [...before.consents, ...consentRecords(before, after, catalog, at, origin.source)].slice(
        -CONSENT_LIMIT,
      );
    },
    payments({ before, after, issues, origin }) {
      if (origin.kind === 'patch') checkPaymentsUpdate(before, after, issues);
      checkPaymentsIntegrity(after, issues);
    },
  };

  /** A merge patch applied to the current document; the bookkeeping and the consent log are the adapter's own. */
  function patched<D extends PrefsDomain>(domain: D, patch: unknown, origin: Origin) {
    return (current: DomainDocuments[D], state: State): Applied<D> => {
      if (!isPlainObject(patch)) {
        throw new AdapterError('validation', 'A change must be a JSON merge patch object.', { path: [] });
      }
      const clean: Record<string, unknown> = { ...patch };
      delete clean.version;
      delete clean.updatedAt;
      if (domain === 'privacy') delete clean.consents;
      return settle(domain, state, current, applyMergePatch(current, clean), { ...origin, patch: clean });
    };
  }

  const web = (kind: Origin['kind']): Origin => ({ kind, source: 'web' });

  return {
    getNotificationCatalog: (options) => read('getNotificationCatalog', options, catalogSlots.notifications),
    getNotificationPreferences: (options) => read('getNotificationPreferences', options, documentSlots.notifications),
    updateNotificationPreferences: (patch, meta) =>
      write('updateNotificationPreferences', 'notifications', meta, patched('notifications', patch, web('patch'))),
    getNotificationHistory: (options) => read('getNotificationHistory', options, historySlot),
    async verifyNotificationChannel(channelId, options) {
      await gate('verifyNotificationChannel', options?.signal);
      const state = store.load();
      const catalog = store.read(state, catalogSlots.notifications);
      const channel = catalog.channels.find((c) => c.id === channelId);
      if (!channel) throw new AdapterError('not-found', `There is no notification channel "${String(channelId)}".`);
      if (channel.ready) return;
      channel.ready = true;
      store.write(state, [[catalogSlots.notifications, catalog]]);
    },

    getThemeCatalog: (options) => read('getThemeCatalog', options, catalogSlots.theme),
    getThemePreferences: (options) => read('getThemePreferences', options, documentSlots.theme),
    updateThemePreferences: (patch, meta) =>
      write('updateThemePreferences', 'theme', meta, patched('theme', patch, web('patch'))),

    getPrivacyCatalog: (options) => read('getPrivacyCatalog', options, catalogSlots.privacy),
    getPrivacyPreferences: (options) => read('getPrivacyPreferences', options, documentSlots.privacy),
    updatePrivacyPreferences: (patch, meta) =>
      write('updatePrivacyPreferences', 'privacy', meta, patched('privacy', patch, web('patch'))),

    getPayments: (options) => read('getPayments', options, documentSlots.payments),
    updatePayments: (patch, meta) =>
      write('updatePayments', 'payments', meta, patched('payments', patch, web('patch'))),
    addPaymentMethod: (token, meta) =>
      write('addPaymentMethod', 'payments', meta, (current, state) => {
        const method = methodFromToken(token, current, now());
        const candidate = {
          ...current,
          methods: [...current.methods, method],
          defaultMethodId: current.defaultMethodId ?? method.id,
        };
        return settle('payments', state, current, candidate, web('method'));
      }),
    removePaymentMethod: (methodId, meta) =>
      write('removePaymentMethod', 'payments', meta, (current, state) => {
        if (!current.methods.some((m) => m.id === methodId)) {
          throw new AdapterError('not-found', `There is no payment method "${String(methodId)}".`);
        }
        const candidate = { ...current, methods: current.methods.filter((m) => m.id !== methodId) };
        if (candidate.defaultMethodId === methodId) delete candidate.defaultMethodId;
        return settle('payments', state, current, candidate, web('method'));
      }),

    subscribe: (domain, listener) => subscriptions.add(domain, listener),

    setLatency: (latency) => faults.setLatency(latency),
    setFailureRate: (rate, kind) => faults.setFailureRate(rate, kind),
    failNext: (count, kind, options) => faults.failNext(count, kind, options),
    clearFaults: () => faults.clear(),

    reset() {
      replays.clear();
      let state: State | undefined;
      try {
        state = store.load();
      } catch {
        // Unreadable: nothing worth keeping, not even its versions.
      }
      const fresh = structuredClone(seed) as unknown as State;
      let keep = false;
      for (const domain of domains) {
        const slot = documentSlots[domain];
        const seeded = locate(fresh, slot.location, 'the seed').value as Versioned;
        const stored = state && storedVersion(state, slot);
        // Continue the stored version, so that open widgets take the reset in instead of refusing an older one.
        if (stored !== undefined && stored >= seeded.version) {
          seeded.version = stored + 1;
          seeded.updatedAt = now().toISOString();
          keep = true;
        }
      }
      if (keep) store.save(fresh);
      else store.remove();
      for (const domain of domains) {
        const slot: Slot<Versioned> = documentSlots[domain];
        subscriptions.broadcast(domain, store.read(fresh, slot), true);
      }
    },

    simulateExternalChange(domain, patch) {
      if (!domains.includes(domain)) throw new TypeError(`Unknown preferences domain "${String(domain)}".`);
      const slot = documentSlots[domain];
      const state = store.load();
      const current = store.read(state, slot);
      const { document, also } = patched(domain, patch, { kind: 'external', source: 'another device' })(current, state);
      store.write(state, [[slot, document], ...also]);
      subscriptions.broadcast(domain, document, true);
    },

    dispose: () => subscriptions.dispose(),
  };

  function storedVersion(state: State, slot: Slot<Versioned>): number | undefined {
    try {
      return locate(state, slot.location, key).found ? store.read(state, slot).version : undefined;
    } catch {
      return undefined;
    }
  }
}
