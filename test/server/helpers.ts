import { fileURLToPath } from 'node:url';
import { bankSeed } from '@prefcenter/adapter-local';
import { createApp, migrate, openDatabase, openPglite, SignedTokens, type Database } from '@prefcenter/server';
import type { ServerOptions } from '@prefcenter/server';

const cache = fileURLToPath(new URL('../../node_modules/.cache/prefcenter/', import.meta.url));

/** PGlite in memory from the migrated template, or the PostgreSQL server PREFS_PG_URL names. */
export async function testDatabase(): Promise<Database> {
  const url = process.env.PREFS_PG_URL;
  const db = url
    ? await openDatabase(url)
    : await openPglite(undefined, { file: `${cache}pglite-test-template.tar`, prepare: migrate });
  await migrate(db);
  return db;
}

export function testApp(db: Database, options: Partial<ServerOptions> = {}) {
  const tokens = new SignedTokens('a test secret of enough bytes');
  const server = createApp({ db, seed: bankSeed, tokens, rateLimit: { burst: 1000, perSecond: 1000 }, ...options });
  let n = 0;
  /** A new customer, with a helper to call the API as them. */
  const customer = () => {
    const id = `cus_test_${process.pid}_${Date.now()}_${n++}`;
    const { token, csrfToken } = tokens.issue(id);
    const call = (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
      server.app.request(`/v1${path}`, {
        method,
        body: init.body,
        headers: { Authorization: `Bearer ${token}`, ...init.headers },
      });
    return { id, token, csrfToken, call };
  };
  return { ...server, customer };
}

export const mergePatch = { 'Content-Type': 'application/merge-patch+json' };

export async function problemOf(response: Response) {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) throw new Error(`Not a problem document: ${type}`);
  return (await response.json()) as {
    type: string;
    status: number;
    kind: string;
    detail?: string;
    fields?: Record<string, string>;
  };
}
