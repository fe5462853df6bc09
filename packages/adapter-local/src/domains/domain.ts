import type { ChangeMeta, DomainAdapters, DomainDocuments, PrefsDomain, ReadOptions } from '@prefcenter/core';
import type { Issues } from '../rules.js';
import type { Slot } from '../slot.js';
import type { State, Store } from '../store.js';

/** How a change came about: the customer's merge patch, a payment method call, or another device. */
export interface Origin {
  kind: 'patch' | 'method' | 'external';
  source: string;
  patch?: unknown;
}

/** Slots a change writes besides the document, such as the history. */
export type Entries = [Slot<unknown>, unknown][];

export interface Applied<P extends PrefsDomain> {
  document: DomainDocuments[P];
  also: Entries;
}

/** What a domain's rules see of a change: the document before and after, and where to say what is wrong. */
export interface RuleContext<P extends PrefsDomain> {
  state: State;
  before: DomainDocuments[P];
  /** The candidate, already checked against the schema; a rule may fill in what the adapter keeps (a log). */
  after: DomainDocuments[P];
  issues: Issues;
  /** Other slots to write with the document. */
  also: Entries;
  at: string;
  origin: Origin;
  /** Reads another slot of the same state (a catalog), checked. */
  read<T>(slot: Slot<T>): T;
}

/** The shared machinery a domain's adapter methods are built on (see local-adapter.ts). */
export interface LocalKit {
  readonly store: Store;
  readonly now: () => Date;
  /** Abort, the simulated delay, then any simulated failure: what every call goes through first. */
  gate(method: string, signal: AbortSignal | undefined): Promise<void>;
  /** A read of one slot. */
  read<T>(method: string, options: ReadOptions | undefined, slot: Slot<T>): Promise<T>;
  /** A write: checks the version, replays a repeated idempotency key, saves, and tells the other instances. */
  write<P extends PrefsDomain>(
    method: string,
    domain: P,
    meta: ChangeMeta,
    change: (current: DomainDocuments[P], state: State) => Applied<P>,
  ): Promise<DomainDocuments[P]>;
  /** The customer's merge patch applied to the current document, checked. */
  patched<P extends PrefsDomain>(domain: P, patch: unknown): (current: DomainDocuments[P], state: State) => Applied<P>;
  /** A candidate document checked against the schema and the domain's rules, with its version bumped. */
  settle<P extends PrefsDomain>(
    domain: P,
    state: State,
    current: DomainDocuments[P],
    candidate: unknown,
    origin: Origin,
  ): Applied<P>;
}

/**
 * One domain of the local adapter: where its document is stored (and found in the seed),
 * what a change must keep beyond its shape, and its adapter methods. `registry.ts` lists
 * one per domain of core's registry, and the compiler holds the list to it.
 */
export interface LocalDomain<P extends PrefsDomain> {
  document: Slot<DomainDocuments[P]>;
  rules(context: RuleContext<P>): void;
  /** Fields only the adapter writes (besides the version and time), dropped from a customer's patch. */
  ownFields?: readonly string[];
  methods(kit: LocalKit): Required<DomainAdapters[P]>;
}
