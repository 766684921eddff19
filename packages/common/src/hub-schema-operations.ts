/**
 * The hub schema's operational tables, after its case-data ones (hub-schema.ts), in the order they
 * were added: idempotency keys, the gateway's rate limits, the reference directories, one-time
 * internal token ids, the idempotency keys' expiry index.
 */
export const HUB_OPERATION_MIGRATIONS: { name: string; sql: string }[] = [
  {
    name: '005_idempotency_key',
    sql: `
      -- Client-supplied idempotency keys of creating mutations, per caller: claimed first in the
      -- mutation's own transaction (a second send with the same key waits on the primary key,
      -- then finds it), settled with the id of what was made. A rolled-back change leaves none.
      create table hub.idempotency_key (
        partner text not null,
        actor text not null,
        key text not null,
        subgraph text not null,
        operation text not null,
        input_hash text not null,
        result_id uuid,
        created_at timestamptz not null default now(),
        primary key (partner, actor, key)
      );
    `,
  },
  {
    // The gateway's rate limits and cost budgets, shared by every replica (rate-limiter-flexible's
    // RateLimiterPostgres layout). Keys are hashes; unlogged, because a lost count after a crash
    // only forgives a window.
    name: '006_gateway_rate_limit',
    sql: `
      create unlogged table hub.rate_limit (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      );
    `,
  },
  {
    // What a reference may name: the directory's partner codes and the catalogue's service ids,
    // each published by its owner alone (a trigger on its own table, in the same transaction as
    // the change), read by every subgraph to check a reference when it is written. Keys and the
    // active flag only; no subgraph reads another's tables.
    name: '007_reference_directory',
    sql: `
      create table hub.partner_directory (
        code text primary key,
        active boolean not null
      );
      create table hub.service_directory (
        id uuid primary key,
        provider_code text not null,
        active boolean not null
      );
    `,
  },
  {
    // The one-time ids (jti) of internal tokens a subgraph has accepted, shared by every replica
    // of it, each kept until its token expires. Unlogged: after a crash the tokens of the minute
    // before are expired or bound to operations already run.
    name: '008_internal_token_use',
    sql: `
      create unlogged table if not exists hub.token_use (
        audience text not null,
        jti text not null,
        expires_at timestamptz not null,
        primary key (audience, jti)
      );
      create index if not exists token_use_expires on hub.token_use (expires_at);
    `,
  },
  {
    // Each subgraph sweeps its own expired idempotency keys (idempotency-sweep.ts).
    name: '009_idempotency_key_expiry',
    sql: `
      create index if not exists idempotency_key_expiry on hub.idempotency_key (subgraph, created_at);
    `,
  },
];
