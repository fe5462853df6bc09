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
