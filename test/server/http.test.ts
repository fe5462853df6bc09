import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Payments } from '@prefcenter/core';
import type { Database } from '@prefcenter/server';
import { mergePatch, problemOf, testApp, testDatabase } from './helpers.js';

let db: Database;
let server: ReturnType<typeof testApp>;
before(async () => {
  db = await testDatabase();
  server = testApp(db);
});
after(() => db.close());

const themeOf = async (call: ReturnType<typeof server.customer>['call']) =>
  (await (await call('GET', '/theme/preferences')).json()) as { version: number; scheme: string };

describe('reference server: documents over HTTP', () => {
  it('serves a document with its version as ETag, and a change with If-Match answers the whole document', async () => {
    const { call } = server.customer();
    const first = await call('GET', '/theme/preferences');
    assert.equal(first.status, 200);
    const theme = (await first.json()) as { version: number; scheme: string; density: string };
    assert.equal(first.headers.get('etag'), `"${theme.version}"`);
    const saved = await call('PATCH', '/theme/preferences', {
      body: JSON.stringify({ scheme: 'dark' }),
      headers: { ...mergePatch, 'If-Match': `"${theme.version}"` },
    });
    assert.equal(saved.status, 200);
    const document = (await saved.json()) as typeof theme;
    assert.deepEqual(
      { ...document, updatedAt: undefined },
      { ...theme, scheme: 'dark', version: theme.version + 1, updatedAt: undefined },
    );
    assert.equal(saved.headers.get('etag'), `"${theme.version + 1}"`);
  });

  it('refuses a stale If-Match with 412 and a missing one with 428, changing nothing', async () => {
    const { call } = server.customer();
    const theme = await themeOf(call);
    const body = JSON.stringify({ scheme: 'dark' });
    const missing = await call('PATCH', '/theme/preferences', { body, headers: mergePatch });
    assert.equal(missing.status, 428);
    assert.equal((await problemOf(missing)).kind, 'validation');
    const stale = await call('PATCH', '/theme/preferences', {
      body,
      headers: { ...mergePatch, 'If-Match': `"${theme.version + 5}"` },
    });
    assert.equal(stale.status, 412);
    assert.equal((await problemOf(stale)).kind, 'conflict');
    assert.deepEqual(await themeOf(call), theme);
  });

  it('replays the first answer for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const { call } = server.customer();
    const theme = await themeOf(call);
    const headers = { ...mergePatch, 'If-Match': `"${theme.version}"`, 'Idempotency-Key': 'key-1' };
    const first = await call('PATCH', '/theme/preferences', { body: '{"scheme":"dark"}', headers });
    const again = await call('PATCH', '/theme/preferences', { body: '{"scheme":"dark"}', headers });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), await first.json());
    const other = await call('PATCH', '/theme/preferences', { body: '{"scheme":"light"}', headers });
    assert.equal(other.status, 422);
    assert.ok((await problemOf(other)).fields?.['Idempotency-Key']);
    assert.equal((await themeOf(call)).version, theme.version + 1);
  });
});

