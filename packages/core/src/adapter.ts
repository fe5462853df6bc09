import type { MergePatch } from './merge-patch.js';
import type { ChangeRecord } from './schemas/common.js';
import type { NotificationCatalog, NotificationPreferences } from './schemas/notifications.js';
import type { PaymentToken, Payments } from './schemas/payments.js';
import type { PrivacyCatalog, PrivacyPreferences } from './schemas/privacy.js';
import type { ThemeCatalog, ThemePreferences } from './schemas/theme.js';

/**
 * The adapter boundary. An adapter is a plain object of async methods that talks to the
 * host's own backend; a host can write one in twenty lines. Every answer is checked
 * against core's schemas before a widget sees it, and every failure is thrown as an
 * `AdapterError` with a `kind`.
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

export interface NotificationsAdapter {
  getNotificationCatalog(options: ReadOptions): Promise<NotificationCatalog>;
  getNotificationPreferences(options: ReadOptions): Promise<NotificationPreferences>;
  updateNotificationPreferences(
    patch: PreferencesPatch<NotificationPreferences>,
    meta: ChangeMeta,
  ): Promise<NotificationPreferences>;
  /** Past changes, newest first, when the backend keeps them. */
  getNotificationHistory?(options: ReadOptions): Promise<ChangeRecord[]>;
  /**
   * Starts the host's own step that makes a channel ready (verify a phone, register a
   * device) and resolves once it is ready. Without it, the widget fires
   * `prefs-verify-channel` for the host to handle.
   */
  verifyNotificationChannel?(channelId: string, options: ReadOptions): Promise<void>;
}

export interface ThemeAdapter {
  getThemeCatalog(options: ReadOptions): Promise<ThemeCatalog>;
  getThemePreferences(options: ReadOptions): Promise<ThemePreferences>;
  updateThemePreferences(patch: PreferencesPatch<ThemePreferences>, meta: ChangeMeta): Promise<ThemePreferences>;
}

export interface PrivacyAdapter {
  getPrivacyCatalog(options: ReadOptions): Promise<PrivacyCatalog>;
  getPrivacyPreferences(options: ReadOptions): Promise<PrivacyPreferences>;
  updatePrivacyPreferences(patch: PreferencesPatch<PrivacyPreferences>, meta: ChangeMeta): Promise<PrivacyPreferences>;
}

export interface PaymentsAdapter {
  getPayments(options: ReadOptions): Promise<Payments>;
  /** Default method, nicknames and billing-address links; never card data. */
  updatePayments(patch: PreferencesPatch<Payments>, meta: ChangeMeta): Promise<Payments>;
  /** Adds a method from a token the host's payment provider produced. */
  addPaymentMethod(token: PaymentToken, meta: ChangeMeta): Promise<Payments>;
  removePaymentMethod(methodId: string, meta: ChangeMeta): Promise<Payments>;
}

/** The domains an adapter can serve; `subscribe` takes one of these. */
export type PrefsDomain = 'notifications' | 'theme' | 'privacy' | 'payments';

export interface DomainDocuments {
  notifications: NotificationPreferences;
  theme: ThemePreferences;
  privacy: PrivacyPreferences;
  payments: Payments;
}

export type Unsubscribe = () => void;

export interface SubscribableAdapter {
  /**
   * Hears changes made elsewhere (another tab, another device, a server push). The
   * listener receives the whole new document; it is checked like any other answer.
   */
  subscribe?<D extends PrefsDomain>(domain: D, listener: (document: DomainDocuments[D]) => void): Unsubscribe;
}

/** What a widget takes: any subset of the domains, and optionally `subscribe`. */
export type PrefsAdapter = Partial<NotificationsAdapter & ThemeAdapter & PrivacyAdapter & PaymentsAdapter> &
  SubscribableAdapter;

/** The names of the methods a widget needs, for the configuration check. */
export type AdapterMethod = Exclude<keyof PrefsAdapter, 'subscribe'>;

/** The methods of `required` that `adapter` lacks, in order. */
export function missingAdapterMethods(
  adapter: PrefsAdapter | undefined,
  required: readonly AdapterMethod[],
): AdapterMethod[] {
  return required.filter((name) => typeof adapter?.[name] !== 'function');
}
