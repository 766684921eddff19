import type { ApolloServerPlugin } from '@apollo/server';
import type { SubgraphName } from '../bootstrap';
import type { HubContext } from '../context';
import { ErrorCode } from '../errors';
import { describeFault } from '../http';
import type { Logger } from '../logger';
import { isOutage, outageError } from '../outage';
import { accessLogRows, type AccessLogWriter } from './access-log';

/**
 * Writes the request's consent decisions to the access log before the response leaves. If they
 * cannot be recorded, nothing is released: the response becomes an error.
 */
export function accessLogPlugin(
  subgraph: SubgraphName,
  write: AccessLogWriter,
  log: Logger,
): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation: document, operationName, response }) {
          try {
            await write(
              accessLogRows(
                contextValue.consent,
                {
                  requestId: contextValue.requestId,
                  subgraph,
                  operation: contextValue.operation ?? operationName ?? null,
                },
                contextValue.audience ?? undefined,
              ),
            );
          } catch (error) {
            log.error(
              { requestId: contextValue.requestId, err: describeFault(error) },
              'access log write failed; response withheld',
            );
            if (response.body.kind === 'single') {
              // The database going away under a read's write is an outage, retryable like any
              // other: a live update read at that moment is retried, not taken for a refusal. A
              // mutation has committed by now, so its answer must not invite a blind retry.
              const retryable = isOutage(error) && document?.operation !== 'mutation';
              response.body.singleResult = {
                errors: [
                  retryable
                    ? outageError(undefined)
                    : {
                        message: 'The access could not be recorded, so nothing is released.',
                        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
                      },
                ],
              };
            }
          }
        },
      };
    },
  };
}