describe('reference server: bad input gets a problem document and changes nothing', () => {
  const cases: [string, { body: string; headers: Record<string, string> }, number, string?][] = [
    ['malformed JSON', { body: '{"scheme":', headers: mergePatch }, 400],
    [
      'a wrong content type',
      { body: '{"scheme":"dark"}', headers: { 'Content-Type': 'text/plain' } },
      415,
      'Content-Type',
    ],
    [
      'plain JSON for a merge patch',
      { body: '{"scheme":"dark"}', headers: { 'Content-Type': 'application/json' } },
      415,
    ],
    [
      'an oversized body',
      { body: JSON.stringify({ scheme: 'dark', pad: 'x'.repeat(70_000) }), headers: mergePatch },
      413,
    ],
    ['an unknown field', { body: '{"scheme":"dark","colour":"red"}', headers: mergePatch }, 422, 'colour'],
    [
      'an unknown nested field',
      {
        body: '{"quietHours":{"enabled":true,"start":"22:00","end":"07:00","timeZone":"UTC","allowCritical":true,"x":1}}',
        headers: mergePatch,
      },
      422,
    ],
    ['a value of the wrong type', { body: '{"scheme":"purple"}', headers: mergePatch }, 422, 'scheme'],
    ['a patch that is not an object', { body: '[1,2]', headers: mergePatch }, 422],
    [
      'a malformed If-Match',
      { body: '{"scheme":"dark"}', headers: { ...mergePatch, 'If-Match': 'soon' } },
      422,
      'If-Match',
    ],
  ];
  for (const [what, init, status, field] of cases) {
    it(what, async () => {
      const { call } = server.customer();
      const path = what.includes('nested') ? '/notifications/preferences' : '/theme/preferences';
      const before = await (await call('GET', path)).json();
      const version = (before as { version: number }).version;
      const response = await call('PATCH', path, {
        body: init.body,
        headers: { 'If-Match': `"${version}"`, ...init.headers },
      });
      assert.equal(response.status, status);
      const problem = await problemOf(response);
      assert.equal(problem.status, status);
      assert.equal(problem.kind, 'validation');
      assert.equal(problem.type, 'https://prefcenter.dev/problems/validation');
      if (field) assert.ok(problem.fields?.[field], `names ${field}: ${JSON.stringify(problem.fields)}`);
      assert.deepEqual(await (await call('GET', path)).json(), before);
    });
  }

  for (const [what, body, type, status] of [
    ['an action in a wrong content type', '{"token":"tok_visa_1881"}', 'text/plain', 415],
    ['an action as a merge patch', '{"token":"tok_visa_1881"}', 'application/merge-patch+json', 415],
    ['an action with malformed JSON', '{"token":', 'application/json', 400],
    ['an action with a card number for a token', '{"token":"4242 4242 4242 4242"}', 'application/json', 422],
    ['an action with an unknown field', '{"token":"tok_visa_1881","colour":"red"}', 'application/json', 422],
  ] as const) {
    it(what, async () => {
      const { call } = server.customer();
      const before = (await (await call('GET', '/payments')).json()) as { version: number };
      const response = await call('POST', '/payments/methods', {
        body,
        headers: { 'Content-Type': type, 'If-Match': `"${before.version}"` },
      });
      assert.equal(response.status, status);
      const problem = await problemOf(response);
      assert.equal(problem.status, status);
      assert.equal(problem.kind, 'validation');
      assert.deepEqual(await (await call('GET', '/payments')).json(), before);
    });
  }

  it('a route that does not exist is a not-found problem', async () => {
    const { call } = server.customer();
    const response = await call('GET', '/customers/cus_other/theme');
    assert.equal(response.status, 404);
    assert.equal((await problemOf(response)).kind, 'not-found');
  });
});

describe('reference server: customers are kept apart', () => {
  it('a forged or foreign token names no customer (401), and nothing changes', async () => {
    const victim = server.customer();
    const before = await themeOf(victim.call);
    const [, id] = victim.token.split('.');
    const forged = `v1.${id}.${'A'.repeat(43)}`;
    const response = await server.app.request('/v1/theme/preferences', {
      method: 'PATCH',
      body: '{"scheme":"dark"}',
      headers: { ...mergePatch, 'If-Match': `"${before.version}"`, Authorization: `Bearer ${forged}` },
    });
    assert.equal(response.status, 401);
    assert.equal((await problemOf(response)).kind, 'unauthorized');
    assert.deepEqual(await themeOf(victim.call), before);
  });

  it("one customer can neither see nor remove another's payment method, nor see their history", async () => {
    const alice = server.customer();
    const mallory = server.customer();
    const payments = (await (await alice.call('GET', '/payments')).json()) as Payments;
    // One that nothing charges and no default names, so Mallory may remove hers.
    const defaults = [payments.defaultMethodId, payments.defaultRecurringMethodId, payments.defaultOneOffMethodId];
    const target = payments.methods.find((m) => !m.usedBy.length && !defaults.includes(m.id))!.id;
    // Mallory has the same seeded ids: removing "hers" must not touch Alice's.
    const theirs = (await (await mallory.call('GET', '/payments')).json()) as { version: number };
    const removed = await mallory.call('DELETE', `/payments/methods/${target}`, {
      headers: { 'If-Match': `"${theirs.version}"` },
    });
    assert.equal(removed.status, 200);
    const again = await mallory.call('DELETE', `/payments/methods/${target}`, {
      headers: { 'If-Match': `"${theirs.version + 1}"` },
    });
    assert.equal(again.status, 404);
    assert.equal((await problemOf(again)).kind, 'not-found');
    assert.deepEqual(await (await alice.call('GET', '/payments')).json(), payments);
    const before = await (await alice.call('GET', '/notifications/preferences')).json();
    await mallory.call('POST', '/notifications/channels/sms/verify');
    const catalog = (await (await alice.call('GET', '/notifications/catalog')).json()) as {
      channels: { id: string; ready: boolean }[];
    };
    assert.equal(catalog.channels.find((c) => c.id === 'sms')?.ready, false);
    assert.deepEqual(await (await alice.call('GET', '/notifications/history')).json(), []);
    assert.deepEqual(await (await alice.call('GET', '/notifications/preferences')).json(), before);
  });
});

