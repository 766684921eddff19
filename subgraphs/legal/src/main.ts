import { runSubgraphMain } from '@hub/common';
import { legalSubgraph } from './schema';

void runSubgraphMain(legalSubgraph, process.env);
