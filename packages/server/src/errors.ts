/**
 * What a caller is told when something fails. Domain errors (and database errors that mean one,
 * such as a unique violation) pass through with their code; GraphQL's own refusals (parse,
 * validation, variable coercion, the query limits) pass through as they are; everything else is
 * masked as INTERNAL_SERVER_ERROR with the request id, and logged in full on the server.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { domainErrorOfDatabase } from '@hoctap/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** HTTP statuses of the codes answered outside a GraphQL result (context errors, the file exports). */
export const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COSTLY: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** Codes Apollo and graphql-js give to refusals of the request itself; their messages name no internals. */
const GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
  'UNAUTHENTICATED',
]);

/** Extensions of GraphQL's own refusals a client may read (the cost limit's figures, a field's problems). */
const SAFE_EXTENSIONS = ['cost', 'maxCost', 'problems'];

export const INTERNAL_MESSAGE = 'Lỗi máy chủ / Internal server error. Quote the request id when reporting it.';

/** The public form of an error, or null when it must be masked. */
export function publicError(error: unknown): { message: string; extensions: Record<string, unknown> } | null {
  // A GraphQLError raised outside any field (parse, validation, variable coercion, the limits):
  // GraphQL's own refusal of the request, whatever a scalar threw underneath.
  if (error instanceof GraphQLError && error.path === undefined) {
    const code = error.extensions.code;
    if (typeof code === 'string' && GRAPHQL_CODES.has(code)) {
      const extensions: Record<string, unknown> = { code };
      for (const key of SAFE_EXTENSIONS) if (key in error.extensions) extensions[key] = error.extensions[key];
      return { message: error.message, extensions };
    }
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const domain = domainErrorOfDatabase(original);
  if (domain) return { message: domain.message, extensions: { ...domain.extensions } };
  return null;
}

/** Apollo's `formatError`: public errors keep their code; the rest say only that the server failed. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const shown = publicError(unwrapResolverError(error));
  const place = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (shown) return { message: shown.message, ...place, extensions: shown.extensions };
  return { message: INTERNAL_MESSAGE, ...place, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** A domain error as the GraphQLError Apollo expects from the context function, with its HTTP status. */
export function contextError(error: unknown): unknown {
  const domain = domainErrorOfDatabase(error);
  if (!domain) return error;
  return new GraphQLError(domain.message, {
    originalError: domain,
    extensions: { ...domain.extensions, http: { status: STATUS_OF_CODE[domain.code] ?? 400 } },
  });
}

/**
 * Errors raised by the HTTP layer before GraphQL runs (a body over the limit, malformed JSON, an
 * unsupported media type), answered in GraphQL's error shape; a server fault is masked and logged.
 */
export function httpErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode ?? 500;
  if (status === 429 && 'errors' in error)
    return reply.code(429).send({ errors: (error as { errors: unknown }).errors });
  if (status >= 400 && status < 500) {
    const code =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? 'PAYLOAD_TOO_LARGE'
        : status === 415
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : 'BAD_REQUEST';
    const message =
      code === 'PAYLOAD_TOO_LARGE'
        ? `Yêu cầu quá lớn / The request body is larger than the limit of ${request.server.initialConfig.bodyLimit ?? 0} bytes. Send less at once (fewer items, or a file through its import route).`
        : error.message;
    request.log.info({ requestId: request.id, code, status }, message);
    return reply.code(status).send({ errors: [{ message, extensions: { code, status } }] });
  }
  request.log.error({ requestId: request.id, err: error }, 'request failed');
  return reply.code(500).send({
    errors: [{ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: request.id } }],
  });
}
