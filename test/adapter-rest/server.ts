import { createRestAdapter, type RestAdapter, type RestAdapterOptions } from '@prefcenter/adapter-rest';
import { executeServerCommand } from '@web/test-runner-commands';

/** A customer of the reference server that web-test-runner runs (scripts/lib/prefs-server-plugin.mjs). */
export interface ServerSession {
  baseUrl: string;
  engine: 'pglite' | 'postgres';
  customerId: string;
  token: string;
  csrfToken: string;
}

/** Signs a new customer in: every test has documents of its own. */
export function newCustomer(): Promise<ServerSession> {
  return executeServerCommand<ServerSession, undefined>('prefs-server');
}

/**
 * Waits for the server to listen: PGlite may take longer to start than one command may
 * wait (20 s). Call it from a `before` hook with a long timeout.
 */
export async function serverReady(): Promise<void> {
  for (let tries = 0; tries < 30; tries++) {
    if (await executeServerCommand<boolean, undefined>('prefs-server-ready')) return;
  }
  throw new Error('The reference server did not start.');
}

/**
 * For a block of tests on the reference server: waits for it before the first test, and
 * returns `open(session, options)`, an adapter signed in as that customer (and
 * reconnecting quickly), disposed of after each test.
 */
export function onReferenceServer() {
  const opened: RestAdapter[] = [];
  before(async function () {
    // A ceiling for the server's start on a busy machine (PGlite's first start makes its template).
    this.timeout(300_000);
    await serverReady();
  });
  afterEach(() => opened.splice(0).forEach((adapter) => adapter.dispose()));
  return (session: ServerSession, options: Partial<RestAdapterOptions> = {}): RestAdapter => {
    const adapter = createRestAdapter({
      baseUrl: session.baseUrl,
      headers: { Authorization: `Bearer ${session.token}` },
      reconnectDelay: 100,
      ...options,
    });
    opened.push(adapter);
    return adapter;
  };
}
