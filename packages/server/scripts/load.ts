/**
 * `npm run load [-- --seconds 10 --customers 10 --connections 20]`: a load test on the
 * loopback address only, bounded in time. Concurrent customers save their theme with
 * autocannon; each connection saves for one customer, sending the version that customer's
 * connections last saw, so connections sharing a customer race and a share of writes
 * conflict (412); with as many customers as connections, none do. Then it checks that no
 * change was lost or applied twice: for every customer, the versions gained, the 200
 * answers counted and the change log's entries agree, and the log's last document is the
 * stored one. Reports requests per second and p50/p99 latency. Exit 1 on a disagreement.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { bankSeed } from '@prefcenter/adapter-local';
import { startServer } from '../src/server.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    customers: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
  },
});
const seconds = Number(values.seconds);
const customerCount = Number(values.customers);

const server = await startServer({
  seed: bankSeed,
  database: process.env.PREFS_PG_URL,
  pgliteTemplate: fileURLToPath(new URL('../../../node_modules/.cache/prefcenter/', import.meta.url)),
  rateLimit: { burst: 1e9, perSecond: 1e9 },
});

interface Customer {
  id: string;
  token: string;
  start: number;
  known: number;
}
const customers: Customer[] = [];
for (let i = 0; i < customerCount; i++) {
  const id = `cus_load_${Date.now()}_${i}`;
  const { token } = server.tokens.issue(id);
  const response = await fetch(`${server.url}/v1/theme/preferences`, { headers: { Authorization: `Bearer ${token}` } });
  const { version } = (await response.json()) as { version: number };
  customers.push({ id, token, start: version, known: version });
}

const schemes = ['light', 'dark', 'system'];
const statuses = new Map<number, number>();
let n = 0;
let pinned = 0;
let answered = 0;
const result = await autocannon({
  url: server.url,
  connections: Number(values.connections),
  duration: seconds,
  requests: [
    {
      setupRequest: (request, context: { customer?: Customer }) => {
        // Each connection saves for one customer; the customers are shared by the connections in turn.
        const customer = (context.customer ??= customers[pinned++ % customers.length]!);
        n++;
        return {
          ...request,
          method: 'PATCH',
          path: '/v1/theme/preferences',
          headers: {
            Authorization: `Bearer ${customer.token}`,
            'Content-Type': 'application/merge-patch+json',
            'If-Match': `"${customer.known}"`,
            'Idempotency-Key': `load-${n}`,
          },
          body: JSON.stringify({ scheme: schemes[n % 3], textScale: 1 + (n % 2) * 0.125 }),
        };
      },
      onResponse: (status, body, context: { customer?: Customer }) => {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 200) {
          answered++;
          const customer = context.customer!;
          customer.known = Math.max(customer.known, (JSON.parse(body) as { version: number }).version);
        }
        // A 412 means another connection of this customer saved first: its 200 moves
        // `known` on, so the next try is made on the version it made (guessing one ahead
        // instead ran away from the stored version once a few 412s came in a row).
      },
    },
  ],
});

let lost = 0;
let gainedTotal = 0;
let loggedTotal = 0;
for (const customer of customers) {
  const stored = await server.db.query<{ version: number; body: unknown }>(
    "SELECT version, body FROM documents WHERE customer_id = $1 AND domain = 'theme'",
    [customer.id],
  );
  const log = await server.db.query<{ n: number; last: { version: number } | null }>(
    `SELECT count(*)::int AS n, (SELECT document FROM change_log WHERE customer_id = $1 AND domain = 'theme'
       ORDER BY id DESC LIMIT 1) AS last FROM change_log WHERE customer_id = $1 AND domain = 'theme'`,
    [customer.id],
  );
  const gained = stored.rows[0]!.version - customer.start;
  const { n: entries, last } = log.rows[0]!;
  gainedTotal += gained;
  loggedTotal += entries;
  if (gained !== entries || (last && last.version !== stored.rows[0]!.version)) {
    lost++;
    console.error(`${customer.id}: ${gained} versions gained, ${entries} logged`);
  }
}
// Every applied change is one version, one log entry and one stored Idempotency-Key (each
// request has its own): none lost, none applied twice. Requests still in flight when the
// run stopped may have been applied without their answer being counted, so the 200s may
// fall short of the log by at most one per connection.
const keys = await server.db.query<{ n: number }>(
  'SELECT count(*)::int AS n FROM idempotency_keys WHERE customer_id = ANY($1::text[])',
  [customers.map((c) => c.id)],
);
const connections = Number(values.connections);
const unanswered = loggedTotal - answered;
if (gainedTotal !== loggedTotal || keys.rows[0]!.n !== loggedTotal || unanswered < 0 || unanswered > connections) {
  lost++;
  console.error(
    `${answered} answered 200, ${gainedTotal} versions gained, ${loggedTotal} logged, ${keys.rows[0]!.n} keys stored`,
  );
}

const report = {
  engine: server.db.engine,
  seconds,
  customers: customerCount,
  connections: Number(values.connections),
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
  statuses: Object.fromEntries(statuses),
  saved: answered,
  appliedUnanswered: unanswered,
  conflicts: statuses.get(412) ?? 0,
  conflictShare: Number(((statuses.get(412) ?? 0) / Math.max(1, result.requests.total)).toFixed(3)),
  errors: result.errors,
  customersDisagreeing: lost,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
await server.close();
process.exit(lost || result.errors ? 1 : 0);
