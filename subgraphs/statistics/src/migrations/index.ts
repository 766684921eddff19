/**
 * The statistics subgraph owns no tables: it reads the views the cases, services, legal and
 * partners subgraphs grant its role. Its own schema stays empty.
 */
export const migrations = [];
