import { expect } from '@open-wc/testing';
import { createRestAdapter } from '@prefcenter/adapter-rest';
import { newIdempotencyKey, type AdapterError, type ThemePreferences } from '@prefcenter/core';
import { waitUntil } from '../shared/wait.js';
import { errorKinds, otherwise } from '../../scripts/lib/backend-contract.mjs';
import { newCustomer, onReferenceServer } from './server.js';

const read = () => ({ signal: new AbortController().signal });
const meta = (version: number, extra: { keepalive?: boolean; signal?: AbortSignal } = {}) => ({
  version,
  idempotencyKey: newIdempotencyKey(),
  signal: new AbortController().signal,
  ...extra,
});

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that records each call and answers with `answer`. */
function recording(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const call = { url: String(input instanceof Request ? input.url : input), init };
    calls.push(call);
    return answer(call);
  };
  return { calls, fetch };
}

const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('It did not fail.');
}

describe('adapter-rest: requests and answers', () => {
  const theme = { version: 3, updatedAt: '2026-01-01T00:00:00Z', scheme: 'dark' };

  it('sends a change as a merge patch with If-Match, Idempotency-Key and the widget signal', async () => {
    const { calls, fetch } = recording(() => Response.json(theme));
    const adapter = createRestAdapter({ baseUrl: 'https://api.example/v1/', fetch, headers: { 'X-Host': 'bank' } });
    const change = meta(2);
    await adapter.updateThemePreferences({ scheme: 'dark' }, change);
    const [call] = calls;
    expect(call!.url).to.equal('https://api.example/v1/theme/preferences');
    expect(call!.init.method).to.equal('PATCH');
    expect(call!.init.body).to.equal('{"scheme":"dark"}');
    expect(call!.init.signal).to.equal(change.signal);
    const headers = new Headers(call!.init.headers);
    expect(headers.get('content-type')).to.equal('application/merge-patch+json');
    expect(headers.get('if-match')).to.equal('"2"');
    expect(headers.get('idempotency-key')).to.equal(change.idempotencyKey);
    expect(headers.get('x-host')).to.equal('bank');
    expect(headers.get('prefs-client')).to.be.a('string');
  });

  it('removes a method with DELETE, naming its replacement in ?replaceWith=, both URL-encoded', async () => {
    const payments = { version: 4, updatedAt: '2026-01-01T00:00:00Z', methods: [] };
    const { calls, fetch } = recording(() => Response.json(payments));
    const adapter = createRestAdapter({ baseUrl: 'https://api.example/v1', fetch });
    await adapter.removePaymentMethod('pm_visa_4242', meta(3));
    await adapter.removePaymentMethod('pm/a b', meta(3), { replaceWith: 'pm_x&y=z#1' });
    await adapter.removePaymentMethod('pm_1', meta(3), {});
    expect(calls.map((c) => [c.init.method, c.url])).to.deep.equal([
      ['DELETE', 'https://api.example/v1/payments/methods/pm_visa_4242'],
      ['DELETE', 'https://api.example/v1/payments/methods/pm%2Fa%20b?replaceWith=pm_x%26y%3Dz%231'],
      ['DELETE', 'https://api.example/v1/payments/methods/pm_1'],
    ]);
    expect(new Headers(calls[1]!.init.headers).get('if-match')).to.equal('"3"');
    expect(calls[1]!.init.body).to.equal(undefined);
  });

  it('verifies a method with POST …/verify and the proof as JSON, answering the document', async () => {
    const payments = { version: 5, updatedAt: '2026-01-01T00:00:00Z', methods: [] };
    const { calls, fetch } = recording(() => Response.json(payments));
    const adapter = createRestAdapter({ baseUrl: 'https://api.example/v1', fetch });
    const change = meta(4);
    expect(await adapter.verifyPaymentMethod('pm_bank 1', { amounts: [32, 45] }, change)).to.deep.equal(payments);
    await adapter.verifyPaymentMethod('pm_bank_2', { code: '123456' }, meta(5));
    expect(calls.map((c) => [c.init.method, c.url, c.init.body])).to.deep.equal([
      ['POST', 'https://api.example/v1/payments/methods/pm_bank%201/verify', '{"amounts":[32,45]}'],
      ['POST', 'https://api.example/v1/payments/methods/pm_bank_2/verify', '{"code":"123456"}'],
    ]);
    const headers = new Headers(calls[0]!.init.headers);
    expect(headers.get('content-type')).to.equal('application/json');
    expect(headers.get('if-match')).to.equal('"4"');
    expect(headers.get('idempotency-key')).to.equal(change.idempotencyKey);
  });

  it('passes keepalive for a save sent as the page hides, and only then', async () => {
    const { calls, fetch } = recording(() => Response.json(theme));
    const adapter = createRestAdapter({ baseUrl: 'https://api.example/v1', fetch });
    await adapter.updateThemePreferences({ scheme: 'dark' }, meta(2, { keepalive: true }));
    await adapter.updateThemePreferences({ scheme: 'light' }, meta(3));
    await adapter.getThemePreferences(read());
    expect(calls.map((c) => c.init.keepalive)).to.deep.equal([true, false, false]);
  });

  it('aborts with the signal: an abort mid-request rejects as the abort, not as a network failure', async () => {
    // A fetch that, like the browser's, rejects when its signal aborts.
    const fetch: typeof globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason));
      });
    const adapter = createRestAdapter({ baseUrl: 'https://api.example/v1', fetch });
    const controller = new AbortController();
    const save = adapter.updateThemePreferences({ scheme: 'dark' }, meta(2, { signal: controller.signal }));
    const load = new AbortController();
    const reading = adapter.getThemePreferences({ signal: load.signal });
    controller.abort();
    load.abort();
    for (const error of [await failure(save), await failure(reading)]) {
      expect((error as Error).name).to.equal('AbortError');
      expect(error.kind).to.equal(undefined);
    }
  });

  it('maps a fetch that fails to network, and a 2xx that is not JSON to invalid-response', async () => {
    const offline = createRestAdapter({
      baseUrl: 'https://api.example/v1',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    expect((await failure(offline.getThemePreferences(read()))).kind).to.equal('network');
    const html = createRestAdapter({
      baseUrl: 'https://api.example/v1',
      fetch: async () => new Response('<html>portal</html>', { headers: { 'Content-Type': 'text/html' } }),
    });
    expect((await failure(html.getThemePreferences(read()))).kind).to.equal('invalid-response');
  });

  it("maps every status to its kind, and a problem document's kind wins", async () => {
    // An answer without a problem document (a proxy's page): the status alone says the kind.
    const kinds: [number, string][] = [
      [400, 'validation'],
      [401, 'unauthorized'],
      [403, 'reauth-required'],
      [405, 'validation'],
      [418, 'validation'],
      [404, 'not-found'],
      [408, 'timeout'],
      [409, 'conflict'],
      [410, 'not-found'],
      [412, 'conflict'],
      [413, 'validation'],
      [415, 'validation'],
      [422, 'validation'],
      [428, 'validation'],
      [429, 'rate-limited'],
      [500, 'unavailable'],
      [502, 'unavailable'],
      [503, 'unavailable'],
      [504, 'timeout'],
      [599, 'unavailable'],
      // The backend reference's table, which the README's no-build adapter follows too.
      ...errorKinds.flatMap((e) => e.statuses.map((status): [number, string] => [status, e.kind])),
      [418, otherwise.clientError],
      [599, otherwise.serverError],
    ];
    for (const [status, kind] of kinds) {
      const adapter = createRestAdapter({
        baseUrl: 'https://api.example/v1',
        fetch: async () => new Response('<html>proxy</html>', { status }),
      });
      const error = await failure(adapter.getThemePreferences(read()));
      expect(error.kind, String(status)).to.equal(kind);
      expect(error.message).to.contain(String(status));
    }

    const reauth = createRestAdapter({
      baseUrl: 'https://api.example/v1',
      fetch: async () => problem(403, { kind: 'reauth-required', detail: 'Confirm it is you.' }),
    });
    const error = await failure(reauth.updateThemePreferences({ scheme: 'dark' }, meta(1)));
    expect(error.kind).to.equal('reauth-required');
    expect(error.message).to.equal('Confirm it is you.');
  });

  it('honours Retry-After, in seconds or as an HTTP date, and carries the fields of a 422', async () => {
    const limited = createRestAdapter({
      baseUrl: 'https://api.example/v1',
      fetch: async () => problem(429, { kind: 'rate-limited' }, { 'Retry-After': '7' }),
    });
    const error = await failure(limited.getThemePreferences(read()));
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(7);

    const later = new Date(Date.now() + 120_000).toUTCString();
    const down = createRestAdapter({
      baseUrl: 'https://api.example/v1',
      fetch: async () => new Response('', { status: 503, headers: { 'Retry-After': later } }),
    });
    const unavailable = await failure(down.getThemePreferences(read()));
    expect(unavailable.kind).to.equal('unavailable');
    // An HTTP date has a resolution of one second: two minutes from now, give or take it.
    expect(unavailable.retryAfter).to.be.within(119, 121);

    const refused = createRestAdapter({
      baseUrl: 'https://api.example/v1',
      fetch: async () =>
        problem(422, {
          kind: 'validation',
          detail: 'No such colour.',
          fields: { 'quietHours.start': 'is not a time' },
        }),
    });
    const invalid = await failure(refused.updateThemePreferences({ scheme: 'dark' }, meta(1)));
    expect(invalid.kind).to.equal('validation');
    expect(invalid.fields).to.deep.equal({ 'quietHours.start': 'is not a time' });
    expect(invalid.path).to.deep.equal(['quietHours', 'start']);
  });
});

