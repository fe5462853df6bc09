import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database, Sql } from '@prefcenter/server';
import { mergePatch, problemOf, testApp, testDatabase } from './helpers.js';

/**
 * The database connection drops after `budget` more statements, as on a restart or a
 * failover, wherever the saves in flight are (mid-transaction included), until `down` is
 * cleared: every statement fails meanwhile.
 */
function droppable(db: Database) {
  const state = { down: false, budget: Infinity };
  const check = () => {
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

let db: Database;
before(async () => {
  db = await testDatabase();
});
after(() => db.close());

describe('reference server: the database drops and returns mid-run', () => {
  it('every save succeeds once or fails as unavailable with Retry-After, and a retry with its key applies it once', async () => {
    const { db: faulty, state } = droppable(db);
    const server = testApp(faulty);
    const customers = Array.from({ length: 12 }, () => server.customer());
    const start = await Promise.all(
      customers.map(
        async (c) => ((await (await c.call('GET', '/theme/preferences')).json()) as { version: number }).version,
      ),
    );
    const save = (index: number) =>
      customers[index]!.call('PATCH', '/theme/preferences', {
        body: '{"density":"compact"}',
        headers: { ...mergePatch, 'If-Match': `"${start[index]}"`, 'Idempotency-Key': `fault-${index}` },
      });
    // All saves are sent at once; the connection drops part way through them, then comes back.
    state.budget = 30;
    const first = await Promise.all(customers.map((_, i) => save(i)));
    state.down = false;
    state.budget = Infinity;
    const failed: number[] = [];
    for (const [index, response] of first.entries()) {
      if (response.status === 200) continue;
      assert.equal(response.status, 503);
      assert.ok(Number(response.headers.get('retry-after')) >= 1);
      assert.equal((await problemOf(response)).kind, 'unavailable');
      failed.push(index);
    }
    assert.ok(failed.length > 0, 'some saves met the dropped connection');
    assert.ok(failed.length < customers.length, 'some saves went through');
    // The widget retries what failed with the same key; a retry of one that had succeeded is a replay.
    for (const index of customers.keys()) {
      const retry = await save(index);
      assert.equal(retry.status, 200, `retry ${index}`);
      assert.equal(retry.headers.get('idempotent-replayed'), failed.includes(index) ? null : 'true');
    }
    for (const [index, c] of customers.entries()) {
      const theme = (await (await c.call('GET', '/theme/preferences')).json()) as { version: number; density: string };
      assert.equal(theme.version, start[index]! + 1, 'applied exactly once');
      assert.equal(theme.density, 'compact');
      const log = await db.query('SELECT 1 FROM change_log WHERE customer_id = $1', [c.id]);
      assert.equal(log.rows.length, 1);
    }
  });
});
