import {
  type RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import {
  graphqlOperation,
  INTERNAL_IDENTITY_HEADER,
  isCentre,
  OPERATION_HEADER,
  REQUEST_ID_HEADER,
  type InternalSigner,
} from '@hub/common/identity';
import { type Logger } from '@hub/common/logger';
import { isOutage, outageError } from '@hub/common/outage';
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from '../context';
import { CancellableDataSource } from '../request-timeout';

type FetchResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/** More than this many failed entity fields become one error per entity. */
const MAX_FIELD_ERRORS = 100;

/**
 * Each subgraph fetch: forwards the caller's identity in a token signed for this fetch alone —
 * this subgraph, this request, this operation and its variables, one use — with the request id
 * and the client's operation name. A request that runs long keeps its identity: every fetch,
 * however late, gets a fresh token. When the subgraph cannot be reached (down, restarting, draining), the fetch
 * answers with typed, retryable errors at the paths it would have filled instead of throwing, so
 * the planner keeps what the other subgraphs returned and puts each error where the data is
 * missing — not a masked internal error for the whole operation.
 */
export class HubDataSource extends CancellableDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly log: Logger,
    private readonly sign: InternalSigner,
    options: { globalFetch?: boolean } = {},
  ) {
    super(url, options);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request, context } = options;
    // Health checks and introspection at start carry no request context: nothing to forward.
    if ('caller' in context && context.caller) {
      const token = this.sign({
        caller: context.caller,
        requestId: context.requestId,
        subgraph: this.name,
        operation: graphqlOperation(request.query ?? '', request.variables),
        audience: context.audience,
      });
      request.http?.headers.set(INTERNAL_IDENTITY_HEADER, token);
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

  /**
   * A subgraph's refusal or failure as an error without Apollo's `extensions.response` (the
   * subgraph's URL, status and body): those are for the gateway's log, never for a client.
   */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const { response: _response, ...extensions } = error.extensions;
    this.log.warn({ subgraph: this.name, status: response.status }, 'subgraph refused a fetch');
    return new GraphQLError(error.message, { extensions });
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
