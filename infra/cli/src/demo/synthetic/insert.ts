import pg from 'pg';
import {
  type SyntheticCase,
  SYNTHETIC_PARTNERS,
  SYNTHETIC_SERVICE_TYPES,
  syntheticId,
} from './generate';

type Column = [name: string, type: string];
type Value = string | number | boolean | null;

/**
 * Bulk insert as text arrays unnested and cast per column: one statement per 5,000 rows, the
 * fastest way through plain SQL without COPY (arrays of arrays cannot be unnested, so array and
 * JSON columns travel as their text form and are cast back).
 */
async function insertRows(
  client: pg.Client,
  table: string,
  columns: Column[],
  rows: Value[][],
): Promise<void> {
  const size = 5000;
  for (let at = 0; at < rows.length; at += size) {
    const chunk = rows.slice(at, at + size);
    const params = columns.map((_, c) =>
      chunk.map((row) => (row[c] === null ? null : String(row[c]))),
    );
    const names = columns.map(([name]) => `"${name}"`).join(', ');
    const casts = columns.map(([name, type]) => `"${name}"::${type}`).join(', ');
    const unnest = columns.map((_, c) => `$${c + 1}::text[]`).join(', ');
    await client.query(
      `insert into ${table} (${names}) select ${casts} from unnest(${unnest}) as t(${names})`,
      params,
    );
  }
}

const array = (values: readonly string[]) => `{${values.map((v) => `"${v}"`).join(',')}}`;
const iso = (date: Date) => date.toISOString();

/**
 * Writes synthetic cases straight into the subgraphs' tables as the administrator (the partners
 * and services they mention included), far faster than through the API: for tests and the
 * benchmark only, never for a real hub.
 */
