import { z } from 'zod';
import type { Dominance } from './figures/dominance';

/**
 * The statistics subgraph's own settings, parsed with zod in its main: the small-cell threshold
 * (never below 11) and the sums' (n, k) dominance rule (a sum whose n largest contributing cases
 * give more than k % of it is withheld; n 1–5, k 50–95, so the rule cannot be switched off).
 */
export const statisticsConfigSchema = z.object({
  STATISTICS_MIN_CELL: z.coerce.number().int().min(11).default(11),
  STATISTICS_DOMINANCE_N: z.coerce.number().int().min(1).max(5).default(2),
  STATISTICS_DOMINANCE_K: z.coerce.number().min(50).max(95).default(85),
});

/** The dominance rule unless configured: two cases giving more than 85 % of a sum. */
export const DEFAULT_DOMINANCE: Dominance = { n: 2, k: 85 };

/** Process-wide settings the resolvers read; set once by the subgraph's factory. */
export const settings: { minCell: number; dominance: Dominance } = {
  minCell: 11,
  dominance: DEFAULT_DOMINANCE,
};
