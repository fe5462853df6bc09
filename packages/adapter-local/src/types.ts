import type {
  AdapterErrorKind,
  AllDomainAdapters,
  ChangeRecord,
  NotificationCatalog,
  NotificationPreferences,
  Payments,
  PrefsDomain,
  PrivacyCatalog,
  PrivacyPreferences,
  SubscribableAdapter,
  ThemeCatalog,
  ThemePreferences,
} from '@prefcenter/core';

/** The part of the Web Storage API the adapter uses; `localStorage` and `sessionStorage` fit. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A fixed delay in milliseconds, or a range to draw each call's delay from. */
export type Latency = number | { min: number; max: number };

export interface LocalAdapterOptions {
  /** 'local' (default) persists to window.localStorage; 'memory' for tests; or any Storage-like object. */
  storage?: 'local' | 'memory' | StorageLike;
  /** localStorage key; default 'prefcenter'. Used also to filter `storage` events. */
  storageKey?: string;
  /** Seed data; default `bankSeed` (a believable demo bank). */
  seed?: LocalSeed;
  /** Simulated latency in ms (number, or {min, max} for jitter). Default 0. */
  latency?: Latency;
  /** Random failures: probability 0..1 and the kind thrown (default 'network'). */
  failureRate?: number;
  failureKind?: AdapterErrorKind;
  /** A clock for tests; default () => new Date(). */
  now?: () => Date;
}

/** Everything the adapter serves before the customer changes anything. */
export interface LocalSeed {
  notifications: {
    catalog: NotificationCatalog;
    preferences: NotificationPreferences;
    /** Past changes, newest first, so a demo's history is not empty. */
    history?: ChangeRecord[];
  };
  theme: { catalog: ThemeCatalog; preferences: ThemePreferences };
  privacy: { catalog: PrivacyCatalog; preferences: PrivacyPreferences };
  payments: Payments;
}

export interface LocalAdapter extends Required<AllDomainAdapters>, Required<SubscribableAdapter> {
  setLatency(latency: Latency): void;
  setFailureRate(rate: number, kind?: AdapterErrorKind): void;
  /** The next `count` calls (optionally only of these method names) fail with `kind`. */
  failNext(count: number, kind: AdapterErrorKind, options?: { methods?: string[] }): void;
  clearFaults(): void;
  /** Restores the seed (the way out of corrupt storage). */
  reset(): void;
  /** Simulates a change made on another device: applies a merge patch to a domain's document, bumps version, notifies subscribers. */
  simulateExternalChange<D extends PrefsDomain>(domain: D, patch: object): void;
  /** Stops listening to `storage` events. */
  dispose(): void;
}
