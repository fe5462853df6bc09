import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { Database, Sql } from '@prefcenter/server';
import { mergePatch, problemOf, testApp, testDatabase } from './helpers.js';

/**
 * The database connection drops after `budget` more steps (a step is the start or the end
 * of a statement), as on a restart or a failover, wherever the save in flight is
 * (mid-transaction included), until `down` is cleared: every statement fails meanwhile.
 */
function droppable(db: Database) {
  const state = { down: false, budget: Infinity, steps: 0 };
  const check = () => {
    state.steps++;
    if (state.budget-- <= 0) state.down = true;
    if (state.down) throw new Error('Connection terminated unexpectedly');
  };
  const wrap = (sql: Sql): Sql => ({
    query: async (text, params) => {
      check();
      const result = await sql.query(text, params);
      check();
      return result as never;
    },
  });
  const faulty: Database = {
    ...db,
    engine: db.engine,
    query: (text, params) => wrap(db).query(text, params),
    transaction: (body) => db.transaction((tx) => body(wrap(tx))),
    exec: (script, tx) => db.exec(script, tx),
    close: () => db.close(),
  };
  return { db: faulty, state };
}

type Customer = ReturnType<ReturnType<typeof testApp>['customer']>;

/** What a customer's theme is, and how many changes the log holds for them. */
async function versionOf(c: Customer) {
  return ((await (await c.call('GET', '/theme/preferences')).json()) as { version: number }).version;
}

/** The same save each time for a customer: one If-Match, one Idempotency-Key. */
const saver = (customers: Customer[], start: number[], prefix: string) => (index: number) =>
  customers[index]!.call('PATCH', '/theme/preferences', {
    body: '{"density":"compact"}',
    headers: { ...mergePatch, 'If-Match': `"${start[index]}"`, 'Idempotency-Key': `${prefix}-${index}` },
  });

/** Every failed save says `unavailable` with Retry-After; returns the indexes that failed. */
async function unavailableOnes(responses: Response[]) {
  const failed: number[] = [];
  for (const [index, response] of responses.entries()) {
    if (response.status === 200) continue;
    assert.equal(response.status, 503, `save ${index}`);
    assert.ok(Number(response.headers.get('retry-after')) >= 1);
    assert.equal((await problemOf(response)).kind, 'unavailable');
    failed.push(index);
  }
  return failed;
}

/** Retries every save with its key (a replay where it had gone through) and checks each applied once. */
async function retriedOnce(
  db: Database,
  customers: Customer[],
  start: number[],
  save: (index: number) => ReturnType<Customer['call']>,
  failed: number[],
) {
  for (const index of customers.keys()) {
    const retry = await save(index);
    assert.equal(retry.status, 200, `retry ${index}`);
    assert.equal(retry.headers.get('idempotent-replayed'), failed.includes(index) ? null : 'true', `replay ${index}`);
  }
  for (const [index, c] of customers.entries()) {
    const theme = (await (await c.call('GET', '/theme/preferences')).json()) as { version: number; density: string };
    assert.equal(theme.version, start[index]! + 1, 'applied exactly once');
    assert.equal(theme.density, 'compact');
    const log = await db.query('SELECT 1 FROM change_log WHERE customer_id = $1', [c.id]);
    assert.equal(log.rows.length, 1, 'one change in the log');
  }
}

let db: Database;
before(async () => {
  db = await testDatabase();
});
after(() => db.close());

describe('reference server: the database drops and returns mid-run', () => {
  it('every save succeeds once or fails as unavailable with Retry-After, and a retry with its key applies it once', async () => {
    const { db: faulty, state } = droppable(db);
    const server = testApp(faulty);
    // How many steps one save takes, measured on a customer of its own, so that the drop can
    // be placed in the middle of a save whatever the engine (the pool runs saves side by side
    // on PostgreSQL, so where a drop lands among concurrent saves is up to the scheduler).
    const probe = server.customer();
    const probeStart = [await versionOf(probe)];
    const before = state.steps;
    assert.equal((await saver([probe], probeStart, 'probe')(0)).status, 200);
    const stepsPerSave = state.steps - before;
    assert.ok(stepsPerSave >= 4, 'a save is more than one statement');

    // The drop at every step of a save in turn, each on a customer of its own: before its
    // first statement, between any two, and after its last one ran but before the answer
    // came back. Each fails as unavailable, none leaves a trace, and its retry applies once.
    const customers = Array.from({ length: stepsPerSave }, () => server.customer());
    const start = await Promise.all(customers.map(versionOf));
    const save = saver(customers, start, 'fault');
    const first: Response[] = [];
    for (const index of customers.keys()) {
      state.budget = index;
      first.push(await save(index));
      state.down = false;
      state.budget = Infinity;
    }
    const failed = await unavailableOnes(first);
    assert.deepEqual(failed, [...customers.keys()], 'a drop at any step fails the save');
    await retriedOnce(db, customers, start, save, failed);
    // And a save that went through before the drop is replayed, not applied again.
    const replay = await saver([probe], probeStart, 'probe')(0);
    assert.equal(replay.status, 200);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  });
});

describe(
  'reference server on PostgreSQL: the server terminates its connections',
  { skip: !process.env.PREFS_PG_URL && 'needs PREFS_PG_URL (PostgreSQL only)' },
  () => {
    it('a save whose connection pg_terminate_backend ends mid-transaction fails as unavailable, and its retry applies once', async () => {
      // A real drop: an administrator's connection ends the backend of a save's transaction
      // in the middle of it (held there until the cut is made).
      const admin = new pg.Client({ connectionString: process.env.PREFS_PG_URL });
      await admin.connect();
      try {
        let cutDuringSave: Promise<void> | undefined;
        let cutAt = -1;
        const cutting: Database = {
          ...db,
          transaction: (body) =>
            db.transaction((tx) =>
              body({
                query: async (text, params) => {
                  if (cutAt === 0 && !cutDuringSave) {
                    // The server ends this transaction's own backend (only it: other test files
                    // and a developer's sessions share the database), and waits until it is gone.
                    const own = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
                    cutDuringSave = admin
                      .query('SELECT pg_terminate_backend($1, 5000)', [own.rows[0]!.pid])
                      .then(() => undefined);
                    await cutDuringSave;
                  }
                  if (cutAt > 0) cutAt--;
                  return tx.query(text, params) as never;
                },
              }),
            ),
        };
        const server = testApp(cutting);
        const customers = Array.from({ length: 6 }, () => server.customer());
        const start = await Promise.all(customers.map(versionOf));
        const save = saver(customers, start, 'terminate');
        const first: Response[] = [];
        for (const index of customers.keys()) {
          // The cut lands on the second statement of the third save's transaction.
          if (index === 2) cutAt = 1;
          first.push(await save(index));
        }
        assert.ok(cutDuringSave, 'the cut was made');
        const failed = await unavailableOnes(first);
        assert.ok(failed.includes(2), 'the save whose connection was cut failed as unavailable');
        assert.ok(!failed.includes(0) && !failed.includes(1), 'the saves before the cut went through');
        // A save after the cut may still be handed a connection whose end the pool has not yet
        // heard of; it fails as unavailable too (checked above), and its retry goes through.
        await retriedOnce(db, customers, start, save, failed);
      } finally {
        await admin.end();
      }
    });
  },
);
