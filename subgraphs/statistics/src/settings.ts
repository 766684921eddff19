import { z } from 'zod';

/** The statistics subgraph's own setting, parsed with zod in its main (never below 11). */
export const statisticsConfigSchema = z.object({
  STATISTICS_MIN_CELL: z.coerce.number().int().min(11).default(11),
});

/** Process-wide settings the resolvers read; set once by the subgraph's factory. */
export const settings = { minCell: 11 };
