import type { AdapterErrorKind, PrefsDomain } from '@prefcenter/core';

/**
 * The HTTP contract in one place, read by the adapter and by the reference server (and
 * by the OpenAPI document the server generates), so the two cannot drift apart: where
 * each domain lives, which status each error kind travels as, and the headers.
 */

/** The path of each domain's document and catalog, under the API's base URL. */
export const domainPaths: { readonly [D in PrefsDomain]: { document: string; catalog?: string } } = {
  notifications: { document: '/notifications/preferences', catalog: '/notifications/catalog' },
  theme: { document: '/theme/preferences', catalog: '/theme/catalog' },
  privacy: { document: '/privacy/preferences', catalog: '/privacy/catalog' },
  payments: { document: '/payments' },
};

export const actionPaths = {
  notificationHistory: '/notifications/history',
  verifyChannel: (channelId: string) => `/notifications/channels/${encodeURIComponent(channelId)}/verify`,
  paymentMethods: '/payments/methods',
  /** `DELETE` removes the method; `?replaceWith=<id>` names the one that takes over its subscriptions and defaults. */
  paymentMethod: (methodId: string) => `/payments/methods/${encodeURIComponent(methodId)}`,
  /** `POST` with `{ "amounts": [32, 45] }` (minor units) or `{ "code": "…" }`. */
  verifyPaymentMethod: (methodId: string) => `/payments/methods/${encodeURIComponent(methodId)}/verify`,
  events: '/events',
} as const;

export const mediaTypes = {
  json: 'application/json',
  mergePatch: 'application/merge-patch+json',
  problem: 'application/problem+json',
  eventStream: 'text/event-stream',
} as const;

export const headerNames = {
  idempotencyKey: 'Idempotency-Key',
  /** Names the adapter instance that made a change, so its own change is not echoed back to it. */
  client: 'Prefs-Client',
  csrf: 'X-CSRF-Token',
} as const;

/** The status each kind is answered with by the server (kinds only a client can see have none). */
export const statusOfKind: { readonly [K in AdapterErrorKind]?: number } = {
  validation: 422,
  conflict: 412,
  unauthorized: 401,
  'reauth-required': 403,
  'not-found': 404,
  'rate-limited': 429,
  unavailable: 503,
  timeout: 504,
};

/**
 * The kind a status means. A problem document names its kind (`kind`, and its `type`
 * URI), which wins over this table; the table is for answers without one (a proxy's 502).
 */
export function kindOfStatus(status: number): AdapterErrorKind {
  switch (status) {
    case 400: // malformed JSON
    case 413: // body too large
    case 415: // wrong content type
    case 422:
    case 428: // If-Match missing
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403: // this change needs a fresh sign-in (docs/backend-reference.md)
      return 'reauth-required';
    case 404:
    case 410:
      return 'not-found';
    case 409:
    case 412:
      return 'conflict';
    case 429:
      return 'rate-limited';
    case 408:
    case 504:
      return 'timeout';
    default:
      // As the backend reference says of a status it does not list: the client's request
      // was refused (4xx), or the service failed (5xx and anything else).
      return status >= 400 && status < 500 ? 'validation' : 'unavailable';
  }
}

/** The `type` URI of a problem document of each kind (RFC 9457). */
export const problemTypeBase = 'https://prefcenter.dev/problems/';

/** What a problem document from the reference server carries. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  kind: AdapterErrorKind;
  /** Field-level messages of a `validation` problem, keyed by field path. */
  fields?: Record<string, string>;
  /** Seconds, as in the `Retry-After` header, for `rate-limited` and `unavailable`. */
  retryAfter?: number;
}

/** `"7"` for version 7: a strong entity tag is the document's version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version an `If-Match` names, or `undefined` when it names none we issued. */
export function versionOfEtag(header: string | null | undefined): number | undefined {
  const match = header?.trim().match(/^(?:W\/)?"(\d{1,15})"$/);
  return match ? Number(match[1]) : undefined;
}