describe('adapter-rest: the event stream on the reference server', () => {
  const open = onReferenceServer();

  it('reconnects after a drop with Last-Event-ID, and hears the change made meanwhile once', async () => {
    const session = await newCustomer();
    // The stream's connections, with what each sent, a way to cut it, and a hold on the next one.
    const connections: { lastEventId: string | null; cut: () => void }[] = [];
    let hold = Promise.resolve();
    const dropping: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('/events')) return fetch(input, init);
      const lastEventId = new Headers(init?.headers).get('Last-Event-ID');
      await hold;
      const response = await fetch(input, init);
      const reader = response.body!.getReader();
      let cut!: () => void;
      const dropped = new Promise<never>((_resolve, reject) => (cut = () => reject(new TypeError('network lost'))));
      dropped.catch(() => {});
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await Promise.race([reader.read(), dropped]).catch((error: unknown) => {
            reader.cancel().catch(() => {});
            throw error;
          });
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
      });
      connections.push({ lastEventId, cut });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const adapter = open(session, { fetch: dropping, reconnectDelay: 50 });
    const device = open(session);
    const heard: ThemePreferences[] = [];
    adapter.subscribe('theme', (document) => heard.push(document as ThemePreferences));

    // The stream may still be connecting: change until it hears one (each change is logged once).
    let { version } = await device.getThemePreferences(read());
    let sent = 0;
    await waitUntil(async () => {
      if (heard.length) return true;
      if (performance.now() - sent > 500) {
        sent = performance.now();
        version = (await device.updateThemePreferences({ density: 'compact' }, meta(version))).version;
      }
      return false;
    }, 'the stream hears a change');
    await waitUntil(() => heard.at(-1)?.version === version, 'the stream hears the last change');
    expect(connections).to.have.length(1);
    expect(connections[0]!.lastEventId, 'the first connection resumes nothing').to.equal(null);

    // The connection drops; the next one waits while another device makes a change.
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    const before = heard.length;
    connections[0]!.cut();
    const missed = await device.updateThemePreferences({ scheme: 'dark' }, meta(version));
    release();
    await waitUntil(() => heard.some((d) => d.version === missed.version), 'the change made meanwhile is heard');
    expect(connections).to.have.length(2);
    expect(connections[1]!.lastEventId, 'the reconnect names the last event heard').to.match(/^\d+$/);
    // Once: nothing heard before the drop comes again, the missed change comes once.
    expect(heard.slice(before).map((d) => d.version)).to.deep.equal([missed.version]);
    expect(heard.at(-1)).to.include({ scheme: 'dark', density: 'compact' });
    const versions = heard.map((d) => d.version);
    expect(new Set(versions).size, 'no change heard twice').to.equal(versions.length);
  });
});
