import { runSubgraphMain } from '@hub/common';
import { servicesSubgraph } from './schema';

void runSubgraphMain(servicesSubgraph, process.env);
