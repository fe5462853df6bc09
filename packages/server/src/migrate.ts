import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './db.js';

const folder = fileURLToPath(new URL('../migrations/', import.meta.url));

/** Any number, the same in every copy of the server: only one of them migrates at a time. */
const lockId = 7_413_905;

/**
 * The project's own migration step: every `migrations/NNN_name.sql` not yet recorded in
 * `schema_migrations` runs once, in name order, each in its own transaction with its
 * record, under an advisory lock so that servers starting together do not race.
 * Returns the names it applied.
 */
async function migrationFiles(): Promise<string[]> {
  return (await readdir(folder)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
}

/** A digest of every migration, names and contents. */
export async function migrationsDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of await migrationFiles()) hash.update(name).update(await readFile(folder + name));
  return hash.digest('hex').slice(0, 16);
}

export async function migrate(db: Database): Promise<string[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const files = await migrationFiles();
  const applied: string[] = [];
  for (const name of files) {
    const script = await readFile(folder + name, 'utf8');
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [lockId]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (done.rows.length) return false;
      await db.exec(script, tx);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (ran) applied.push(name);
  }
  return applied;
}
