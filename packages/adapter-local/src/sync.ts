import { jsonEqual, type DomainDocuments, type PrefsDomain, type Unsubscribe } from '@prefcenter/core';
import { domains } from './domains/registry.js';
import { parseState, type State } from './store.js';
import type { StorageLike } from './types.js';

type Listener = (document: unknown) => void;

/** Subscribed adapters in this page by storage object and key: `storage` events only reach other tabs. */
const peers = new WeakMap<object, Map<string, Set<Subscriptions>>>();

/**
 * `subscribe()` for one adapter instance. Changes reach it three ways: a `storage`
 * event from another tab, a write by another instance over the same storage and key
 * in this page, and `simulateExternalChange()`/`reset()`. An instance's own writes are
 * not echoed to its own listeners: the widget that made them already has the result.
 */
export class Subscriptions {
  private readonly listeners = new Map<PrefsDomain, Set<Listener>>();
  private attached = false;

  constructor(
    private readonly storage: StorageLike,
    private readonly key: string,
    /** Reads a domain's document from a state, or throws when it is malformed. */
    private readonly readDocument: <D extends PrefsDomain>(state: State, domain: D) => DomainDocuments[D],
    private readonly hearStorageEvents: boolean,
  ) {}

  add<D extends PrefsDomain>(domain: D, listener: (document: DomainDocuments[D]) => void): Unsubscribe {
    if (!domains.includes(domain)) throw new TypeError(`Unknown preferences domain "${String(domain)}".`);
    let set = this.listeners.get(domain);
    if (!set) this.listeners.set(domain, (set = new Set()));
    const entry: Listener = (document) => listener(document as DomainDocuments[D]);
    set.add(entry);
    this.attach();
    return () => {
      set.delete(entry);
      if (![...this.listeners.values()].some((s) => s.size)) this.detach();
    };
  }

  /** Tells this instance's listeners. */
  deliver(domain: PrefsDomain, document: unknown): void {
    for (const listener of [...(this.listeners.get(domain) ?? [])]) {
      try {
        listener(structuredClone(document));
      } catch (error) {
        // One failing listener must not keep the change from the others.
        console.error('[prefcenter] A subscriber failed.', error);
      }
    }
  }

  /** Tells the other subscribed instances over the same storage and key in this page (and this one too, if asked). */
  broadcast(domain: PrefsDomain, document: unknown, includeSelf = false): void {
    for (const peer of [...(peers.get(this.storage)?.get(this.key) ?? [])]) {
      if (peer !== this) peer.deliver(domain, document);
    }
    if (includeSelf) this.deliver(domain, document);
  }

  dispose(): void {
    this.listeners.clear();
    this.detach();
  }

  private attach(): void {
    if (this.attached) return;
    this.attached = true;
    let byKey = peers.get(this.storage);
    if (!byKey) peers.set(this.storage, (byKey = new Map()));
    let set = byKey.get(this.key);
    if (!set) byKey.set(this.key, (set = new Set()));
    set.add(this);
    if (this.hearStorageEvents) globalThis.addEventListener?.('storage', this.onStorage);
  }

  private detach(): void {
    if (!this.attached) return;
    this.attached = false;
    peers.get(this.storage)?.get(this.key)?.delete(this);
    globalThis.removeEventListener?.('storage', this.onStorage);
  }

  private readonly onStorage = (event: StorageEvent): void => {
    // `key` is null when another tab cleared the whole storage area.
    if (event.key !== null && event.key !== this.key) return;
    if (event.storageArea && event.storageArea !== this.storage) return;
    const newValue = event.key === null ? null : event.newValue;
    let next: State = {};
    let previous: State | undefined;
    try {
      if (newValue !== null) next = parseState(newValue, this.key);
    } catch (error) {
      console.warn('[prefcenter] Ignored malformed preferences written by another tab.', error);
      return;
    }
    try {
      previous = event.oldValue === null || event.key === null ? undefined : parseState(event.oldValue, this.key);
    } catch {
      // The old value does not matter beyond telling what changed.
    }
    for (const domain of domains) {
      if (!this.listeners.get(domain)?.size) continue;
      let document: unknown;
      try {
        document = this.readDocument(next, domain);
      } catch (error) {
        console.warn(`[prefcenter] Ignored malformed ${domain} preferences written by another tab.`, error);
        continue;
      }
      if (previous && unchanged(() => this.readDocument(previous, domain), document)) continue;
      this.deliver(domain, document);
    }
  };
}

function unchanged(read: () => unknown, document: unknown): boolean {
  try {
    return jsonEqual(read(), document);
  } catch {
    return false;
  }
}
