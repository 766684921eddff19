export { createStatisticsSubgraph, statisticsSubgraph } from './schema';
export { statisticsConfigSchema } from './settings';
export { Lattice, Tree, periodTree, TOTAL, type Fact } from './figures/lattice';
export { areaTree, areaChain, REGIONS } from './figures/areas';
export { buildLattice, MIN_CELL } from './figures/figures.service';
export { POPULATIONS } from './figures/populations';
export { ageLeaf, ageBand, CODES } from './figures/vocabulary';
export { anonymise, QUASI_IDENTIFIERS } from './export/k-anonymity';
