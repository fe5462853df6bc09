import { AdapterError, type ChangeRecord, type DomainDocuments, type PrefsDomain } from '@prefcenter/core';
import { HISTORY_LIMIT } from '@prefcenter/adapter-local/backend-rules';
import type { Database, Sql } from './db.js';
import { initialDocument, settle, type Catalogs, type Operation, type ServerSeed } from './domains.js';

/** Who made a change and from where: the change log's columns. */
export interface Actor {
  customerId: string;
  /** Who acted: the customer, or an agent on their behalf. */
  actor: string;
  /** From where, in the customer's words: "web". */
  source: string;
  /** The network address the request came from, for audits. */
  address?: string;
  /** The adapter instance, so its own change is not echoed back to it. */
  clientId?: string;
}

export interface Idempotency {
  key: string;
  /** A hash of the method, path and body: the same key with another body is refused. */
  requestHash: string;
}

export interface ChangeRequest<D extends PrefsDomain> {
  domain: D;
  /** The version the change was made on (`If-Match`). */
  expectedVersion: number;
  operation: Operation;
  /** What the change wants the document to become; throws an AdapterError to refuse. */
  apply: (current: DomainDocuments[D], catalogs: Catalogs) => unknown;
  /** The patch or input, for the log. */
  input: unknown;
  idempotency?: Idempotency;
}

export interface ChangeEvent {
  id: string;
  customerId: string;
  domain: PrefsDomain;
  document: unknown;
  clientId: string | null;
}

/** How long a stored answer is replayed for a retry. */
const IDEMPOTENCY_TTL_HOURS = 24;

interface DocumentRow {
  version: number;
  updated_at: Date | string;
  body: Record<string, unknown>;
}

function compose<D extends PrefsDomain>(row: DocumentRow): DomainDocuments[D] {
  const updatedAt = new Date(row.updated_at).toISOString();
  return { ...row.body, version: row.version, updatedAt } as unknown as DomainDocuments[D];
}

/**
 * Customers' documents, the change log and the idempotency keys in PostgreSQL. Every
 * statement names the customer, so no code path can read or write another's rows.
 */
