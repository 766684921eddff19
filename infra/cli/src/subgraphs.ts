import { casesSubgraph } from '@hub/cases';
import { type SubgraphName } from '@hub/common/bootstrap';
import { DEFAULT_PORTS } from '@hub/common/process';
import { type SubgraphDefinition } from '@hub/common/schema';
import { legalSubgraph } from '@hub/legal';
import { partnersSubgraph } from '@hub/partners';
import { servicesSubgraph } from '@hub/services';
import { statisticsSubgraph } from '@hub/statistics';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** Every subgraph's definition, by name. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition> = {
  cases: casesSubgraph,
  partners: partnersSubgraph,
  services: servicesSubgraph,
  legal: legalSubgraph,
  statistics: statisticsSubgraph,
};

/** The built entry point a subgraph process runs, the same one production runs. */
export const subgraphEntry = (name: SubgraphName) =>
  path.join(REPO_ROOT, 'subgraphs', name, 'dist', 'main.js');
export const gatewayEntry = () => path.join(REPO_ROOT, 'gateway', 'dist', 'main.js');

export const defaultSubgraphUrl = (name: SubgraphName) =>
  `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;
