import type { SubgraphDefinition } from '@hub/common';
import { exportRoutes } from './export/export.http';
import { FiguresResolver, StatisticsResolver } from './figures/figures.resolver';
import { StatisticsSumsResolver, SumsResolver } from './figures/sums.resolver';
import { migrations } from './migrations';
import { DEFAULT_DOMINANCE, settings } from './settings';
import type { Dominance } from './figures/dominance';

/**
 * The statistics subgraph: the annual report's figures (`statistics`) and the anonymised
 * HTCDS/CTDC export (GET /statistics/export.csv through the gateway). It owns no tables: it
 * reads the views that the cases, services, legal and partners subgraphs grant its role, each
 * exposing only what statistics need and, for cases, only cases with statistics consent.
 */
export function createStatisticsSubgraph(
  options: { minCell?: number; dominance?: Dominance } = {},
): SubgraphDefinition {
  settings.minCell = Math.max(11, options.minCell ?? 11);
  settings.dominance = options.dominance ?? DEFAULT_DOMINANCE;
  return {
    name: 'statistics',
    // No mutation of its own takes an idempotency key (nor may its role touch them).
    idempotencyKeys: false,
    resolvers: [StatisticsResolver, FiguresResolver, StatisticsSumsResolver, SumsResolver],
    entities: [],
    migrations,
    http: { path: '/statistics', routes: exportRoutes },
  };
}

export const statisticsSubgraph = createStatisticsSubgraph();
