import {
  type RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import {
  INTERNAL_IDENTITY_HEADER,
  isCentre,
  isOutage,
  OPERATION_HEADER,
  outageError,
  REQUEST_ID_HEADER,
  type Logger,
} from '@hub/common';
import { Kind, parse, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from '../gateway';
import { CancellableDataSource } from '../request-timeout';

type FetchResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/** More than this many failed entity fields become one error per entity. */
const MAX_FIELD_ERRORS = 100;

/**
 * Each subgraph fetch: forwards the caller's signed identity, the request id and the client's
 * operation name. When the subgraph cannot be reached (down, restarting, draining), the fetch
 * answers with typed, retryable errors at the paths it would have filled instead of throwing, so
 * the planner keeps what the other subgraphs returned and puts each error where the data is
 * missing — not a masked internal error for the whole operation.
 */
export class HubDataSource extends CancellableDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly log: Logger,
  ) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request, context } = options;
    // Health checks and introspection at start carry no request context: nothing to forward.
    if ('internalToken' in context && context.internalToken) {
      request.http?.headers.set(INTERNAL_IDENTITY_HEADER, context.internalToken);
      request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
      if (context.audience?.length) {
        request.extensions = { ...request.extensions, hubAudience: context.audience };
      }
      // The client's own operation name, for the access log (subgraphs see generated names).
      const operation =
        'incomingRequestContext' in options ? options.incomingRequestContext.operationName : null;
      if (operation) {
        request.http?.headers.set(OPERATION_HEADER, operation);
      }
    }
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<FetchResult> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!isOutage(error) || !options.request.query) {
        throw error;
      }
      const context = options.context as Partial<GatewayContext>;
      this.log.warn(
        { requestId: context.requestId, subgraph: this.name, err: (error as Error).name },
        'subgraph unavailable',
      );
      // Which service is down is for the Centre's staff and operators, not for partners.
      const extensions = context.caller && isCentre(context.caller) ? { service: this.name } : {};
      const representations = options.request.variables?.representations;
      const paths = missingPaths(
        ('document' in options && options.document) || parse(options.request.query),
        Array.isArray(representations) ? representations.length : 0,
      );
      return {
        errors: paths.map((path) => outageError(path, extensions)),
      } as FetchResult;
    }
  }
}

const responseKeys = (selectionSet: SelectionSetNode | undefined): string[] =>
  (selectionSet?.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD
      ? selection.name.value === '__typename'
        ? []
        : [selection.alias?.value ?? selection.name.value]
      : selection.kind === Kind.INLINE_FRAGMENT
        ? responseKeys(selection.selectionSet)
        : [],
  );

/**
 * The paths, in the subgraph's own response, that this fetch would have filled: each root field,
 * or for an entity fetch each field of each entity (`_entities.<i>.<field>`), which the gateway
 * maps back into the client's answer.
 */
function missingPaths(document: DocumentNode, entities: number): (string | number)[][] {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) {
    return [[]];
  }
  const roots = operation.selectionSet.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD,
  );
  const entityRoot = roots.find((field) => field.name.value === '_entities');
  if (!entityRoot) {
    return roots.map((field) => [field.alias?.value ?? field.name.value]);
  }
  const fields = [...new Set(responseKeys(entityRoot.selectionSet))];
  const indexes = Array.from({ length: entities }, (_, i) => i);
  if (entities * fields.length > MAX_FIELD_ERRORS) {
    return indexes.map((i) => ['_entities', i]);
  }
  return indexes.flatMap((i) => fields.map((field) => ['_entities', i, field]));
}
