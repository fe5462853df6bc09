import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import pg from 'pg';

/**
 * The one SQL interface the server speaks, with two engines behind it: PGlite (PostgreSQL
 * compiled to WebAssembly, in-process, nothing to install) by default, and a PostgreSQL
 * server through `pg` by connection string. The SQL and the migrations are the same for
 * both; only this file knows which one runs.
 */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number }>;
}

export interface Database extends Sql {
  /** Runs `body` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(body: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (a migration). */
  exec(script: string, tx?: Sql): Promise<void>;
  close(): Promise<void>;
  readonly engine: 'pglite' | 'postgres';
}

/** `postgres://…` opens a pool on a server; anything else (a folder, or nothing: in memory) opens PGlite. */
export async function openDatabase(location?: string): Promise<Database> {
  if (location && /^postgres(?:ql)?:\/\//.test(location)) return openPostgres(location);
  return openPglite(location);
}

/**
 * A fresh in-memory database starts from `template` when that file exists: PGlite's own
 * dump of a database already made and migrated, because making one (its initdb) takes
 * PGlite seconds of CPU, a minute and more on a busy machine. Without the file, the
 * database is made, `prepare`d (migrated) and dumped there for the next start.
 */
export interface PgliteTemplate {
  file: string;
  prepare: (db: Database) => Promise<unknown>;
}

export async function openPglite(dataDir?: string, template?: PgliteTemplate): Promise<Database> {
  if (!dataDir && template && existsSync(template.file)) {
    const loadDataDir = new Blob([await readFile(template.file)]);
    return wrapPglite(await PGlite.create({ loadDataDir }));
  }
  const db = wrapPglite(await PGlite.create(dataDir ? { dataDir } : {}));
  if (!dataDir && template) {
    await template.prepare(db);
    const dump = await db.pglite.dumpDataDir('none');
    await mkdir(dirname(template.file), { recursive: true });
    const partial = `${template.file}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, template.file);
  }
  return db;
}

function wrapPglite(db: PGlite): Database & { pglite: PGlite } {
  const wrap = (runner: Pick<PGlite, 'query'>): Sql => ({
    async query<T>(text: string, params?: unknown[]) {
      const result = await runner.query<T>(text, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  });
  return {
    engine: 'pglite',
    pglite: db,
    ...wrap(db),
    transaction: (body) => db.transaction((tx) => body(wrap(tx))),
    async exec(script, tx) {
      if (tx) {
        // PGlite's transaction object runs one statement per call; a script goes through exec.
        for (const statement of splitStatements(script)) await tx.query(statement);
      } else await db.exec(script);
    },
    close: () => db.close(),
  };
}

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // A connection the server drops (a restart, a failover) must not crash the process:
  // the request that used it fails as `unavailable` and the pool opens a new one.
  pool.on('error', (error) => console.error('[prefcenter-server] idle database connection lost:', error.message));
  const wrap = (runner: pg.Pool | pg.PoolClient): Sql => ({
    async query<T>(text: string, params?: unknown[]) {
      const result = await runner.query(text, params);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
  });
  await pool.query('SELECT 1');
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction(body) {
      const client = await pool.connect();
      let broken = false;
      // The pool listens for errors only on idle connections: one the server ends while a
      // transaction holds it between statements would otherwise crash the process. The
      // next statement fails instead, and the connection is not given back to the pool.
      const lost = () => (broken = true);
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await body(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.off('error', lost);
        client.release(broken);
      }
    },
    async exec(script, tx) {
      await (tx ?? wrap(pool)).query(script);
    },
    close: () => pool.end(),
  };
}

/** Splits a migration at the semicolons that end statements (outside quotes and `$$` bodies). */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let dollar = false;
  let quote = false;
  for (let i = 0; i < script.length; i++) {
    const char = script[i]!;
    if (!quote && script.startsWith('$$', i)) {
      dollar = !dollar;
      current += '$$';
      i++;
      continue;
    }
    if (!dollar && char === "'") quote = !quote;
    if (!dollar && !quote && char === '-' && script[i + 1] === '-') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
      current += '\n';
      continue;
    }
    if (!dollar && !quote && char === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
