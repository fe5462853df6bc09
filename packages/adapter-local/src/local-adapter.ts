import {
  AdapterError,
  applyMergePatch,
  isPlainObject,
  parseInput,
  type AllDomainAdapters,
  type ChangeMeta,
  type DomainDocuments,
  type PrefsDomain,
  type ReadOptions,
  type Versioned,
} from '@prefcenter/core';
import type { Applied, LocalKit, LocalDomain, Origin } from './domains/domain.js';
import { domains, localDomains } from './domains/registry.js';
import { abortReason, Faults, wait } from './faults.js';
import { IdempotencyCache } from './idempotency.js';
import { Issues } from './rules.js';
import { bankSeed } from './seed/bank.js';
import type { Slot } from './slot.js';
import { resolveStorage } from './storage.js';
import { locate, Store, type State } from './store.js';
import { Subscriptions } from './sync.js';
import type { LocalAdapter, LocalAdapterOptions } from './types.js';

/** The module of `domain`, typed for it (an indexed access alone would be a union of all of them). */
const localDomain = <P extends PrefsDomain>(domain: P): LocalDomain<P> => localDomains[domain];

/**
 * Every domain's adapter methods. The registry's type makes each module serve its whole
 * domain interface, and it lists every domain, so together they are all of core's.
 */
function allMethods(kit: LocalKit): Required<AllDomainAdapters> {
  return Object.assign({}, ...domains.map((domain) => localDomains[domain].methods(kit)));
}

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
    (state, domain) => store.read(state, localDomain(domain).document),
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
    const slot = localDomain(domain).document;
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
  function settle<P extends PrefsDomain>(
    domain: P,
    state: State,
    current: DomainDocuments[P],
    candidate: unknown,
    origin: Origin,
  ): Applied<P> {
    const { document: slot, rules } = localDomain(domain);
    const next = parseInput(slot.schema, candidate, slot.what) as DomainDocuments[P];
    const at = now().toISOString();
    const also: Applied<P>['also'] = [];
    const issues = new Issues();
    const read = <T>(other: Slot<T>) => store.read(state, other);
    rules({ state, before: current, after: next, issues, also, at, origin, read });
    issues.throwIfAny(slot.what);
    return { document: { ...next, version: current.version + 1, updatedAt: at }, also };
  }

  /** A merge patch applied to the current document; the bookkeeping and the consent log are the adapter's own. */
  function patched<P extends PrefsDomain>(domain: P, patch: unknown, origin: Origin) {
    return (current: DomainDocuments[P], state: State): Applied<P> => {
      if (!isPlainObject(patch)) {
        throw new AdapterError('validation', 'A change must be a JSON merge patch object.', { path: [] });
      }
      const clean: Record<string, unknown> = { ...patch };
      delete clean.version;
      delete clean.updatedAt;
      for (const field of localDomain(domain).ownFields ?? []) delete clean[field];
      return settle(domain, state, current, applyMergePatch(current, clean), { ...origin, patch: clean });
    };
  }

  const kit: LocalKit = {
    store,
    now,
    gate,
    read,
    write,
    patched: (domain, patch) => patched(domain, patch, { kind: 'patch', source: 'web' }),
    settle,
  };

  return {
    ...allMethods(kit),

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
        const slot = localDomain(domain).document;
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
        const slot: Slot<Versioned> = localDomain(domain).document;
        subscriptions.broadcast(domain, store.read(fresh, slot), true);
      }
    },

    simulateExternalChange(domain, patch) {
      if (!domains.includes(domain)) throw new TypeError(`Unknown preferences domain "${String(domain)}".`);
      const slot = localDomain(domain).document;
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
