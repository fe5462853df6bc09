import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp, type ServerOptions } from './app.js';
import { openDatabase, openPglite } from './db.js';
import { migrate, migrationsDigest } from './migrate.js';

/** The template's name carries the migrations' digest: a new migration makes a new template. */
async function templateFile(folder: string): Promise<string> {
  return join(folder, `pglite-${await migrationsDigest()}.tar`);
}

export interface StartOptions extends Omit<ServerOptions, 'db'> {
  /** A PGlite data folder, a `postgres://` URL, or nothing for an in-memory PGlite. */
  database?: string;
  /** Where an in-memory PGlite keeps its migrated template (see `openPglite`); none by default. */
  pgliteTemplate?: string;
  port?: number;
  /** Loopback by default: exposing the server is a deliberate choice. */
  hostname?: string;
}

/** Opens the database, migrates it, and serves the app; `close()` stops both. */
export async function startServer(options: StartOptions) {
  const db =
    options.database || !options.pgliteTemplate
      ? await openDatabase(options.database)
      : await openPglite(undefined, { file: await templateFile(options.pgliteTemplate), prepare: migrate });
  await migrate(db);
  const { app, store, tokens } = createApp({ ...options, db });
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 0, hostname }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  const expiry = setInterval(() => void store.expireIdempotencyKeys().catch(() => {}), 3_600_000);
  expiry.unref();
  return {
    url: `http://${hostname}:${port}`,
    port,
    db,
    store,
    tokens,
    async close() {
      clearInterval(expiry);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Open event streams would hold the server open for good.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await db.close();
    },
  };
}