describe('reference server: sessions, CSRF and limits', () => {
  it('a cookie session needs its CSRF token for a change, not for a read', async () => {
    const { token, csrfToken } = server.customer();
    const cookie = `prefs_session=${token}`;
    const read = await server.app.request('/v1/theme/preferences', { headers: { Cookie: cookie } });
    assert.equal(read.status, 200);
    const { version } = (await read.json()) as { version: number };
    const headers = { Cookie: cookie, ...mergePatch, 'If-Match': `"${version}"` };
    const without = await server.app.request('/v1/theme/preferences', {
      method: 'PATCH',
      body: '{"scheme":"dark"}',
      headers,
    });
    assert.equal(without.status, 403);
    assert.equal((await problemOf(without)).kind, 'unauthorized');
    const wrong = await server.app.request('/v1/theme/preferences', {
      method: 'PATCH',
      body: '{"scheme":"dark"}',
      headers: { ...headers, 'X-CSRF-Token': csrfToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
    });
    assert.equal(wrong.status, 403);
    const ok = await server.app.request('/v1/theme/preferences', {
      method: 'PATCH',
      body: '{"scheme":"dark"}',
      headers: { ...headers, 'X-CSRF-Token': csrfToken },
    });
    assert.equal(ok.status, 200);
  });

  it('limits each customer on their own, with Retry-After', async () => {
    const limited = testApp(db, { rateLimit: { burst: 3, perSecond: 0.01 } });
    const busy = limited.customer();
    const calm = limited.customer();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await busy.call('GET', '/theme/preferences')).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const refused = await busy.call('GET', '/theme/preferences');
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    assert.equal((await problemOf(refused)).kind, 'rate-limited');
    assert.equal((await calm.call('GET', '/theme/preferences')).status, 200);
  });

  it("holds a customer's budget spent on `POST /v1/dev/rate-limit` until released, in dev mode only", async () => {
    const dev = testApp(db, { devSessions: true });
    const held = dev.customer();
    const other = dev.customer();
    const hold = (spent: unknown) =>
      held.call('POST', '/dev/rate-limit', {
        body: JSON.stringify({ spent }),
        headers: { 'Content-Type': 'application/json' },
      });
    assert.equal((await hold(true)).status, 204);
    for (let i = 0; i < 3; i++) {
      const refused = await held.call('GET', '/theme/preferences');
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('retry-after'), '1');
      assert.equal((await problemOf(refused)).kind, 'rate-limited');
    }
    assert.equal((await other.call('GET', '/theme/preferences')).status, 200, 'only that customer is held');
    const bad = await hold('yes');
    assert.equal(bad.status, 422);
    assert.equal((await problemOf(bad)).kind, 'validation');
    assert.equal((await hold(false)).status, 204, 'the hold itself is never refused by the budget');
    assert.equal((await held.call('GET', '/theme/preferences')).status, 200);

    const unsigned = await dev.app.request('/v1/dev/rate-limit', { method: 'POST', body: '{"spent":true}' });
    assert.equal(unsigned.status, 401);
    const byCookie = await dev.app.request('/v1/dev/rate-limit', {
      method: 'POST',
      body: '{"spent":true}',
      headers: { Cookie: `prefs_session=${held.token}`, 'Content-Type': 'application/json' },
    });
    assert.equal(byCookie.status, 403, 'a session cookie alone holds nothing');
    assert.equal((await held.call('GET', '/theme/preferences')).status, 200);
    const production = testApp(db).customer();
    const absent = await production.call('POST', '/dev/rate-limit', { body: '{"spent":true}' });
    assert.equal(absent.status, 404);
    assert.equal((await production.call('GET', '/theme/preferences')).status, 200);
  });
});

