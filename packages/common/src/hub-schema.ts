/**
 * The shared `hub` schema, owned by the administrator and changed only by the bootstrap: consent
 * grants, break-glass sessions, sealed cases and the access log. Subgraph roles get exactly the
 * privileges below — every role reads consent, only the cases role records it, and the access log
 * takes inserts only.
 */
export const HUB_MIGRATIONS: { name: string; sql: string }[] = [
  {
    name: '001_consent_and_access_log',
    sql: `
      create table hub.consent_grant (
        id uuid primary key,
        case_id uuid not null,
        grantee_code text not null,
        categories text[] not null check (cardinality(categories) > 0),
        purpose text not null,
        legal_basis text not null,
        legal_provision text,
        given_by text not null,
        authority text,
        valid_from timestamptz not null,
        valid_until timestamptz,
        evidence text not null,
        recorded_by text not null,
        recorded_at timestamptz not null,
        revoked_at timestamptz,
        revoked_by text,
        revocation_reason text,
        check (valid_until is null or valid_until > valid_from),
        check ((revoked_at is null) = (revoked_by is null) and (revoked_at is null) = (revocation_reason is null))
      );
      create index consent_grant_grantee_case on hub.consent_grant (grantee_code, case_id);
      create index consent_grant_case on hub.consent_grant (case_id);

      -- A grant is a record of what was agreed: only its revocation may be added, once.
      create function hub.consent_grant_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'consent grants are kept: revoke instead of deleting' using errcode = 'P0001';
        end if;
        if old.revoked_at is not null then
          raise exception 'a revoked grant cannot change' using errcode = 'P0001';
        end if;
        if (new.id, new.case_id, new.grantee_code, new.categories, new.purpose, new.legal_basis,
            new.legal_provision, new.given_by, new.authority, new.valid_from, new.valid_until,
            new.evidence, new.recorded_by, new.recorded_at)
           is distinct from
           (old.id, old.case_id, old.grantee_code, old.categories, old.purpose, old.legal_basis,
            old.legal_provision, old.given_by, old.authority, old.valid_from, old.valid_until,
            old.evidence, old.recorded_by, old.recorded_at) then
          raise exception 'a grant changes only by revocation and a new grant' using errcode = 'P0001';
        end if;
        return new;
      end $$;
      create trigger consent_grant_guard before update or delete on hub.consent_grant
        for each row execute function hub.consent_grant_guard();

      create table hub.case_seal (
        case_id uuid primary key,
        sealed_at timestamptz not null,
        sealed_by text not null
      );

      create table hub.break_glass (
        id uuid primary key,
        case_id uuid not null,
        supervisor text not null,
        justification text not null check (length(justification) >= 20),
        started_at timestamptz not null,
        expires_at timestamptz not null check (expires_at > started_at),
        reviewed_by text,
        reviewed_at timestamptz,
        review_note text,
        check (reviewed_by is null or reviewed_by <> supervisor)
      );
      create index break_glass_supervisor_case on hub.break_glass (supervisor, case_id);

      create table hub.access_log (
        id bigserial primary key,
        at timestamptz not null,
        request_id text not null,
        subgraph text not null,
        operation text,
        actor text not null,
        partner text not null,
        case_id uuid not null,
        decision text not null check (decision in ('ALLOWED', 'DENIED')),
        categories text[] not null,
        basis text not null,
        break_glass boolean not null,
        -- Everyone a shared live-update read went to (besides actor), when it was shared.
        audience text[] not null default '{}',
        prev_hash text not null,
        hash text not null unique
      );
      create index access_log_case on hub.access_log (case_id, id);

      -- Append-only, whatever the caller's privileges: a change is refused by the database itself.
      create function hub.access_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the access log is append-only' using errcode = 'P0001';
      end $$;
      create trigger access_log_no_update before update or delete on hub.access_log
        for each row execute function hub.access_log_append_only();
      create trigger access_log_no_truncate before truncate on hub.access_log
        for each statement execute function hub.access_log_append_only();
    `,
  },
  {
    name: '002_access_log_append_function',
    sql: `
      -- The canonical content a row's hash covers; audit verify re-computes it independently.
      create function hub.access_log_content(
        at timestamptz, request_id text, subgraph text, operation text, actor text, partner text,
        case_id uuid, decision text, categories text[], basis text, break_glass boolean,
        audience text[]
      ) returns text language sql immutable as $$
        select concat_ws(chr(31),
          to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), request_id, subgraph,
          coalesce(operation, ''), actor, partner, case_id::text, decision,
          array_to_string(categories, ','), basis, break_glass::text, array_to_string(audience, ','))
      $$;

      -- Appends rows after the chain's last one, one writer at a time, in a single statement.
      create function hub.append_access_log(entries jsonb) returns void language plpgsql as $$
      declare
        prev text;
        entry jsonb;
        row_hash text;
        row_categories text[];
        row_audience text[];
      begin
        perform pg_advisory_xact_lock(hashtext('hub.access_log'));
        select hash into prev from hub.access_log order by id desc limit 1;
        prev := coalesce(prev, repeat('0', 64));
        for entry in select value from jsonb_array_elements(entries) loop
          row_categories := array(select jsonb_array_elements_text(entry->'categories'));
          row_audience := array(select jsonb_array_elements_text(entry->'audience'));
          row_hash := encode(sha256(convert_to(prev || chr(10) || hub.access_log_content(
            (entry->>'at')::timestamptz, entry->>'request_id', entry->>'subgraph', entry->>'operation',
            entry->>'actor', entry->>'partner', (entry->>'case_id')::uuid, entry->>'decision',
            row_categories, entry->>'basis', (entry->>'break_glass')::boolean, row_audience), 'UTF8')), 'hex');
          insert into hub.access_log
            (at, request_id, subgraph, operation, actor, partner, case_id, decision, categories, basis,
             break_glass, audience, prev_hash, hash)
          values ((entry->>'at')::timestamptz, entry->>'request_id', entry->>'subgraph', entry->>'operation',
            entry->>'actor', entry->>'partner', (entry->>'case_id')::uuid, entry->>'decision', row_categories,
            entry->>'basis', (entry->>'break_glass')::boolean, row_audience, prev, row_hash);
          prev := row_hash;
        end loop;
      end $$;
    `,
  },
  {
    name: '003_event_outbox',
    sql: `
      -- The transactional outbox: every mutation writes its domain event here in its own
      -- transaction. Events carry ids, never data; NOTIFY sends only the id, and only on commit.
      create table hub.event (
        id bigserial primary key,
        at timestamptz not null default now(),
        type text not null,
        subgraph text not null,
        actor text not null,
        partner text not null,
        case_id uuid,
        entity_type text not null,
        entity_id uuid not null,
        parent_id uuid,
        concerns text
      );
      create index event_parent on hub.event (parent_id, id);
      create index event_case on hub.event (case_id, id);
      create index event_concerns on hub.event (concerns, id);

      -- Events are kept for a configured time; the highest id purged tells a subscriber resuming
      -- from before it that it missed events it can no longer get (CURSOR_EXPIRED).
      create table hub.event_retention (
        only_row boolean primary key default true check (only_row),
        purged_through bigint not null default 0
      );
      insert into hub.event_retention default values;

      create function hub.event_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('hub_event', new.id::text);
        return null;
      end $$;
      create trigger event_notify after insert on hub.event
        for each row execute function hub.event_notify();
    `,
  },
  {
    name: '004_case_history',
    sql: `
      -- A case's history outlives the live-update log: every event about a case is copied, in
      -- the same transaction, into this append-only table, which retention never touches. The
      -- case timeline reads it.
      create table hub.case_history (
        event_id bigint primary key,
        case_id uuid not null,
        at timestamptz not null,
        type text not null,
        subgraph text not null,
        partner text not null,
        entity_type text not null,
        entity_id uuid not null
      );
      create index case_history_case on hub.case_history (case_id, event_id);
      insert into hub.case_history
        select id, case_id, at, type, subgraph, partner, entity_type, entity_id
          from hub.event where case_id is not null;

      create function hub.event_to_history() returns trigger language plpgsql as $$
      begin
        if new.case_id is not null then
          insert into hub.case_history
            values (new.id, new.case_id, new.at, new.type, new.subgraph, new.partner,
                    new.entity_type, new.entity_id);
        end if;
        return null;
      end $$;
      create trigger event_to_history after insert on hub.event
        for each row execute function hub.event_to_history();

      create function hub.case_history_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'case history is append-only' using errcode = 'P0001';
      end $$;
      create trigger case_history_no_change before update or delete on hub.case_history
        for each row execute function hub.case_history_append_only();
    `,
  },
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

/** Privileges on the hub schema, re-applied by every bootstrap (roles may be new). */
export function hubGrants(roles: {
  cases: string;
  others: string[];
  statistics: string;
  /** The owners of the directories a reference is checked against. */
  partners: string;
  services: string;
}): string[] {
  const all = [roles.cases, ...roles.others].map((role) => `"${role}"`).join(', ');
  // The statistics role reads no case data here: it only appends to the access log (each export
  // is recorded there). Its facts come from the views the owning subgraphs grant it.
  const statistics = `"${roles.statistics}"`;
  return [
    // append_access_log reads the chain's last hash (by id): those two columns, nothing else.
    `grant select (id, hash), insert on hub.access_log to ${statistics}`,
    `grant usage on sequence hub.access_log_id_seq to ${statistics}`,
    `grant execute on function hub.append_access_log(jsonb) to ${statistics}`,
    `grant select on hub.consent_grant, hub.case_seal, hub.break_glass to ${all}`,
    `grant insert, update on hub.consent_grant, hub.case_seal, hub.break_glass to "${roles.cases}"`,
    `grant select, insert on hub.access_log, hub.event, hub.case_history to ${all}`,
    `grant usage on sequence hub.event_id_seq to ${all}`,
    `grant select, insert, update, delete on hub.idempotency_key to ${all}`,
    `grant select, insert, delete on hub.token_use to ${all}, ${statistics}`,
    `grant usage on sequence hub.access_log_id_seq to ${all}`,
    `grant execute on function hub.append_access_log(jsonb), hub.access_log_content(timestamptz, text, text, text, text, text, uuid, text, text[], text, boolean, text[]) to ${all}`,
    `revoke update, delete, truncate on hub.access_log, hub.case_history from ${all}`,
    `grant select on hub.partner_directory, hub.service_directory to ${all}`,
    `grant insert, update, delete on hub.partner_directory to "${roles.partners}"`,
    `grant insert, update, delete on hub.service_directory to "${roles.services}"`,
  ];
}
