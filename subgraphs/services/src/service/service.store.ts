import type { EntityManager } from '@hub/common';
import { z } from 'zod';

/** Counts the catalogue needs beside its entities, as named queries with parsed rows. */

const occupiedRow = z.object({ service_id: z.string(), occupied: z.coerce.number().int() });

export const serviceStore = {
  /**
   * The places taken in each service (one statement): the larger of its referrals in one of
   * `occupying` statuses and, for a SHELTER service, the people placed with its provider now (the
   * cases subgraph's count-only `provider_occupancy` view). Services not found count 0.
   */
  async placesTaken(
    em: EntityManager,
    serviceIds: readonly string[],
    occupying: readonly string[],
  ): Promise<Map<string, number>> {
    const rows = await em.getConnection().execute<unknown[]>(
      `select s.id as service_id,
              greatest(
                (select count(*)::int from services.referral r
                  where r.service_id = s.id
                    and r.status in (${occupying.map(() => '?').join(', ')})),
                case when s.type = 'SHELTER' then coalesce(
                  (select o.occupied from cases.provider_occupancy o
                    where o.provider_code = s.provider_code), 0) else 0 end
              ) as occupied
         from services.service s
        where s.id in (${serviceIds.map(() => '?').join(', ')})`,
      [...occupying, ...serviceIds],
    );
    return new Map(
      z
        .array(occupiedRow)
        .parse(rows)
        .map((row) => [row.service_id, row.occupied]),
    );
  },
};
