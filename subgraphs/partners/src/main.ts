import { runSubgraphMain } from '@hub/common';
import { partnersSubgraph } from './schema';

void runSubgraphMain(partnersSubgraph, process.env);
