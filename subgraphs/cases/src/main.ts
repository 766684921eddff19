import { runSubgraphMain } from '@hub/common';
import { casesSubgraph } from './schema';

void runSubgraphMain(casesSubgraph, process.env);
