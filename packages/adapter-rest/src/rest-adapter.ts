import {
  AdapterError,
  adapterErrorKinds,
  newIdempotencyKey,
  type AdapterErrorKind,
  type ChangeMeta,
  type DomainDocuments,
  type NotificationsAdapter,
  type PaymentsAdapter,
  type PrefsDomain,
  type PrivacyAdapter,
  type ReadOptions,
  type SubscribableAdapter,
  type ThemeAdapter,
} from '@prefcenter/core';
import { actionPaths, domainPaths, etagOf, headerNames, kindOfStatus, mediaTypes } from './http-contract.js';
import { EventStream } from './event-stream.js';

export interface RestAdapterOptions {
  /** Where the contract is served, e.g. `https://api.bank.example/prefs/v1`. */
  baseUrl: string;
  /** Default: the global `fetch`; a host can pass its own (tracing, a test double). */
  fetch?: typeof fetch;
  /** Sent with every request: an `Authorization` header, a CSRF token; a function is asked each time. */
  headers?: HeadersInit | (() => HeadersInit);
  /** Default `same-origin`; `include` sends the session cookie to an API on another origin. */
  credentials?: RequestCredentials;
  /** Milliseconds before the event stream tries again after it drops, doubling up to 30 s. Default 1000. */
  reconnectDelay?: number;
}

export type RestAdapter = Required<NotificationsAdapter & ThemeAdapter & PrivacyAdapter & PaymentsAdapter> &
  Required<SubscribableAdapter> & {
    /** Closes the event stream. */
    dispose(): void;
  };

