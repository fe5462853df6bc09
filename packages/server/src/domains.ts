import {
  AdapterError,
  applyMergePatch,
  isPlainObject,
  notificationCatalogSchema,
  notificationPreferencesSchema,
  parseInput,
  paymentsSchema,
  privacyCatalogSchema,
  privacyPreferencesSchema,
  themeCatalogSchema,
  themePreferencesSchema,
  type DomainDocuments,
  type NotificationCatalog,
  type PrefsDomain,
  type PrivacyCatalog,
  type PrivacyPreferences,
  type ThemeCatalog,
  type parseAdapterResponse,
} from '@prefcenter/core';
import {
  Issues,
  checkNotifications,
  checkPaymentsIntegrity,
  checkPaymentsUpdate,
  checkPrivacy,
  checkTheme,
  recordConsents,
  describeNotificationChange,
} from '@prefcenter/adapter-local/backend-rules';

type Schema = Parameters<typeof parseAdapterResponse>[0];

/** What the institution offers (the same for every customer, but for the channels one has made ready). */
export interface Catalogs {
  notifications: NotificationCatalog;
  theme: ThemeCatalog;
  privacy: PrivacyCatalog;
}

/** What the server serves: the catalogs, and the documents a new customer starts with. */
export interface ServerSeed {
  notifications: { catalog: NotificationCatalog; preferences: DomainDocuments['notifications'] };
  theme: { catalog: ThemeCatalog; preferences: DomainDocuments['theme'] };
  privacy: { catalog: PrivacyCatalog; preferences: DomainDocuments['privacy'] };
  payments: DomainDocuments['payments'];
}

export const domains = ['notifications', 'theme', 'privacy', 'payments'] as const satisfies readonly PrefsDomain[];

export const documentSchemas: { readonly [D in PrefsDomain]: { schema: Schema; what: string } } = {
  notifications: { schema: notificationPreferencesSchema, what: 'notification preferences' },
  theme: { schema: themePreferencesSchema, what: 'theme preferences' },
  privacy: { schema: privacyPreferencesSchema, what: 'privacy preferences' },
  payments: { schema: paymentsSchema, what: 'payment methods' },
};

export const catalogSchemas = {
  notifications: notificationCatalogSchema,
  theme: themeCatalogSchema,
  privacy: privacyCatalogSchema,
} as const;

export function isDomain(value: string): value is PrefsDomain {
  return (domains as readonly string[]).includes(value);
}

/** The document a new customer starts with, from the seed. */
export function initialDocument<D extends PrefsDomain>(seed: ServerSeed, domain: D): DomainDocuments[D] {
  const source = domain === 'payments' ? seed.payments : seed[domain as Exclude<PrefsDomain, 'payments'>].preferences;
  return structuredClone(source) as DomainDocuments[D];
}

/** How a change came about: a merge patch, or a command (add, remove or verify a payment method). */
export type Operation = 'patch' | 'addPaymentMethod' | 'removePaymentMethod' | 'verifyPaymentMethod';

export interface Settled<D extends PrefsDomain> {
  /** The new document, without version and updatedAt (the database keeps those). */
  document: DomainDocuments[D];
  /** A line for the history, when the domain keeps one. */
  summary?: string;
}

/**
 * Checks a candidate document: core's schema (a `validation` error naming every bad
 * field), no field the schema does not know (zod would drop it silently, and the
 * customer would believe it saved), then the domain's own rules.
 */
export function settle<D extends PrefsDomain>(
  domain: D,
  before: DomainDocuments[D],
  candidate: unknown,
  catalogs: Catalogs,
  operation: Operation,
  at: string,
  source: string,
  /** The customer's patch, when the change is one: the sources it names are the records' sources. */
  input?: unknown,
): Settled<D> {
  const { schema, what } = documentSchemas[domain];
  const next = parseInput(schema, { ...(candidate as object), version: 0, updatedAt: at }, what) as DomainDocuments[D];
  refuseUnknownFields(candidate, next, what);
  const issues = new Issues();
  let summary: string | undefined;
  switch (domain) {
    case 'notifications': {
      const b = before as DomainDocuments['notifications'];
      const a = next as DomainDocuments['notifications'];
      checkNotifications(b, a, catalogs.notifications, issues);
      summary = describeNotificationChange(b, a, catalogs.notifications).join('; ') || undefined;
      break;
    }
    case 'theme':
      checkTheme(before as DomainDocuments['theme'], next as DomainDocuments['theme'], catalogs.theme, issues);
      break;
    case 'privacy': {
      const b = before as PrivacyPreferences;
      const a = next as PrivacyPreferences;
      checkPrivacy(b, a, catalogs.privacy, issues);
      recordConsents(b, a, catalogs.privacy, at, source, operation === 'patch' ? input : undefined);
      break;
    }
    case 'payments':
      if (operation === 'patch') {
        const [b, a] = [before as DomainDocuments['payments'], next as DomainDocuments['payments']];
        checkPaymentsUpdate(b, a, issues, new Date(at));
      }
      checkPaymentsIntegrity(next as DomainDocuments['payments'], issues);
      break;
  }
  issues.throwIfAny(what);
  const document = { ...next } as Record<string, unknown>;
  delete document.version;
  delete document.updatedAt;
  return { document: document as DomainDocuments[D], ...(summary && { summary: summary.slice(0, 2000) }) };
}

/** A merge patch on the current document; the bookkeeping and the consent log are the server's own. */
export function patchedDocument(domain: PrefsDomain, current: object, patch: unknown): object {
  if (!isPlainObject(patch)) {
    throw new AdapterError('validation', 'A change must be a JSON merge patch object.', { path: [] });
  }
  const clean: Record<string, unknown> = { ...patch };
  for (const own of ['version', 'updatedAt', ...(domain === 'privacy' ? ['consents'] : [])]) delete clean[own];
  return applyMergePatch(current, clean);
}

/** Refuses, as `validation` naming each, the fields of `sent` that parsing did not keep. */
export function refuseUnknownFields(sent: unknown, kept: unknown, what: string): void {
  const unknown = unknownFields(sent, kept);
  if (!unknown.length) return;
  const fields = new Map(unknown.map((path) => [path, `is not a field of the ${what}`]));
  throw new AdapterError('validation', `Not a field of the ${what}: ${unknown.join(', ')}.`, {
    path: unknown[0]!.split('.'),
    fields: Object.fromEntries(fields),
  });
}

/** Paths present in what was sent but absent from what the schema kept. */
export function unknownFields(sent: unknown, kept: unknown, prefix = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    return sent.flatMap((item, index) => unknownFields(item, kept[index], `${prefix}[${index}]`));
  }
  if (!isPlainObject(sent) || !isPlainObject(kept)) return [];
  const out: string[] = [];
  for (const key of Object.keys(sent)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!Object.hasOwn(kept, key)) out.push(path);
    else out.push(...unknownFields(sent[key], kept[key], path));
  }
  return out;
}
