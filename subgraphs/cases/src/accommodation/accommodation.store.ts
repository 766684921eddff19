import type { EntityManager } from '@hub/common';
import { z } from 'zod';
import { AccommodationKind } from './accommodation.types';

/** Counts over stays (`cases.accommodation`) as named queries with parsed rows: no case data. */

const occupancyRow = z
  .object({
    provider_code: z.string(),
    kind: z.enum(AccommodationKind),
    phase: z.number().int().nullable(),
    occupied: z.number().int(),
  })
  .transform((row) => ({
    providerCode: row.provider_code,
    kind: row.kind,
    phase: row.phase,
    occupied: row.occupied,
  }));

/** How many people stay now with one provider, of one kind and Shelter phase. */
export type OccupancyCount = z.output<typeof occupancyRow>;

export const accommodationStore = {
  /** Current stays of open cases counted per provider, kind and phase (one provider, if given). */
  async occupancy(em: EntityManager, provider: string | null): Promise<OccupancyCount[]> {
    const rows = await em.getConnection().execute<unknown[]>(
      `select provider_code, kind, phase, count(*)::int as occupied
         from cases.accommodation
        where to_on is null ${provider ? 'and provider_code = ?' : ''}
          and case_id not in (select id from cases."case" where status = 'CLOSED')
        group by provider_code, kind, phase
        order by provider_code, kind, phase nulls first`,
      provider ? [provider] : [],
    );
    return z.array(occupancyRow).parse(rows);
  },
};