export async function insertSyntheticCases(
  adminUrl: string,
  cases: readonly SyntheticCase[],
  seed = 1,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('begin');
    const now = new Date().toISOString();
    await insertRows(
      client,
      'partners.partner',
      [
        ['id', 'uuid'],
        ['code', 'text'],
        ['name', 'text'],
        ['agency_type', 'text'],
        ['municipality', 'text'],
        ['contacts', 'jsonb'],
        ['created_at', 'timestamptz'],
      ],
      SYNTHETIC_PARTNERS.map((p) => [
        syntheticId(seed, 'partner', p.code),
        `${p.code}-${seed}`,
        `Синтетички партнер ${p.code}`,
        p.agencyType,
        p.municipality,
        '{}',
        now,
      ]),
    );
    const serviceId = (type: string) => syntheticId(seed, 'service', type);
    await insertRows(
      client,
      'services.service',
      [
        ['id', 'uuid'],
        ['type', 'text'],
        ['name', 'text'],
        ['provider_code', 'text'],
        ['eligibility', 'jsonb'],
        ['regions', 'text[]'],
        ['languages', 'text[]'],
        ['required_categories', 'text[]'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ],
      SYNTHETIC_SERVICE_TYPES.map((type) => [
        serviceId(type),
        type,
        `Синтетичка услуга ${type}`,
        `syn-ngo-${seed}`,
        '{}',
        '{}',
        '{sr}',
        '{CORE}',
        now,
        now,
      ]),
    );
    const partner = (code: string | null) => (code ? `${code}-${seed}` : null);
    await insertRows(
      client,
      'cases."case"',
      [
        ['id', 'uuid'],
        ['code', 'text'],
        ['status', 'text'],
        ['opened_at', 'timestamptz'],
        ['person_sex', 'text'],
        ['person_date_of_birth', 'date'],
        ['person_citizenship', 'text'],
        ['person_municipality', 'text'],
        ['case_worker_name', 'text'],
        ['synthetic', 'boolean'],
        ['statistics_consent', 'boolean'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ],
      cases.map((c) => [
        c.id,
        `${c.code}-${seed}`,
        c.status,
        iso(c.openedAt),
        c.sex,
        c.dateOfBirth,
        c.citizenship,
        c.municipality,
        'Синтетички радник',
        true,
        c.statisticsConsent,
        iso(c.openedAt),
        iso(c.openedAt),
      ]),
    );
    await insertRows(
      client,
      'cases.report',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['channel', 'text'],
        ['reporting_partner_code', 'text'],
        ['received_at', 'timestamptz'],
        ['first_contact_due_at', 'timestamptz'],
        ['created_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.reports.map((r) => [
          r.id,
          c.id,
          r.channel,
          partner(r.partner),
          iso(r.receivedAt),
          iso(new Date(r.receivedAt.getTime() + 86_400_000)),
          iso(r.receivedAt),
        ]),
      ),
    );
    await insertRows(
      client,
      'cases.preliminary_identification',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['indicators', 'text[]'],
        ['result', 'text'],
        ['assessed_on', 'date'],
        ['partner', 'text'],
        ['recorded_by', 'text'],
        ['recorded_at', 'timestamptz'],
      ],
      cases
        .filter((c) => c.indicators)
        .map((c) => [
          syntheticId(seed, 'checklist', c.id),
          c.id,
          array(c.indicators!),
          c.indicators!.length ? 'INDICATORS_PRESENT' : 'UNCLEAR',
          c.openedAt.toISOString().slice(0, 10),
          'centre',
          'synthetic',
          iso(c.openedAt),
        ]),
    );
    await insertRows(
      client,
      'cases.identification',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['decision', 'text'],
        ['decided_on', 'date'],
        ['decided_by', 'text'],
        ['finding', 'text'],
        ['exploitation_types', 'text[]'],
        ['scope', 'text'],
        ['recruitment_method', 'text'],
        ['recruitment_recruiter_relation', 'text'],
        ['child', 'boolean'],
        ['recorded_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.decisions.map((d) => [
          d.id,
          c.id,
          d.decision,
          d.decidedOn,
          'synthetic',
          'Синтетички налаз.',
          array(d.exploitationTypes),
          d.scope,
          d.recruitmentMethod,
          d.recruiterRelation,
          d.child,
          `${d.decidedOn}T12:00:00Z`,
        ]),
      ),
    );
    const planned = cases.filter((c) => c.planItems.length > 0);
    const planId = (c: SyntheticCase) => syntheticId(seed, 'plan', c.id);
    await insertRows(
      client,
      'cases.protection_plan',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['version', 'int'],
        ['goals', 'text[]'],
        ['adopted_by', 'text'],
        ['created_at', 'timestamptz'],
      ],
      planned.map((c) => [
        planId(c),
        c.id,
        1,
        '{"Синтетички циљ"}',
        'synthetic',
        iso(c.planItems[0].createdAt),
      ]),
    );
    await insertRows(
      client,
      'cases.plan_item',
      [
        ['id', 'uuid'],
        ['plan_id', 'uuid'],
        ['case_id', 'uuid'],
        ['description', 'text'],
        ['service_type', 'text'],
        ['responsible_partner_code', 'text'],
        ['due_on', 'date'],
        ['status', 'text'],
        ['status_changed_at', 'timestamptz'],
        ['created_by', 'text'],
        ['created_at', 'timestamptz'],
      ],
      planned.flatMap((c) =>
        c.planItems.map((p) => [
          p.id,
          planId(c),
          c.id,
          'Синтетичка ставка',
          p.serviceType,
          `syn-ngo-${seed}`,
          iso(p.createdAt).slice(0, 10),
          p.status,
          iso(p.createdAt),
          'synthetic',
          iso(p.createdAt),
        ]),
      ),
    );
    await insertRows(
      client,
      'services.referral',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['service_id', 'uuid'],
        ['provider_code', 'text'],
        ['status', 'text'],
        ['notes', 'jsonb'],
        ['created_by', 'text'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.referrals.map((r) => [
          r.id,
          c.id,
          serviceId(r.serviceType),
          `syn-ngo-${seed}`,
          r.status,
          '[]',
          'synthetic',
          iso(r.createdAt),
          iso(r.createdAt),
        ]),
      ),
    );
    await insertRows(
      client,
      'cases.accommodation',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['provider_code', 'text'],
        ['kind', 'text'],
        ['phase', 'smallint'],
        ['from_on', 'date'],
        ['to_on', 'date'],
        ['created_by', 'text'],
        ['created_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.stays.map((s) => [
          s.id,
          c.id,
          s.kind === 'CENTRE_SHELTER' ? 'centre' : `syn-ngo-${seed}`,
          s.kind,
          s.phase,
          s.from,
          s.to,
          'synthetic',
          `${s.from}T12:00:00Z`,
        ]),
      ),
    );
    await insertRows(
      client,
      'cases.voluntary_return',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['destination_country', 'text'],
        ['partner_code', 'text'],
        ['status', 'text'],
        ['returned_on', 'date'],
        ['created_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.returns.map((r) => [
          r.id,
          c.id,
          c.citizenship,
          `syn-io-${seed}`,
          r.status,
          r.returnedOn,
          iso(r.createdAt),
        ]),
      ),
    );
    await insertRows(
      client,
      'cases.humanitarian_residence',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['status', 'text'],
        ['applied_on', 'date'],
        ['created_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.residence.map((r) => [r.id, c.id, r.status, r.appliedOn, `${r.appliedOn}T12:00:00Z`]),
      ),
    );
    await insertRows(
      client,
      'legal.proceeding',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['kind', 'text'],
        ['stage', 'text'],
        ['charges', 'text[]'],
        ['victim_role', 'text'],
        ['started_on', 'date'],
        ['created_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.proceedings.map((p) => [
          p.id,
          c.id,
          p.kind,
          p.stage,
          '{"КЗ 388"}',
          'INJURED_PARTY',
          p.startedOn,
          `${p.startedOn}T12:00:00Z`,
        ]),
      ),
    );
    await insertRows(
      client,
      'legal.hearing',
      [
        ['id', 'uuid'],
        ['proceeding_id', 'uuid'],
        ['case_id', 'uuid'],
        ['scheduled_at', 'timestamptz'],
        ['purpose', 'text'],
        ['support_needed', 'text[]'],
        ['protective_measures', 'text[]'],
        ['created_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.hearings.map((h) => [
          h.id,
          h.proceedingId,
          c.id,
          iso(h.scheduledAt),
          'Синтетичко рочиште',
          '{}',
          array(h.measures),
          iso(h.scheduledAt),
        ]),
      ),
    );
    await insertRows(
      client,
      'legal.compensation_claim',
      [
        ['id', 'uuid'],
        ['case_id', 'uuid'],
        ['forum', 'text'],
        ['status', 'text'],
        ['currency', 'text'],
        ['amount_claimed', 'bigint'],
        ['amount_paid', 'bigint'],
        ['filed_on', 'date'],
        ['recorded_by', 'text'],
        ['created_at', 'timestamptz'],
        ['updated_at', 'timestamptz'],
      ],
      cases.flatMap((c) =>
        c.claims.map((k) => [
          k.id,
          c.id,
          'CRIMINAL_PROCEEDING',
          k.status,
          'RSD',
          k.claimed,
          k.paid,
          k.filedOn,
          'synthetic',
          `${k.filedOn}T12:00:00Z`,
          `${k.filedOn}T12:00:00Z`,
        ]),
      ),
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}
