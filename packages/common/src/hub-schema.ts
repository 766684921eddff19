import { HUB_OPERATION_MIGRATIONS } from './hub-schema-operations';

/**
 * The shared `hub` schema, owned by the administrator and changed only by the bootstrap: consent
 * grants, break-glass sessions, sealed cases and the access log. Subgraph roles get exactly the
 * privileges in hub-grants.ts — every role reads consent, only the cases role records it, and the access log
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
  // What the hub runs on beside case data: idempotency keys, rate limits, directories, tokens.
  ...HUB_OPERATION_MIGRATIONS,
];
