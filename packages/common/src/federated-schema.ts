import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { Kind, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { hubAuthChecker } from './access';
import type { SubgraphName } from './bootstrap';
import type { HubContext } from './context';
import {
  CATEGORY_DIRECTIVE_SDL,
  CONSENT_SPEC_URL,
  DATA_CATEGORY_ENUM_SDL,
  type AuthorOf,
  type CaseIdOf,
} from './consent/category';
import { enforceCategories } from './consent/enforce';
// The shared enums become GraphQL types before any schema is built from them.
import './graphql-enums';
import type { OrmOptions } from './db';
import { canonicaliseIds } from './ids';
import type { Logger } from './logger';

/** The federation 2 directives a subgraph may use. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@composeDirective"])';

/** The consent vocabulary: `@category` on every field of a case-related type, kept in the supergraph. */
const CONSENT_LINK = `extend schema @link(url: "${CONSENT_SPEC_URL}", import: ["@category"]) @composeDirective(name: "@category")`;

type ReferenceResolver = (
  reference: { id?: string; code?: string } & Record<string, unknown>,
  ctx: HubContext,
) => unknown;

/** What makes one subgraph: its types and resolvers, its tables, its migrations. */
/** type-graphql cannot describe the root types; every subgraph gives them the same words. */
const ROOT_TYPE_DESCRIPTIONS: Record<string, string> = {
  Query:
    'Reads. Each answers with only what you may see: consent decides which cases, and which parts of them, reach you.',
  Mutation:
    'Changes. Each writes its domain event in the same transaction; subscribers hear of it after commit.',
};

export interface SubgraphDefinition {
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /**
   * How to find the case of each case-related type (by GraphQL type name). Value objects without
   * an id (Person, …) need no entry: they take the case of the field that returned them.
   */
  caseTypes?: Record<string, CaseIdOf>;
  /**
   * Types a partner writes (by GraphQL type name), and how to find the partner that wrote a
   * value: that partner reads its own value whole; everyone else by the case's consent.
   */
  authoredTypes?: Record<string, AuthorOf>;
  /**
   * SDL this subgraph publishes without resolving it itself, such as the Subscription type the
   * gateway serves (a subgraph never executes subscriptions).
   */
  extraTypeDefs?: string;
  /** `__resolveReference` per entity type this subgraph owns; back each with a DataLoader. */
  referenceResolvers?: Record<string, ReferenceResolver>;
  entities: OrmOptions['entities'];
  migrations: OrmOptions['migrations'];
  /**
   * Work the subgraph does in the background while it serves, e.g. following other subgraphs'
   * events. Started once the server is built, stopped first when it closes.
   */
  background?: (orm: MikroORM, log: Logger) => { stop(): Promise<void> };
  /**
   * Plain HTTP routes beside /graphql (e.g. a streamed CSV download), mounted at `path` behind
   * the same internal identity check: handlers find the caller in `res.locals.caller` and the
   * request id in `res.locals.requestId`.
   */
  http?: { path: string; routes: (router: express.Router, orm: MikroORM, log: Logger) => void };
  /**
   * Whether the subgraph's mutations take idempotency keys (hub.idempotency_key): its own expired
   * keys are then swept while it runs. Default true.
   */
  idempotencyKeys?: boolean;
}

/**
 * Builds a federation 2 subgraph schema from type-graphql classes: type-graphql makes the schema,
 * its SDL (with `@key` and friends) is printed with directives and handed to @apollo/subgraph,
 * and the resolvers are re-attached together with the reference resolvers.
 */
export async function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    authChecker: hubAuthChecker,
    // forbidUnknownValues would refuse plain Date arguments; inputs are type-graphql classes anyway.
    validate: { forbidUnknownValues: false, whitelist: true, forbidNonWhitelisted: true },
  });
  const printed = printSchemaWithDirectives(schema).replace(
    /^type (Query|Mutation) \{/gm,
    (line, name: string) => `"""${ROOT_TYPE_DESCRIPTIONS[name]}"""\n${line}`,
  );
  const vocabulary = /^enum DataCategory\b/m.test(printed) ? '' : `\n\n${DATA_CATEGORY_ENUM_SDL}`;
  const extra = definition.extraTypeDefs ? `\n\n${definition.extraTypeDefs}` : '';
  const typeDefs = parse(
    `${FEDERATION_LINK}\n${CONSENT_LINK}\n\n${CATEGORY_DIRECTIVE_SDL}\n\n${printed}${vocabulary}${extra}`,
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolve] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: resolve,
    } as never;
  }
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers });
  // Types only published here (the gateway serves them, e.g. HubEvent) are never resolved here.
  const publishedOnly = new Set(
    definition.extraTypeDefs
      ? parse(definition.extraTypeDefs).definitions.flatMap((node) =>
          node.kind === Kind.OBJECT_TYPE_DEFINITION ? [node.name.value] : [],
        )
      : [],
  );
  enforceCategories(
    subgraph,
    definition.caseTypes ?? {},
    definition.authoredTypes ?? {},
    publishedOnly,
  );
  // Outermost: ids are canonical before consent or any resolver reads them.
  canonicaliseIds(subgraph);
  return subgraph;
}

/** The subgraph's SDL as composition sees it (what `schema/<name>.graphql` holds). */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
