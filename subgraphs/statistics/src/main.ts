import { loadConfigOrExit, runSubgraphMain } from '@hub/common';
import { createStatisticsSubgraph } from './schema';
import { statisticsConfigSchema } from './settings';

const config = loadConfigOrExit(statisticsConfigSchema, process.env);
void runSubgraphMain(
  createStatisticsSubgraph({
    minCell: config.STATISTICS_MIN_CELL,
    dominance: { n: config.STATISTICS_DOMINANCE_N, k: config.STATISTICS_DOMINANCE_K },
  }),
  process.env,
);
