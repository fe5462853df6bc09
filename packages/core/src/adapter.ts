import type { AllDomainAdapters, DomainDocuments, PrefsDomain } from './domains/registry.js';
import type { MergePatch } from './merge-patch.js';

export type { NotificationsAdapter } from './domains/notifications/adapter.js';
export type { PaymentsAdapter } from './domains/payments/adapter.js';
export type { PrivacyAdapter } from './domains/privacy/adapter.js';
export type { ThemeAdapter } from './domains/theme/adapter.js';
export type {
  AllDomainAdapters,
  DomainAdapters,
  DomainCatalogs,
  DomainDocuments,
  DomainRegistry,
  DomainTypes,
  PrefsDomain,
} from './domains/registry.js';

/**
 * The adapter boundary. An adapter is a plain object of async methods that talks to the
 * host's own backend; a host can write one in twenty lines. Every answer is checked
 * against core's schemas before a widget sees it, and every failure is thrown as an
 * `AdapterError` with a `kind`. Each domain declares its own interface in its folder
 * (`domains/<domain>/adapter.ts`); `domains/registry.ts` lists them.
 */

/** Passed to every read. Abort means the widget no longer needs the answer. */
export interface ReadOptions {
  signal: AbortSignal;
}

/**
 * Passed to every write. `version` is the document version the change was made on (a
 * stale one must be refused with a `conflict` error); `idempotencyKey` is the same when
 * the customer retries the same change, so the backend can apply it once.
 */
export interface ChangeMeta {
  version: number;
  idempotencyKey: string;
  signal: AbortSignal;
  /**
   * The page is being hidden or closed, and this save was sent for that reason: pass it to
   * `fetch` (`keepalive: true`) so the browser finishes the request after the page is gone.
   */
  keepalive?: boolean;
}

/** A change of the preferences document of a domain: a JSON Merge Patch, without bookkeeping. */
export type PreferencesPatch<T> = MergePatch<Omit<T, 'version' | 'updatedAt'>>;

export type Unsubscribe = () => void;

export interface SubscribableAdapter {
  /**
   * Hears changes made elsewhere (another tab, another device, a server push). The
   * listener receives the whole new document; it is checked like any other answer.
   */
  subscribe?<D extends PrefsDomain>(domain: D, listener: (document: DomainDocuments[D]) => void): Unsubscribe;
}

/** What a widget takes: any subset of the domains, and optionally `subscribe`. */
export type PrefsAdapter = Partial<AllDomainAdapters> & SubscribableAdapter;

/** The names of the methods of the adapter interface `A` (every domain's, by default). */
export type AdapterMethod<A = AllDomainAdapters> = Exclude<keyof A, 'subscribe'> & string;

/**
 * The methods of `A` that every adapter serving it must have and that fit `Signature`: a
 * definition names its read and write methods with this, so the compiler checks both
 * the name and what the method takes and answers.
 */
export type AdapterMethodOf<A, Signature> = {
  [K in AdapterMethod<A>]-?: undefined extends A[K] ? never : A[K] extends Signature ? K : never;
}[AdapterMethod<A>];

/** The methods of `required` that `adapter` lacks, in order. */
export function missingAdapterMethods(
  adapter: PrefsAdapter | undefined,
  required: readonly AdapterMethod[],
): AdapterMethod[] {
  return required.filter((name) => typeof adapter?.[name] !== 'function');
}
