#!/usr/bin/env node
/**
 * `prefcenter-server [--port 8787] [--database DIR|postgres://…] [--origin URL]… [--dev]`
 *
 * Serves the reference server with the demo bank's catalogs and starting documents.
 * Without --database it keeps everything in an in-memory PGlite; `PREFS_PG_URL` (or
 * `DATABASE_URL`) names a PostgreSQL server instead. `PREFS_SECRET` signs sessions.
 * It prints one JSON line, `{"url": …}`, once it listens.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bankSeed } from '@prefcenter/adapter-local';
import { SignedTokens } from './auth.js';
import { startServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    database: { type: 'string' },
    origin: { type: 'string', multiple: true, default: [] },
    dev: { type: 'boolean', default: false },
    'rate-burst': { type: 'string' },
    'rate-per-second': { type: 'string' },
  },
});

const secret = process.env.PREFS_SECRET;
const server = await startServer({
  seed: bankSeed,
  port: Number(values.port),
  hostname: values.host,
  database: values.database ?? process.env.PREFS_PG_URL ?? process.env.DATABASE_URL,
  pgliteTemplate: fileURLToPath(new URL('../../../node_modules/.cache/prefcenter/', import.meta.url)),
  origins: values.origin,
  devSessions: values.dev,
  ...(secret && { tokens: new SignedTokens(secret) }),
  ...(values['rate-burst'] && {
    rateLimit: {
      burst: Number(values['rate-burst']),
      perSecond: Number(values['rate-per-second'] ?? values['rate-burst']),
    },
  }),
});
process.stdout.write(`${JSON.stringify({ url: server.url, engine: server.db.engine })}\n`);

const stop = () => void server.close().finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
