import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@hoctap/core';

/** Codes that describe the caller's mistake, not the server's: logged at info, not error. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COSTLY',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
]);

/** Logs every GraphQL error with the request id, so a user's report can be traced to its cause. */
export function errorLoggingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const code = typeof error.extensions.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
            const entry = { requestId: contextValue.requestId, operationName, code, path: error.path };
            if (CLIENT_CODES.has(code)) contextValue.logger.info(entry, error.message);
            else contextValue.logger.error({ ...entry, err: error.originalError ?? error }, error.message);
          }
        },
      };
    },
  };
}
