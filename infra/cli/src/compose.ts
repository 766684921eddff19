import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { SUBGRAPH_NAMES, type SubgraphName } from '@hub/common/bootstrap';
import { buildFederatedSchema, subgraphSdl } from '@hub/common/schema';
import { lexicographicSortSchema, parse, printSchema } from 'graphql';
import { SCHEMA_DIR } from './paths';
import { defaultSubgraphUrl, SUBGRAPHS } from './subgraphs';

export interface ComposedSchemas {
  subgraphs: Record<SubgraphName, string>;
  supergraph: string;
  /** The schema clients see (no federation machinery): what SDK and web code generation read. */
  api: string;
}

/** Emits every subgraph's SDL from its code and composes the supergraph from them. */
export async function composeSchemas(): Promise<ComposedSchemas> {
  const subgraphs = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    subgraphs[name] = subgraphSdl(await buildFederatedSchema(SUBGRAPHS[name]));
  }
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: defaultSubgraphUrl(name),
      typeDefs: parse(subgraphs[name]),
    })),
  );
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`,
    );
  }
  const api = printSchema(lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema()));
  return { subgraphs, supergraph: `${result.supergraphSdl.trim()}\n`, api: `${api.trim()}\n` };
}

export const schemaFile = (name: SubgraphName | 'supergraph' | 'api') =>
  path.join(SCHEMA_DIR, `${name}.graphql`);

/** Writes schema/<name>.graphql, schema/supergraph.graphql and schema/api.graphql; returns the files that changed. */
export async function writeSchemas(): Promise<string[]> {
  const composed = await composeSchemas();
  mkdirSync(SCHEMA_DIR, { recursive: true });
  const files: [string, string][] = [
    ...SUBGRAPH_NAMES.map(
      (name) => [schemaFile(name), composed.subgraphs[name]] as [string, string],
    ),
    [schemaFile('supergraph'), composed.supergraph],
    [schemaFile('api'), composed.api],
  ];
  const changed: string[] = [];
  for (const [file, content] of files) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // A new file.
    }
    if (current !== content) {
      writeFileSync(file, content);
      changed.push(path.relative(process.cwd(), file));
    }
  }
  return changed;
}
