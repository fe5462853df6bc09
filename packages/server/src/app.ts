import { createHash, randomUUID } from 'node:crypto';
import {
  AdapterError,
  paymentTokenSchema,
  parseInput,
  removalOptionsSchema,
  verificationProofSchema,
  type DomainDocuments,
  type PrefsDomain,
} from '@prefcenter/core';
import { addMethod, methodFromToken, removeMethod, verifyMethod } from '@prefcenter/adapter-local/backend-rules';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { setCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import {
  actionPaths,
  domainPaths,
  etagOf,
  headerNames,
  mediaTypes,
  versionOfEtag,
} from '@prefcenter/adapter-rest/http-contract';
import { csrfCookie, sessionCookie, SignedTokens, type Authenticate, type Session } from './auth.js';
import type { Database } from './db.js';
import {
  domains,
  patchedDocument,
  refuseUnknownFields,
  type Catalogs,
  type Operation,
  type ServerSeed,
} from './domains.js';
import { ChangeBus } from './events.js';
import { asAdapterError, httpError, problem, statusOf } from './problems.js';
import { RateLimiter, type RateLimit } from './rate-limit.js';
import { Store, type Actor, type ChangeEvent } from './store.js';

export interface ServerOptions {
  db: Database;
  seed: ServerSeed;
  /** Names the customer of each request. Default: `tokens.authenticate` (signed bearer token or cookie). */
  authenticate?: Authenticate;
  /** Signs the example sessions and their CSRF tokens; default: a random secret per process. */
  tokens?: SignedTokens;
  /** Origins allowed to call from a browser (CORS, with credentials); none by default. */
  origins?: readonly string[];
  /** Largest request body in bytes; default 64 KiB. */
  bodyLimit?: number;
  /** Per customer; default 30 at once, 10 a second. */
  rateLimit?: RateLimit;
  /**
   * Serves `POST /v1/dev/sessions`, which makes a new customer and signs them in, and
   * `POST /v1/dev/rate-limit` (`{ "spent": true | false }`), which holds the signed-in
   * customer's request budget spent until they say otherwise: demos and tests only.
   */
  devSessions?: boolean;
  /** Seconds between keep-alive comments on an event stream. */
  heartbeatSeconds?: number;
  now?: () => Date;
}

type Env = { Variables: { session: Session } };

/** The reference server as a Hono app: mount it, or serve it with `serve()` in `server.ts`. */
export function createApp(options: ServerOptions) {
  const tokens = options.tokens ?? new SignedTokens();
  const authenticate = options.authenticate ?? tokens.authenticate;
  const store = new Store(options.db, options.seed, options.now);
  const bus = new ChangeBus();
  const limiter = new RateLimiter(options.rateLimit ?? { burst: 30, perSecond: 10 });
  const heartbeat = (options.heartbeatSeconds ?? 15) * 1000;
  const app = new Hono<Env>();
  const now = () => options.now?.() ?? new Date();

  const notSignedIn = () => problem(new AdapterError('unauthorized', 'Sign in to see and change your settings.'));
  const csrfRefused = () =>
    problem(
      new AdapterError('unauthorized', `A change made with a session cookie needs its ${headerNames.csrf} header.`),
      403,
    );

  app.onError((error) => problem(asAdapterError(error), statusOf(error)));
  app.notFound((c) => problem(new AdapterError('not-found', `There is nothing at ${c.req.method} ${c.req.path}.`)));

  if (options.origins?.length) {
    app.use(
      '/v1/*',
      cors({
        origin: [...options.origins],
        credentials: true,
        allowMethods: ['GET', 'PATCH', 'POST', 'DELETE'],
        allowHeaders: ['Content-Type', 'Authorization', 'If-Match', 'Last-Event-ID', ...Object.values(headerNames)],
        exposeHeaders: ['ETag', 'Retry-After', 'Location'],
        maxAge: 600,
      }),
    );
  }

  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: options.bodyLimit ?? 64 * 1024,
      onError: () =>
        problem(new AdapterError('validation', 'The request body is too large.', { path: [], fields: {} }), 413),
    }),
  );

  app.get('/v1/health', async (c) => {
    await options.db.query('SELECT 1');
    return c.json({ ok: true, engine: options.db.engine });
  });

  if (options.devSessions) {
    app.post('/v1/dev/sessions', (c) => {
      const customerId = `cus_${randomUUID()}`;
      const { token, csrfToken } = tokens.issue(customerId);
      const secure = new URL(c.req.url).protocol === 'https:';
      setCookie(c, sessionCookie, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure });
      setCookie(c, csrfCookie, csrfToken, { sameSite: 'Lax', path: '/', secure });
      return c.json({ customerId, token, csrfToken }, 201);
    });
    // Before the budget's own hook, so the call that ends a hold is never refused by it.
    app.post('/v1/dev/rate-limit', async (c) => {
      const session = await authenticate(c);
      if (!session) return notSignedIn();
      // As every other change: a session cookie alone does not make it (another page of the site could).
      if (!tokens.checkCsrf(c, session)) return csrfRefused();
      const body: unknown = await c.req.json().catch(() => undefined);
      const spent = (body as { spent?: unknown } | undefined)?.spent;
      if (typeof spent !== 'boolean') {
        return problem(
          new AdapterError('validation', 'Say `{ "spent": true }` or `{ "spent": false }`.', {
            path: ['spent'],
            fields: { spent: 'true or false' },
          }),
        );
      }
      limiter.hold(session.customerId, spent);
      return c.body(null, 204);
    });
  }

  // Every other route names its customer through the hook, within that customer's budget.
  app.use('/v1/*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const session = await authenticate(c);
    if (!session) return notSignedIn();
    if (!['GET', 'HEAD'].includes(c.req.method) && !tokens.checkCsrf(c, session)) return csrfRefused();
    const wait = limiter.take(session.customerId);
    if (wait) {
      return problem(new AdapterError('rate-limited', 'Too many requests; try again shortly.', { retryAfter: wait }));
    }
    c.set('session', session);
    await next();
  });

  const actor = (c: Context<Env>): Actor => {
    const { customerId } = c.get('session');
    let address: string | undefined;
    try {
      address = getConnInfo(c).remote.address;
    } catch {
      // Not served by @hono/node-server (a test calling app.request()): no address to record.
    }
    const clientId = c.req.header(headerNames.client)?.slice(0, 100);
    return { customerId, actor: `customer:${customerId}`, source: 'web', address, clientId };
  };

  /** The version a change was made on, from `If-Match` (428 without one: a blind write could undo someone's change). */
  const expectedVersion = (c: Context<Env>): number => {
    const header = c.req.header('if-match');
    if (header === undefined) {
      throw httpError(428, 'validation', 'A change needs If-Match with the ETag of the document it was made on.', {
        path: [],
        fields: { 'If-Match': 'is required' },
      });
    }
    const version = versionOfEtag(header);
    if (version === undefined) {
      throw new AdapterError('validation', 'If-Match must be an ETag this server issued, e.g. "3".', {
        path: [],
        fields: { 'If-Match': 'is not an ETag of this document' },
      });
    }
    return version;
  };

  /** The JSON body of a change, of the content type the route takes. */
  const readBody = async (c: Context<Env>, type: string): Promise<{ text: string; value: unknown }> => {
    const sent = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (sent !== type) {
      throw httpError(415, 'validation', `Send this change as ${type}${sent ? `, not ${sent}` : ''}.`, {
        path: [],
        fields: { 'Content-Type': `must be ${type}` },
      });
    }
    const text = await c.req.text();
    try {
      return { text, value: JSON.parse(text) };
    } catch {
      throw httpError(400, 'validation', 'The request body is not valid JSON.', { path: [], fields: {} });
    }
  };

  const idempotency = (c: Context<Env>, text: string) => {
    const key = c.req.header(headerNames.idempotencyKey);
    if (key === undefined) return undefined;
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new AdapterError('validation', 'Idempotency-Key must be 1 to 255 visible ASCII characters.', {
        path: [],
        fields: { 'Idempotency-Key': 'is malformed' },
      });
    }
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${text}`).digest('base64url');
    return { key, requestHash };
  };

  const answerDocument = (c: Context<Env>, document: { version: number }, status: 200 | 201 = 200) => {
    c.header('ETag', etagOf(document.version));
    c.header('Cache-Control', 'no-store');
    return c.json(document, status);
  };

  const change = async <D extends PrefsDomain>(
    c: Context<Env>,
    domain: D,
    operation: Operation,
    body: { text: string; value: unknown },
    apply: (current: DomainDocuments[D], catalogs: Catalogs) => unknown,
  ) => {
    const version = expectedVersion(c);
    const result = await store.change(actor(c), {
      domain,
      expectedVersion: version,
      operation,
      apply,
      input: body.value,
      idempotency: idempotency(c, body.text),
    });
    if (result.event) bus.publish(result.event);
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return answerDocument(c, result.document);
  };

  for (const domain of domains) {
    const paths = domainPaths[domain];
    if (paths.catalog) {
      const catalogDomain = domain as keyof Catalogs;
      app.get(`/v1${paths.catalog}`, async (c) => {
        const catalogs = await store.catalogs(c.get('session').customerId);
        c.header('Cache-Control', 'private, no-cache');
        return c.json(catalogs[catalogDomain]);
      });
    }
    app.get(`/v1${paths.document}`, async (c) =>
      answerDocument(c, await store.read(c.get('session').customerId, domain)),
    );
    app.patch(`/v1${paths.document}`, async (c) => {
      const body = await readBody(c, mediaTypes.mergePatch);
      return change(c, domain, 'patch', body, (current) => patchedDocument(domain, current, body.value));
    });
  }

  app.get(`/v1${actionPaths.notificationHistory}`, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await store.history(c.get('session').customerId));
  });

  app.post('/v1/notifications/channels/:channelId/verify', async (c) => {
    await store.verifyChannel(c.get('session').customerId, c.req.param('channelId'));
    return c.body(null, 204);
  });

  app.post(`/v1${actionPaths.paymentMethods}`, async (c) => {
    const body = await readBody(c, mediaTypes.json);
    // As for a document: a field the token schema does not know is refused, not dropped.
    refuseUnknownFields(body.value, parseInput(paymentTokenSchema, body.value, 'payment token'), 'payment token');
    return change(c, 'payments', 'addPaymentMethod', body, (current) =>
      addMethod(current, methodFromToken(body.value, current, now()), now()),
    );
  });

  // The removal and verification rules are adapter-local's own functions, so the two backends cannot drift.
  app.delete('/v1/payments/methods/:methodId', async (c) => {
    const methodId = c.req.param('methodId');
    const named = c.req.queries('replaceWith') ?? [];
    if (named.length > 1) {
      throw new AdapterError('validation', 'Name one method in replaceWith.', {
        path: ['replaceWith'],
        fields: { replaceWith: 'is given more than once' },
      });
    }
    const { replaceWith } = parseInput(
      removalOptionsSchema,
      named.length ? { replaceWith: named[0] } : {},
      'removal options',
    );
    const value = { methodId, ...(replaceWith !== undefined && { replaceWith }) };
    // The query is part of the change: the same Idempotency-Key with another replacement is refused.
    return change(c, 'payments', 'removePaymentMethod', { text: JSON.stringify(value), value }, (current) =>
      removeMethod(current, methodId, replaceWith, now()),
    );
  });

  app.post('/v1/payments/methods/:methodId/verify', async (c) => {
    const methodId = c.req.param('methodId');
    const body = await readBody(c, mediaTypes.json);
    refuseUnknownFields(
      body.value,
      parseInput(verificationProofSchema, body.value, 'verification proof'),
      'verification proof',
    );
    return change(c, 'payments', 'verifyPaymentMethod', body, (current) =>
      verifyMethod(current, methodId, body.value, now()),
    );
  });

  // Changes to this customer's documents as Server-Sent Events: the event id is the change
  // log's, so a stream that reconnects with Last-Event-ID misses nothing and repeats nothing.
  app.get(`/v1${actionPaths.events}`, async (c) => {
    const { customerId } = c.get('session');
    const skipClient = c.req.query('client') ?? null;
    const resumeFrom = c.req.header('last-event-id') ?? c.req.query('lastEventId');
    const newest = await store.lastEventId(customerId);
    // An id past the newest is from a log started afresh under an open tab (or forged): kept,
    // it would hold back every change until the log caught up with it, so the stream
    // replays from the start, which `changesSince` brings to the newest document of each
    // domain. A header that is no id at all starts from the newest, as a first connection.
    let last = !isEventId(resumeFrom) ? newest : BigInt(resumeFrom) <= BigInt(newest) ? resumeFrom : '0';
    // streamSSE sets Cache-Control: no-cache itself; a customer's changes may not be stored at all.
    c.header('X-Accel-Buffering', 'no');
    const response = streamSSE(c, async (stream) => {
      const queue: ChangeEvent[] = [];
      let wake: (() => void) | undefined;
      let closed = false;
      const off = bus.listen(customerId, (event) => {
        queue.push(event);
        wake?.();
      });
      stream.onAbort(() => {
        closed = true;
        wake?.();
      });
      try {
        await stream.writeSSE({ event: 'ready', data: '{}', retry: 1000 });
        // Listening first, then reading the log, so no change falls between the two.
        queue.unshift(...(await store.changesSince(customerId, last)));
        while (!closed) {
          for (let event = queue.shift(); event; event = queue.shift()) {
            if (BigInt(event.id) <= BigInt(last)) continue;
            last = event.id;
            if (skipClient !== null && event.clientId === skipClient) continue;
            await stream.writeSSE({
              id: event.id,
              event: 'change',
              data: JSON.stringify({ domain: event.domain, document: event.document }),
            });
          }
          const idle = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(true), heartbeat);
            wake = () => {
              clearTimeout(timer);
              resolve(false);
            };
          });
          wake = undefined;
          if (idle && !closed) await stream.write(': keep-alive\n\n');
        }
      } finally {
        off();
      }
    });
    response.headers.set('Cache-Control', 'no-store');
    return response;
  });

  return { app, store, tokens, bus };
}

/** The largest id the change log's `bigint` sequence can give. */
const largestEventId = 2n ** 63n - 1n;

/**
 * Whether a client's Last-Event-ID can be an id of the change log: digits only, within
 * `bigint`. Anything else (a forged or corrupted header) resumes from the newest change
 * rather than failing the query.
 */
function isEventId(value: string | undefined): value is string {
  return value !== undefined && /^\d{1,19}$/.test(value) && BigInt(value) <= largestEventId;
}