describe('reference server: the change log', () => {
  it('is append-only and records who, when, what and from where', async () => {
    const { id, call } = server.customer();
    const theme = await themeOf(call);
    await call('PATCH', '/theme/preferences', {
      body: '{"density":"compact"}',
      headers: { ...mergePatch, 'If-Match': `"${theme.version}"`, 'Prefs-Client': 'tab-1' },
    });
    const rows = await db.query<{ actor: string; source: string; client_id: string; patch: unknown; version: number }>(
      'SELECT actor, source, client_id, patch, version FROM change_log WHERE customer_id = $1',
      [id],
    );
    assert.deepEqual(rows.rows, [
      {
        actor: `customer:${id}`,
        source: 'web',
        client_id: 'tab-1',
        patch: { density: 'compact' },
        version: theme.version + 1,
      },
    ]);
    await assert.rejects(db.query('DELETE FROM change_log WHERE customer_id = $1', [id]), /append-only/);
    await assert.rejects(db.query("UPDATE change_log SET source = 'x' WHERE customer_id = $1", [id]), /append-only/);
  });
});

describe("reference server: other customers' ids change nothing", () => {
  it("cannot remove another customer's payment method by its id", async () => {
    const alice = server.customer();
    const mallory = server.customer();
    const before = (await (await alice.call('GET', '/payments')).json()) as { version: number };
    const added = await alice.call('POST', '/payments/methods', {
      body: '{"token":"tok_visa_1881","nickname":"Alice only"}',
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${before.version}"` },
    });
    assert.equal(added.status, 200);
    const payments = (await added.json()) as { version: number; methods: { id: string; nickname?: string }[] };
    const id = payments.methods.find((m) => m.nickname === 'Alice only')!.id;
    const theirs = (await (await mallory.call('GET', '/payments')).json()) as { version: number };
    const removed = await mallory.call('DELETE', `/payments/methods/${id}`, {
      headers: { 'If-Match': `"${theirs.version}"` },
    });
    assert.equal(removed.status, 404);
    assert.equal((await problemOf(removed)).kind, 'not-found');
    assert.deepEqual(await (await alice.call('GET', '/payments')).json(), payments);
    assert.equal(
      ((await (await mallory.call('GET', '/payments')).json()) as { version: number }).version,
      theirs.version,
    );
  });

  it("never replays another customer's answer for their Idempotency-Key", async () => {
    const alice = server.customer();
    const mallory = server.customer();
    const theme = await themeOf(alice.call);
    const headers = { ...mergePatch, 'If-Match': `"${theme.version}"`, 'Idempotency-Key': `shared-${Date.now()}` };
    const first = await alice.call('PATCH', '/theme/preferences', { body: '{"scheme":"dark"}', headers });
    assert.equal(first.status, 200);
    const mine = await mallory.call('PATCH', '/theme/preferences', { body: '{"scheme":"dark"}', headers });
    assert.equal(mine.status, 200);
    assert.equal(mine.headers.get('idempotent-replayed'), null, 'applied as her own change, not replayed');
    assert.equal(((await mine.json()) as { scheme: string }).scheme, 'dark');
    assert.equal((await themeOf(alice.call)).version, theme.version + 1, "Alice's document changed once");
  });

  it("never streams another customer's changes, even when asked to resume from the start", async () => {
    const alice = server.customer();
    const mallory = server.customer();
    const theme = await themeOf(alice.call);
    await alice.call('PATCH', '/theme/preferences', {
      body: '{"scheme":"dark"}',
      headers: { ...mergePatch, 'If-Match': `"${theme.version}"` },
    });
    const stream = await mallory.call('GET', '/events', { headers: { 'Last-Event-ID': '0' } });
    assert.equal(stream.status, 200);
    const own = await themeOf(mallory.call);
    const events = changeEvents(stream);
    // Her own change marks the end of the replay: nothing came before it.
    await mallory.call('PATCH', '/theme/preferences', {
      body: '{"density":"compact"}',
      headers: { ...mergePatch, 'If-Match': `"${own.version}"` },
    });
    const heard = await events.until(1);
    assert.deepEqual(
      heard.map((e) => (e.data as { document: { density: string } }).document.density),
      ['compact'],
    );
  });
});

