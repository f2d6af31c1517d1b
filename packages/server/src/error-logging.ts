import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestContext } from '@hoctap/core';
import { publicError } from './errors.js';

/** Codes whose answer tells the caller to come back later: the request id helps trace them too. */
const TRACED_CODES = new Set(['INTERNAL_SERVER_ERROR', 'UNAVAILABLE']);

/**
 * Logs every GraphQL error with the request id: the caller's mistakes at info, everything masked
 * at error with the full original error (stack, database text), so a user's report can be traced
 * to its cause. Masked and unavailable answers carry the request id; a request refused only
 * because the server is busy or shutting down answers 503 with Retry-After.
 */
export function errorLoggingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const shown = publicError(unwrapResolverError(error));
            const code = shown ? String(shown.extensions.code) : 'INTERNAL_SERVER_ERROR';
            const entry = { requestId: contextValue.requestId, operationName, code, path: error.path };
            if (shown && code !== 'UNAVAILABLE') contextValue.logger.info(entry, shown.message);
            else contextValue.logger.error({ ...entry, err: error.originalError ?? error }, error.message);
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          result.errors = result.errors.map((e) =>
            TRACED_CODES.has(String(e.extensions?.code))
              ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }
              : e,
          );
          const onlyUnavailable = result.errors.every((e) => e.extensions?.code === 'UNAVAILABLE');
          if (onlyUnavailable && (result.data === null || result.data === undefined)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
        },
      };
    },
  };
}