export class Store {
  constructor(
    private readonly db: Database,
    private readonly seed: ServerSeed,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A customer's document, created from the seed on first use. */
  async read<D extends PrefsDomain>(customerId: string, domain: D, sql: Sql = this.db): Promise<DomainDocuments[D]> {
    const found = await sql.query<DocumentRow>(
      'SELECT version, updated_at, body FROM documents WHERE customer_id = $1 AND domain = $2',
      [customerId, domain],
    );
    if (found.rows[0]) return compose(found.rows[0]);
    const initial = initialDocument(this.seed, domain) as unknown as Record<string, unknown>;
    const { version, updatedAt, ...body } = initial;
    await sql.query(
      `INSERT INTO documents (customer_id, domain, version, updated_at, body) VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (customer_id, domain) DO NOTHING`,
      [customerId, domain, version, updatedAt, JSON.stringify(body)],
    );
    const created = await sql.query<DocumentRow>(
      'SELECT version, updated_at, body FROM documents WHERE customer_id = $1 AND domain = $2',
      [customerId, domain],
    );
    return compose(created.rows[0]!);
  }

  /** The notification catalog marks the channels this customer has made ready. */
  async catalogs(customerId: string, sql: Sql = this.db): Promise<Catalogs> {
    const ready = await sql.query<{ channel_id: string }>(
      'SELECT channel_id FROM verified_channels WHERE customer_id = $1',
      [customerId],
    );
    const verified = new Set(ready.rows.map((row) => row.channel_id));
    const catalogs = structuredClone({
      notifications: this.seed.notifications.catalog,
      theme: this.seed.theme.catalog,
      privacy: this.seed.privacy.catalog,
    });
    for (const channel of catalogs.notifications.channels) if (verified.has(channel.id)) channel.ready = true;
    return catalogs;
  }

  async verifyChannel(customerId: string, channelId: string): Promise<void> {
    const channel = this.seed.notifications.catalog.channels.find((c) => c.id === channelId);
    if (!channel) throw new AdapterError('not-found', `There is no notification channel "${channelId}".`);
    if (channel.ready) return;
    await this.db.query(
      `INSERT INTO verified_channels (customer_id, channel_id, at) VALUES ($1, $2, $3)
       ON CONFLICT (customer_id, channel_id) DO NOTHING`,
      [customerId, channelId, this.now().toISOString()],
    );
  }

  /**
   * Applies a change in one transaction: the version check and the write are one
   * statement (`UPDATE … WHERE version = $expected`), so of two racing changes made on
   * the same version exactly one lands; the log entry and the idempotency record commit
   * with it or not at all. Returns the new document, or the first answer for a replay.
   */
  async change<D extends PrefsDomain>(
    who: Actor,
    request: ChangeRequest<D>,
  ): Promise<{ document: DomainDocuments[D]; replayed: boolean; event?: ChangeEvent }> {
    const { customerId } = who;
    const { domain, idempotency } = request;
    try {
      return await this.db.transaction(async (tx) => {
        if (idempotency) {
          const replay = await this.replay<D>(tx, customerId, idempotency);
          if (replay) return { document: replay, replayed: true };
        }
        const current = await this.read(customerId, domain, tx);
        if (current.version !== request.expectedVersion) throw stale(domain, current.version, request.expectedVersion);
        const catalogs = await this.catalogs(customerId, tx);
        const at = this.now().toISOString();
        const candidate = request.apply(current, catalogs);
        const { document, summary } = settle(
          domain,
          current,
          candidate,
          catalogs,
          request.operation,
          at,
          who.source,
          request.input,
        );
        const updated = await tx.query<{ version: number }>(
          `UPDATE documents SET version = version + 1, updated_at = $1, body = $2::jsonb
           WHERE customer_id = $3 AND domain = $4 AND version = $5 RETURNING version`,
          [at, JSON.stringify(document), customerId, domain, request.expectedVersion],
        );
        if (!updated.rows[0]) throw stale(domain, undefined, request.expectedVersion);
        const saved = { ...document, version: updated.rows[0].version, updatedAt: at } as DomainDocuments[D];
        const logged = await tx.query<{ id: string }>(
          `INSERT INTO change_log (customer_id, domain, version, at, actor, source, address, client_id, operation, patch, summary, document)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12::jsonb) RETURNING id::text AS id`,
          [
            customerId,
            domain,
            saved.version,
            at,
            who.actor,
            who.source,
            who.address ?? null,
            who.clientId ?? null,
            request.operation,
            JSON.stringify(request.input ?? null),
            summary ?? null,
            JSON.stringify(saved),
          ],
        );
        if (idempotency) {
          await tx.query(
            `INSERT INTO idempotency_keys (customer_id, key, request_hash, status, body, expires_at)
             VALUES ($1, $2, $3, 200, $4::jsonb, $5::timestamptz + make_interval(hours => $6))
             ON CONFLICT (customer_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash,
               status = EXCLUDED.status, body = EXCLUDED.body, expires_at = EXCLUDED.expires_at
             WHERE idempotency_keys.expires_at < $5::timestamptz`,
            [customerId, idempotency.key, idempotency.requestHash, JSON.stringify(saved), at, IDEMPOTENCY_TTL_HOURS],
          );
        }
        const event: ChangeEvent = {
          id: logged.rows[0]!.id,
          customerId,
          domain,
          document: saved,
          clientId: who.clientId ?? null,
        };
        return { document: saved, replayed: false, event };
      });
    } catch (error) {
      // Two retries of one change can race: the loser sees the winner's version. Its answer is the winner's.
      if (idempotency && error instanceof AdapterError && error.kind === 'conflict') {
        const replay = await this.replay<D>(this.db, customerId, idempotency);
        if (replay) return { document: replay, replayed: true };
      }
      throw error;
    }
  }

  private async replay<D extends PrefsDomain>(
    sql: Sql,
    customerId: string,
    idempotency: Idempotency,
  ): Promise<DomainDocuments[D] | undefined> {
    const found = await sql.query<{ request_hash: string; body: DomainDocuments[D] }>(
      'SELECT request_hash, body FROM idempotency_keys WHERE customer_id = $1 AND key = $2 AND expires_at > $3',
      [customerId, idempotency.key, this.now().toISOString()],
    );
    const row = found.rows[0];
    if (!row) return undefined;
    if (row.request_hash !== idempotency.requestHash) {
      throw new AdapterError(
        'validation',
        'This Idempotency-Key was already used for another request; send a new key for a new change.',
        { path: [], fields: { 'Idempotency-Key': 'was used for a different request' } },
      );
    }
    return row.body;
  }

  /** Forgets idempotency records past their expiry. */
  async expireIdempotencyKeys(): Promise<number> {
    const result = await this.db.query('DELETE FROM idempotency_keys WHERE expires_at < $1', [
      this.now().toISOString(),
    ]);
    return result.rowCount;
  }

  // Every ORDER BY names `change_log.id`: a bare `id` would be the output column
  // `id::text`, sorted as text ('1000' before '999').

  /** The notification history from the change log, newest first. */
  async history(customerId: string): Promise<ChangeRecord[]> {
    const rows = await this.db.query<{
      id: string;
      at: Date | string;
      summary: string;
      source: string;
      patch: unknown;
    }>(
      `SELECT id::text AS id, at, summary, source, patch FROM change_log
       WHERE customer_id = $1 AND domain = 'notifications' AND summary IS NOT NULL
       ORDER BY change_log.id DESC LIMIT $2`,
      [customerId, HISTORY_LIMIT],
    );
    return rows.rows.map((row) => ({
      id: `chg_${row.id}`,
      at: new Date(row.at).toISOString(),
      summary: row.summary,
      source: row.source,
      ...(row.patch !== null && { patch: row.patch }),
    }));
  }

  /**
   * Changes after the event `afterId`, oldest first, for an event stream that reconnects;
   * past `limit` of them, the newest change of each domain.
   */
  async changesSince(customerId: string, afterId: string, limit = 500): Promise<ChangeEvent[]> {
    type Row = { id: string; domain: PrefsDomain; document: unknown; client_id: string | null };
    const every = await this.db.query<Row>(
      `SELECT id::text AS id, domain, document, client_id FROM change_log
       WHERE customer_id = $1 AND id > $2::bigint ORDER BY change_log.id LIMIT $3`,
      [customerId, afterId, limit + 1],
    );
    // Further behind than `limit`: each event carries the whole document, so the newest of
    // each domain brings the client up to date (never a first `limit` and then a silent gap).
    const rows =
      every.rows.length <= limit
        ? every.rows
        : (
            await this.db.query<Row>(
              `SELECT * FROM (
                 SELECT DISTINCT ON (domain) id::text AS id, domain, document, client_id FROM change_log
                 WHERE customer_id = $1 AND id > $2::bigint ORDER BY domain, change_log.id DESC
               ) newest ORDER BY id::bigint`,
              [customerId, afterId],
            )
          ).rows;
    return rows.map((row) => ({
      id: row.id,
      customerId,
      domain: row.domain,
      document: row.document,
      clientId: row.client_id,
    }));
  }

  /** The newest event id, where a fresh stream starts. */
  async lastEventId(customerId: string): Promise<string> {
    const rows = await this.db.query<{ id: string | null }>(
      'SELECT max(id)::text AS id FROM change_log WHERE customer_id = $1',
      [customerId],
    );
    return rows.rows[0]?.id ?? '0';
  }
}

function stale(domain: PrefsDomain, stored: number | undefined, sent: number): AdapterError {
  const now = stored === undefined ? '' : ` version ${stored} is stored,`;
  return new AdapterError(
    'conflict',
    `The ${domain} document changed elsewhere:${now} this change was made on version ${sent}.`,
  );
}