/** The theme scheme a change event carries. */
const schemeOf = (event: { data: unknown }) => (event.data as { document: { scheme: string } }).document.scheme;

function expect19(id: string) {
  assert.match(id, /^\d{19}$/, `an id of 19 digits, not ${id}`);
}

/** Saves each scheme in turn as the customer, each change on the version the last one answered. */
async function saveSchemes(call: ReturnType<typeof server.customer>['call'], schemes: string[]) {
  let { version } = await themeOf(call);
  for (const scheme of schemes) {
    const saved = await call('PATCH', '/theme/preferences', {
      body: JSON.stringify({ scheme }),
      headers: { ...mergePatch, 'If-Match': `"${version}"` },
    });
    version = ((await saved.json()) as { version: number }).version;
  }
}

describe('reference server: the event stream', () => {
  it('resumes after Last-Event-ID with every later change, once, in order', async () => {
    const { call } = server.customer();
    await saveSchemes(call, ['dark', 'light', 'system']);
    const all = await changeEvents(await call('GET', '/events', { headers: { 'Last-Event-ID': '0' } })).until(3);
    assert.deepEqual(all.map(schemeOf), ['dark', 'light', 'system']);
    const ids = all.map((e) => BigInt(e.id!));
    assert.ok(ids[0]! < ids[1]! && ids[1]! < ids[2]!, 'ids grow');
    const rest = await changeEvents(await call('GET', '/events', { headers: { 'Last-Event-ID': all[0]!.id! } })).until(
      2,
    );
    assert.deepEqual(
      rest.map((e) => e.id),
      all.slice(1).map((e) => e.id),
    );
  });

  it('resumes from the newest change when Last-Event-ID cannot be an id of the log', async () => {
    const { call } = server.customer();
    await saveSchemes(call, ['dark']);
    // Beyond bigint, signed, in exponent form and too long: none may reach the query.
    const forgedIds = ['9223372036854775808', '-1', '1e3', '1'.repeat(20)];
    const schemes = ['light', 'system', 'dark', 'light'];
    for (const [i, forged] of forgedIds.entries()) {
      const stream = await call('GET', '/events', { headers: { 'Last-Event-ID': forged } });
      assert.equal(stream.status, 200, forged);
      const events = changeEvents(stream);
      await saveSchemes(call, [schemes[i]!]);
      const heard = await events.until(1);
      assert.deepEqual(heard.map(schemeOf), [schemes[i]], `${forged}: only the change made after connecting`);
    }
  });

  it('orders the log by number where the ids gain a digit (999 before 1000)', async () => {
    // The log's ids come from one sequence: move it to just below the next power of ten.
    const { rows } = await db.query<{ last: string }>('SELECT last_value::text AS last FROM change_log_id_seq');
    // In BigInt: a PostgreSQL kept between runs has moved it a power of ten each time, and
    // past 2^53 a Number rounds (1e16 - 1 is 1e16).
    const next = 10n ** BigInt(String(BigInt(rows[0]!.last) + 3n).length);
    await db.query("SELECT setval('change_log_id_seq', $1::bigint)", [String(next - 2n)]);
    const c = server.customer();
    await saveSchemes(c.call, ['dark', 'light', 'system']);
    const every = await server.store.changesSince(c.id, '0', 3);
    assert.deepEqual(
      every.map((e) => [e.id, (e.document as { scheme: string }).scheme]),
      [
        [String(next - 1n), 'dark'],
        [String(next), 'light'],
        [String(next + 1n), 'system'],
      ],
    );
    const newest = await server.store.changesSince(c.id, '0', 1);
    assert.deepEqual(
      newest.map((e) => (e.document as { scheme: string }).scheme),
      ['system'],
    );
  });

  it('replays from the start for a Last-Event-ID past the newest change (a log started afresh under an open tab)', async () => {
    const { call } = server.customer();
    await saveSchemes(call, ['dark', 'light']);
    // Kept, it would hold back every change until the log caught up with the largest bigint.
    const events = changeEvents(await call('GET', '/events', { headers: { 'Last-Event-ID': '9223372036854775807' } }));
    await saveSchemes(call, ['system']);
    assert.deepEqual((await events.until(3, (e) => schemeOf(e) === 'system')).map(schemeOf), [
      'dark',
      'light',
      'system',
    ]);
  });

  it('resumes after a Last-Event-ID of 19 digits, the most a bigint has', async () => {
    const { rows } = await db.query<{ last: string; called: boolean }>(
      'SELECT last_value::text AS last, is_called AS called FROM change_log_id_seq',
    );
    const before = rows[0]!;
    await db.query("SELECT setval('change_log_id_seq', $1::bigint)", [String(10n ** 18n + 5n)]);
    try {
      const { call } = server.customer();
      await saveSchemes(call, ['dark', 'light', 'system']);
      const all = await changeEvents(await call('GET', '/events', { headers: { 'Last-Event-ID': '0' } })).until(3);
      expect19(all[0]!.id!);
      const resumed = changeEvents(await call('GET', '/events', { headers: { 'Last-Event-ID': all[0]!.id! } }));
      // A change after connecting ends the reading even when the resume replayed nothing.
      await saveSchemes(call, ['dark']);
      const rest = await resumed.until(3, (e) => schemeOf(e) === 'dark');
      assert.deepEqual(rest.map(schemeOf), ['light', 'system', 'dark']);
    } finally {
      // Back where it was, so that the test that moves it to the next power of ten stays within bigint.
      await db.query("SELECT setval('change_log_id_seq', $1::bigint, $2)", [before.last, before.called]);
    }
  });

  it('brings a client further behind than the limit up to date with the newest document of each domain', async () => {
    const c = server.customer();
    await saveSchemes(c.call, ['dark', 'light', 'system']);
    const within = await server.store.changesSince(c.id, '0', 3);
    assert.deepEqual(
      within.map((e) => (e.document as { scheme: string }).scheme),
      ['dark', 'light', 'system'],
    );
    const behind = await server.store.changesSince(c.id, '0', 2);
    assert.deepEqual(
      behind.map((e) => [e.domain, (e.document as { scheme: string }).scheme, e.id]),
      [['theme', 'system', within[2]!.id]],
      'not the first two and then nothing',
    );
  });

  it('leaves out the changes made by the client that listens', async () => {
    const { call } = server.customer();
    let { version } = await themeOf(call);
    const events = changeEvents(await call('GET', '/events?client=tab-1'));
    for (const [client, density] of [
      ['tab-1', 'compact'],
      ['tab-2', 'comfortable'],
    ]) {
      const saved = await call('PATCH', '/theme/preferences', {
        body: JSON.stringify({ density }),
        headers: { ...mergePatch, 'If-Match': `"${version}"`, 'Prefs-Client': client! },
      });
      version = ((await saved.json()) as { version: number }).version;
    }
    const [heard] = await events.until(1);
    assert.equal((heard!.data as { document: { version: number } }).document.version, version, "tab-2's change");
  });

  it('keeps an idle stream open with keep-alive comments', async () => {
    const quick = testApp(db, { heartbeatSeconds: 0.05 });
    const { call } = quick.customer();
    const response = await call('GET', '/events');
    assert.equal(response.headers.get('content-type')?.split(';')[0], 'text/event-stream');
    // A customer's changes: no cache may keep them (Hono's streamSSE would say only no-cache).
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes(': keep-alive')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    await reader.cancel();
    assert.match(text, /^event: ready\n/m);
    assert.match(text, /^: keep-alive\n\n/m);
  });
});

