export { createApp, type ServerOptions } from './app.js';
export { startServer, type StartOptions } from './server.js';
export { openDatabase, openPglite, openPostgres, type Database, type Sql } from './db.js';
export { migrate } from './migrate.js';
export { SignedTokens, type Authenticate, type Session } from './auth.js';
export type { ServerSeed, Catalogs } from './domains.js';
export { Store } from './store.js';
