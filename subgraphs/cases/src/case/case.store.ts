import type { EntityManager } from '@hub/common';
import { z } from 'zod';

/** What cases need of the database besides their entities, as named queries. */
export const caseStore = {
  /** The next number of the case code sequence, in the transaction `em` belongs to. */
  async nextCodeNumber(em: EntityManager): Promise<string> {
    const rows = await em
      .getConnection()
      .execute<unknown[]>(
        `select nextval('cases.case_code_seq')::text as n`,
        [],
        'all',
        em.getTransactionContext(),
      );
    return z.object({ n: z.string().regex(/^\d+$/) }).parse(rows[0]).n;
  },
};