/** The `change` events of an SSE response, parsed; `until(n)` reads until n have come, then closes. */
function changeEvents(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  return {
    /** The next `count` changes; fewer if one for which `last` says so comes first. */
    async until(
      count: number,
      last: (event: { data: unknown }) => boolean = () => false,
    ): Promise<{ id?: string; data: unknown }[]> {
      const events: { id?: string; data: unknown }[] = [];
      let buffer = '';
      while (events.length < count && !events.some(last)) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}:`))
              ?.slice(name.length + 1)
              .trim();
          if (field('event') === 'change') events.push({ id: field('id'), data: JSON.parse(field('data')!) });
        }
      }
      await reader.cancel();
      return events;
    },
  };
}

describe('reference server: payment method actions', () => {
  const json = { 'Content-Type': 'application/json' };
  const paymentsOf = async (call: ReturnType<typeof server.customer>['call']) =>
    (await (await call('GET', '/payments')).json()) as Payments;
  const logged = async (customerId: string) =>
    (
      await db.query<{ operation: string; patch: unknown }>(
        'SELECT operation, patch FROM change_log WHERE customer_id = $1 ORDER BY change_log.id',
        [customerId],
      )
    ).rows;

  it('removes a method in use with ?replaceWith=, which takes over its usage and defaults, and logs it', async () => {
    const { id, call } = server.customer();
    const before = await paymentsOf(call);
    const refused = await call('DELETE', '/payments/methods/pm_visa_4242', {
      headers: { 'If-Match': `"${before.version}"` },
    });
    assert.equal(refused.status, 422);
    const problem = await problemOf(refused);
    assert.equal(problem.kind, 'validation');
    assert.ok(problem.fields?.['methods[0]'], JSON.stringify(problem.fields));
    assert.match(problem.detail ?? '', /Premium account \(subscription\).*replaceWith/);
    assert.deepEqual(await paymentsOf(call), before);

    const removed = await call('DELETE', '/payments/methods/pm_visa_4242?replaceWith=pm_mastercard_5454', {
      headers: { 'If-Match': `"${before.version}"` },
    });
    assert.equal(removed.status, 200);
    assert.equal(removed.headers.get('etag'), `"${before.version + 1}"`);
    const saved = (await removed.json()) as Payments;
    assert.ok(!saved.methods.some((m) => m.id === 'pm_visa_4242'));
    assert.deepEqual(
      saved.methods.find((m) => m.id === 'pm_mastercard_5454')!.usedBy.map((u) => u.id),
      ['plan_laptop', 'sub_premium', 'bill_harbor_electric'],
    );
    assert.equal(saved.defaultMethodId, 'pm_mastercard_5454');
    assert.equal(saved.defaultRecurringMethodId, 'pm_mastercard_5454');
    assert.equal(saved.defaultOneOffMethodId, before.defaultOneOffMethodId);
    assert.deepEqual(await logged(id), [
      { operation: 'removePaymentMethod', patch: { methodId: 'pm_visa_4242', replaceWith: 'pm_mastercard_5454' } },
    ]);
  });

  it('decodes replaceWith, and refuses an empty, repeated, missing or unverified one with 422', async () => {
    const { call } = server.customer();
    const before = await paymentsOf(call);
    const headers = { 'If-Match': `"${before.version}"` };
    const cases: [string, string][] = [
      [`?replaceWith=${encodeURIComponent('pm no/such&method')}`, 'there is no payment method "pm no/such&method"'],
      ['?replaceWith=', 'replaceWith'],
      ['?replaceWith=pm_mastercard_5454&replaceWith=pm_apple-pay_3017', 'replaceWith'],
      ['?replaceWith=pm_bank_6789', 'not verified'],
      ['?replaceWith=pm_visa_4242', 'cannot replace itself'],
    ];
    for (const [query, message] of cases) {
      const response = await call('DELETE', `/payments/methods/pm_visa_4242${query}`, { headers });
      assert.equal(response.status, 422, query);
      const problem = await problemOf(response);
      assert.equal(problem.kind, 'validation');
      assert.ok(problem.detail?.includes(message), `${query}: ${problem.detail}`);
    }
    assert.deepEqual(await paymentsOf(call), before);
  });

  it('refuses the same Idempotency-Key for a removal with another replacement', async () => {
    const { call } = server.customer();
    const before = await paymentsOf(call);
    const headers = { 'If-Match': `"${before.version}"`, 'Idempotency-Key': 'remove-visa' };
    const first = await call('DELETE', '/payments/methods/pm_visa_4242?replaceWith=pm_mastercard_5454', { headers });
    assert.equal(first.status, 200);
    const again = await call('DELETE', '/payments/methods/pm_visa_4242?replaceWith=pm_mastercard_5454', { headers });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const other = await call('DELETE', '/payments/methods/pm_visa_4242?replaceWith=pm_apple-pay_3017', { headers });
    assert.equal(other.status, 422);
    assert.ok((await problemOf(other)).fields?.['Idempotency-Key']);
  });

  it('verifies a bank account: a wrong proof is a 200 with one try less, the right one verifies it', async () => {
    const { id, call } = server.customer();
    const before = await paymentsOf(call);
    const wrong = await call('POST', '/payments/methods/pm_bank_6789/verify', {
      body: '{"amounts":[12,34]}',
      headers: { ...json, 'If-Match': `"${before.version}"` },
    });
    assert.equal(wrong.status, 200);
    const tried = (await wrong.json()) as Payments;
    const bank = tried.methods.find((m) => m.id === 'pm_bank_6789')!;
    assert.equal(bank.verification, 'required');
    assert.equal(bank.verificationAttemptsLeft, 2);
    assert.deepEqual(await paymentsOf(call), tried);
    const right = await call('POST', '/payments/methods/pm_bank_6789/verify', {
      body: '{"amounts":[32,45]}',
      headers: { ...json, 'If-Match': `"${tried.version}"` },
    });
    assert.equal(right.status, 200);
    assert.equal(right.headers.get('etag'), `"${tried.version + 1}"`);
    const verified = ((await right.json()) as Payments).methods.find((m) => m.id === 'pm_bank_6789')!;
    assert.equal(verified.verification, 'verified');
    assert.equal(verified.verificationAttemptsLeft, 2);
    assert.equal(verified.verificationSteps.at(-1)?.status, 'verified');
    assert.deepEqual(
      (await logged(id)).map((row) => row.operation),
      ['verifyPaymentMethod', 'verifyPaymentMethod'],
    );
  });

  for (const [what, path, body, headers, status, field] of [
    ['an unknown field', 'pm_bank_6789', '{"amounts":[32,45],"note":"hi"}', json, 422, 'note'],
    ['both kinds of proof', 'pm_bank_6789', '{"amounts":[32,45],"code":"123456"}', json, 422, 'code'],
    ['an amount of 0', 'pm_bank_6789', '{"amounts":[0,45]}', json, 422, 'amounts[0]'],
    ['an amount that is not whole', 'pm_bank_6789', '{"amounts":[32,4.5]}', json, 422, undefined],
    ['a code with spaces', 'pm_bank_6789', '{"code":"12 34"}', json, 422, undefined],
    ['the code for an account verified by deposits', 'pm_bank_6789', '{"code":"123456"}', json, 422, 'code'],
    ['a method that is not waiting', 'pm_bank_2468', '{"code":"123456"}', json, 422, undefined],
    ['malformed JSON', 'pm_bank_6789', '{"amounts":', json, 400, undefined],
    ['a merge patch content type', 'pm_bank_6789', '{"amounts":[32,45]}', mergePatch, 415, undefined],
    ['an unknown method', 'pm_nope', '{"amounts":[32,45]}', json, 404, undefined],
    ['a method named __proto__', '__proto__', '{"amounts":[32,45]}', json, 404, undefined],
  ] as const) {
    it(`refuses a verification with ${what} (${status}), changing nothing`, async () => {
      const { call } = server.customer();
      const before = await paymentsOf(call);
      const response = await call('POST', `/payments/methods/${path}/verify`, {
        body,
        headers: { ...headers, 'If-Match': `"${before.version}"` },
      });
      assert.equal(response.status, status);
      const problem = await problemOf(response);
      assert.equal(problem.kind, status === 404 ? 'not-found' : 'validation');
      if (field) assert.ok(problem.fields?.[field], `names ${field}: ${JSON.stringify(problem.fields)}`);
      assert.deepEqual(await paymentsOf(call), before);
    });
  }

  it('needs If-Match to verify (428)', async () => {
    const { call } = server.customer();
    const response = await call('POST', '/payments/methods/pm_bank_6789/verify', {
      body: '{"amounts":[32,45]}',
      headers: json,
    });
    assert.equal(response.status, 428);
  });
});
