// What a backend answers, in one place: the documents it serves, the HTTP statuses each
// AdapterError kind comes from, and the headers. scripts/build-backend-reference.mjs writes
// docs/backend-reference.md from it, and scripts/check-no-build-page.mjs holds the README's
// no-build adapter to the same table, so the README, the reference and the adapter agree.

/**
 * Where the contract is served on the reference server (@prefcenter/server): every route
 * below is under it, e.g. `GET /v1/theme/preferences`. A backend of your own may use any base URL.
 */
export const referenceBaseUrl = '/v1';

/**
 * Each document: its file name under docs/schemas/, core's zod export, the adapter methods,
 * its route under the base URL (checked against @prefcenter/adapter-rest's http-contract.ts
 * by scripts/build-backend-reference.mjs, so the reference, the README and adapter-rest agree).
 */
export const documents = [
  {
    name: 'theme-catalog',
    schema: 'themeCatalogSchema',
    title: 'Theme catalog',
    about: "The institution's accent swatches, and which is the default.",
    read: 'getThemeCatalog',
    route: 'GET /theme/catalog',
    example: (seed) => seed.theme.catalog,
  },
  {
    name: 'theme-preferences',
    schema: 'themePreferencesSchema',
    title: 'Theme preferences',
    about: "The customer's colour scheme, accent, text size, contrast, motion and density.",
    read: 'getThemePreferences',
    write: 'updateThemePreferences',
    route: 'GET, PATCH /theme/preferences',
    example: (seed) => seed.theme.preferences,
  },
  {
    name: 'notification-catalog',
    schema: 'notificationCatalogSchema',
    title: 'Notification catalog',
    about: 'The channels, sections and categories the customer can choose between, with their options.',
    read: 'getNotificationCatalog',
    route: 'GET /notifications/catalog',
    example: (seed) => seed.notifications.catalog,
  },
  {
    name: 'notification-preferences',
    schema: 'notificationPreferencesSchema',
    title: 'Notification preferences',
    about: "The customer's choice per category and channel, with digests, thresholds, quiet hours and pause.",
    read: 'getNotificationPreferences',
    write: 'updateNotificationPreferences',
    route: 'GET, PATCH /notifications/preferences',
    example: (seed) => seed.notifications.preferences,
  },
  {
    name: 'change-history',
    schema: 'changeHistorySchema',
    title: 'Change history',
    about: 'Past changes, newest first (optional: `getNotificationHistory`).',
    read: 'getNotificationHistory',
    route: 'GET /notifications/history',
    example: (seed) => seed.notifications.history,
  },
  {
    name: 'privacy-catalog',
    schema: 'privacyCatalogSchema',
    title: 'Privacy catalog',
    about: 'The purposes the institution asks consent for, and its notice.',
    read: 'getPrivacyCatalog',
    route: 'GET /privacy/catalog',
    example: (seed) => seed.privacy.catalog,
  },
  {
    name: 'privacy-preferences',
    schema: 'privacyPreferencesSchema',
    title: 'Privacy preferences',
    about: "The customer's consent per purpose.",
    read: 'getPrivacyPreferences',
    write: 'updatePrivacyPreferences',
    route: 'GET, PATCH /privacy/preferences',
    example: (seed) => seed.privacy.preferences,
  },
  {
    name: 'payments',
    schema: 'paymentsSchema',
    title: 'Payments',
    about:
      'Saved payment methods, the defaults (one, or with `separateDefaults` one for recurring and one for one-off ' +
      'payments) and billing addresses. What charges a method (`usedBy`, `upcomingCharges`), its verification, ' +
      '`currency` and `separateDefaults` are written by the backend: a `PATCH` that changes them is refused. ' +
      'Methods are added (`POST /payments/methods`), removed (`DELETE /payments/methods/{id}`, with ' +
      '`?replaceWith={id}` for one in use or a default) and verified (`POST /payments/methods/{id}/verify`), as ' +
      '`packages/server/openapi.json` says.',
    read: 'getPayments',
    write: 'updatePayments',
    route: 'GET, PATCH /payments',
    example: (seed) => seed.payments,
  },
];

/**
 * Each AdapterError kind and what the backend answers for it. `statuses` are what an
 * adapter maps to the kind (the first is the one to send); a kind with none does not come
 * from a status. `otherwise` says what an unlisted status becomes.
 */
export const errorKinds = [
  { kind: 'network', statuses: [], answer: 'No answer at all: `fetch` rejects (offline, DNS, CORS).' },
  {
    kind: 'timeout',
    statuses: [504],
    // Not 408: browsers answer a 408 by sending the request again themselves.
    answer: '`504`, or no answer within 15 s (the widget aborts the request).',
  },
  {
    kind: 'conflict',
    statuses: [409, 412],
    answer: '`412` (or `409`) when `If-Match` is not the current `version`: someone changed the document elsewhere.',
  },
  { kind: 'validation', statuses: [422], answer: '`422` when the patch is well formed but its values are refused.' },
  { kind: 'unauthorized', statuses: [401], answer: '`401` when the session has ended.' },
  { kind: 'reauth-required', statuses: [403], answer: '`403` when this change needs a fresh sign-in.' },
  {
    kind: 'rate-limited',
    statuses: [429],
    answer: '`429` with `Retry-After` (seconds) when there are too many changes.',
  },
  {
    kind: 'not-found',
    statuses: [404, 410],
    answer: '`404` (or `410`) when the customer has no such document.',
  },
  {
    kind: 'unavailable',
    statuses: [503],
    answer: '`503` (any other `5xx` too), with `Retry-After` when known.',
  },
  {
    kind: 'invalid-response',
    statuses: [],
    answer: 'A `2xx` whose body does not match the document schema: the widget names the first bad field.',
  },
];
export const otherwise = { serverError: 'unavailable', clientError: 'validation' };

export const headers = [
  {
    name: 'Content-Type: application/merge-patch+json',
    on: 'PATCH request',
    means: 'The body is a JSON Merge Patch (RFC 7396) of the document, without `version` and `updatedAt`.',
  },
  {
    name: 'If-Match: "<version>"',
    on: 'PATCH request',
    means:
      'The `version` the change was made on. Answer `412` when it is not the current one (`428` when it is missing).',
  },
  {
    name: 'Idempotency-Key: <key>',
    on: 'PATCH request',
    means:
      'The same key when the customer retries the same change. Answer a repeated key with the answer the first ' +
      'request got, without applying the patch twice.',
  },
  {
    name: 'Content-Type: application/json',
    on: 'every 2xx answer',
    means: 'The body is the whole document: on PATCH, the whole new document, `version` raised and `updatedAt` new.',
  },
  {
    name: 'Content-Type: application/problem+json',
    on: 'every error answer',
    means:
      'Optional: a problem document (RFC 9457), `{ "type", "title", "status", "kind" }`, with `fields` (field path to ' +
      'message) on a `validation` and `retryAfter` when known. Its `kind`, an AdapterError kind, wins over the status.',
  },
  {
    name: 'Retry-After: <seconds>',
    on: '429 and 503 answers',
    means: 'When to try again; becomes `error.retryAfter`.',
  },
];
