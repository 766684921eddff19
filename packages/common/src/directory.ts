import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, HubError } from './errors';
import { UUID } from './vocabulary';

/** A reference written by a mutation: the input field that holds it and its value. */
export interface Reference {
  field: string;
  value: string | null | undefined;
}

/**
 * Refuses a write that names a partner the directory does not hold, or one that no longer takes
 * part, with UNKNOWN_REFERENCE and the field named (`extensions.field`). Checked against
 * `hub.partner_directory`, which the partners subgraph publishes in the same transaction as each
 * change of a partner: no subgraph reads another's tables, and no call across subgraphs is made
 * in the middle of a write. One statement for all the references of a write; empty ones are
 * skipped (optional fields left out).
 */
export async function requirePartners(em: EntityManager, references: Reference[]): Promise<void> {
  const given = references.filter((ref): ref is Reference & { value: string } => !!ref.value);
  if (!given.length) {
    return;
  }
  const codes = [...new Set(given.map((ref) => ref.value))];
  const rows = await em
    .getConnection()
    .execute<{ code: string; active: boolean }[]>(
      `select code, active from hub.partner_directory where code in (${codes.map(() => '?').join(', ')})`,
      codes,
      'all',
      em.getTransactionContext(),
    );
  const active = new Map(rows.map((row) => [row.code, row.active]));
  for (const ref of given) {
    if (!active.has(ref.value)) {
      throw unknown(ref, 'Partner', `no partner in the directory has the code "${ref.value}"`);
    }
    if (!active.get(ref.value)) {
      throw unknown(ref, 'Partner', `the partner "${ref.value}" no longer takes part`);
    }
  }
}

/**
 * The same for catalogue services, by id (`hub.service_directory`, published by the services
 * subgraph): refused when unknown or no longer offered. One statement for all of a write's.
 */
export async function requireServices(em: EntityManager, references: Reference[]): Promise<void> {
  const given = references.filter((ref): ref is Reference & { value: string } => !!ref.value);
  const ids = [...new Set(given.map((ref) => ref.value).filter((id) => UUID.test(id)))];
  const rows = ids.length
    ? await em
        .getConnection()
        .execute<{ id: string; active: boolean }[]>(
          `select id::text, active from hub.service_directory where id in (${ids.map(() => '?').join(', ')})`,
          ids,
          'all',
          em.getTransactionContext(),
        )
    : [];
  const active = new Map(rows.map((row) => [row.id, row.active]));
  for (const ref of given) {
    const known = active.get(ref.value.toLowerCase());
    if (known === undefined) {
      throw unknown(ref, 'Service', 'no service in the catalogue has this id');
    }
    if (!known) {
      throw unknown(ref, 'Service', 'the service is no longer offered');
    }
  }
}

const unknown = (ref: Reference, entity: 'Partner' | 'Service', why: string) =>
  new HubError(ErrorCode.UNKNOWN_REFERENCE, `${ref.field}: ${why}.`, { field: ref.field, entity });