/**
 * A `PrefsAdapter` for every domain over the HTTP contract (see the server's
 * `openapi.json`): documents with ETags, changes as merge patches with `If-Match` and
 * `Idempotency-Key`, actions, history, and `subscribe` on Server-Sent Events. Every
 * failure is an `AdapterError`: a problem document's `kind` wins, then the status; a
 * `Retry-After` travels as `retryAfter` (core's controller waits that long before a retry).
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  /** Names this instance to the server, so its own changes are not echoed to its subscribers. */
  const clientId = newIdempotencyKey();

  function headersFor(extra: Record<string, string>): Headers {
    const headers = new Headers(typeof options.headers === 'function' ? options.headers() : options.headers);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    return headers;
  }

  async function request(
    method: string,
    path: string,
    init: { signal: AbortSignal; body?: unknown; type?: string; meta?: ChangeMeta; keepalive?: boolean },
  ): Promise<unknown> {
    const extra: Record<string, string> = { Accept: `${mediaTypes.json}, ${mediaTypes.problem}` };
    if (init.body !== undefined) extra['Content-Type'] = init.type ?? mediaTypes.json;
    if (init.meta) {
      extra['If-Match'] = etagOf(init.meta.version);
      extra[headerNames.idempotencyKey] = init.meta.idempotencyKey;
      extra[headerNames.client] = clientId;
    }
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method,
        headers: headersFor(extra),
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
        credentials: options.credentials ?? 'same-origin',
        // Lets a save sent as the page hides finish after it is gone (bodies up to 64 KiB).
        keepalive: init.keepalive ?? false,
        cache: 'no-store',
      });
    } catch (error) {
      if (init.signal.aborted) throw error;
      throw new AdapterError('network', `The request to ${path} did not reach the service.`, { cause: error });
    }
    if (!response.ok) throw await errorOf(response, path);
    if (response.status === 204) return undefined;
    try {
      return await response.json();
    } catch (error) {
      if (init.signal.aborted) throw error;
      throw new AdapterError('invalid-response', `The answer to ${method} ${path} is not JSON.`, {
        path: [],
        cause: error,
      });
    }
  }

  const get = (path: string, options: ReadOptions) => request('GET', path, { signal: options?.signal });
  const patch = (domain: PrefsDomain, body: unknown, meta: ChangeMeta) =>
    request('PATCH', domainPaths[domain].document, {
      signal: meta.signal,
      body,
      type: mediaTypes.mergePatch,
      meta,
      keepalive: meta.keepalive,
    });

  const stream = new EventStream({
    url: base + actionPaths.events,
    clientId,
    fetch: doFetch,
    headers: () => headersFor({ Accept: mediaTypes.eventStream }),
    credentials: options.credentials ?? 'same-origin',
    reconnectDelay: options.reconnectDelay ?? 1000,
  });

  // The answers are checked by core's schemas in the widget's controller, like any adapter's.
  type Doc<D extends PrefsDomain> = Promise<DomainDocuments[D]>;
  return {
    getNotificationCatalog: (o) => get(domainPaths.notifications.catalog!, o) as never,
    getNotificationPreferences: (o) => get(domainPaths.notifications.document, o) as Doc<'notifications'>,
    updateNotificationPreferences: (body, meta) => patch('notifications', body, meta) as Doc<'notifications'>,
    getNotificationHistory: (o) => get(actionPaths.notificationHistory, o) as never,
    verifyNotificationChannel: async (channelId, o) => {
      await request('POST', actionPaths.verifyChannel(channelId), { signal: o?.signal });
    },
    getThemeCatalog: (o) => get(domainPaths.theme.catalog!, o) as never,
    getThemePreferences: (o) => get(domainPaths.theme.document, o) as Doc<'theme'>,
    updateThemePreferences: (body, meta) => patch('theme', body, meta) as Doc<'theme'>,
    getPrivacyCatalog: (o) => get(domainPaths.privacy.catalog!, o) as never,
    getPrivacyPreferences: (o) => get(domainPaths.privacy.document, o) as Doc<'privacy'>,
    updatePrivacyPreferences: (body, meta) => patch('privacy', body, meta) as Doc<'privacy'>,
    getPayments: (o) => get(domainPaths.payments.document, o) as Doc<'payments'>,
    updatePayments: (body, meta) => patch('payments', body, meta) as Doc<'payments'>,
    addPaymentMethod: (token, meta) =>
      request('POST', actionPaths.paymentMethods, { signal: meta.signal, body: token, meta }) as Doc<'payments'>,
    removePaymentMethod: (methodId, meta, options) => {
      const replaceWith = options?.replaceWith;
      const query = replaceWith === undefined ? '' : `?replaceWith=${encodeURIComponent(replaceWith)}`;
      return request('DELETE', actionPaths.paymentMethod(methodId) + query, {
        signal: meta.signal,
        meta,
      }) as Doc<'payments'>;
    },
    verifyPaymentMethod: (methodId, proof, meta) =>
      request('POST', actionPaths.verifyPaymentMethod(methodId), {
        signal: meta.signal,
        body: proof,
        meta,
      }) as Doc<'payments'>,
    subscribe: (domain, listener) => stream.add(domain, listener as (document: unknown) => void),
    dispose: () => stream.close(),
  };
}

/** The AdapterError an answer that is not 2xx stands for. */
async function errorOf(response: Response, path: string): Promise<AdapterError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
  } catch {
    // Not a problem document (a proxy's HTML page): the status alone says what happened.
  }
  const named = typeof body.kind === 'string' ? body.kind : undefined;
  const kind: AdapterErrorKind =
    named && (adapterErrorKinds as readonly string[]).includes(named)
      ? (named as AdapterErrorKind)
      : kindOfStatus(response.status);
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const fields = isStringRecord(body.fields) ? body.fields : undefined;
  const detail = typeof body.detail === 'string' ? body.detail : `${response.status} from ${path}`;
  return new AdapterError(kind, detail, {
    ...(retryAfter !== undefined && { retryAfter }),
    ...(fields && { fields }),
    ...(kind === 'validation' && { path: fields ? (Object.keys(fields)[0] ?? '').split('.').filter(Boolean) : [] }),
  });
}

/** Seconds from `Retry-After`: a number of seconds, or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function isStringRecord(value: unknown): value is Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = new Map(Object.entries(value));
  return [...record.values()].every((v) => typeof v === 'string');
}
