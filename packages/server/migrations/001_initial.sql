-- Every table is keyed by customer first: it is the partition (and Citus distribution)
-- column, so one customer's rows live together and no query crosses customers.

-- One row per customer and domain. The version is the optimistic-concurrency token (the
-- ETag); the body is the document without its bookkeeping.
CREATE TABLE documents (
  customer_id text NOT NULL,
  domain text NOT NULL,
  version integer NOT NULL CHECK (version >= 0),
  updated_at timestamptz NOT NULL,
  body jsonb NOT NULL,
  PRIMARY KEY (customer_id, domain)
);

-- Append-only: who changed what, when, from where, and the document it produced. It
-- feeds the history, the consent records, the event stream (its id is the event id) and
-- audits. (customer_id, domain, version) is unique: a change can never be applied twice.
CREATE TABLE change_log (
  customer_id text NOT NULL,
  id bigserial NOT NULL,
  domain text NOT NULL,
  version integer NOT NULL,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  source text NOT NULL,
  address text,
  client_id text,
  operation text NOT NULL,
  patch jsonb,
  summary text,
  document jsonb NOT NULL,
  PRIMARY KEY (customer_id, id),
  UNIQUE (customer_id, domain, version)
);

CREATE FUNCTION change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'change_log is append-only';
END
$$;

CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
  FOR EACH ROW EXECUTE FUNCTION change_log_append_only();

-- The first answer to a change sent with an Idempotency-Key, replayed for a retry with the
-- same key and body until it expires.
CREATE TABLE idempotency_keys (
  customer_id text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer NOT NULL,
  body jsonb NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (customer_id, key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);

-- Channels a customer has made ready (a verified phone, a registered device).
CREATE TABLE verified_channels (
  customer_id text NOT NULL,
  channel_id text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (customer_id, channel_id)
);
