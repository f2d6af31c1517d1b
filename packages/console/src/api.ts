import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ConsoleRefreshSessionDocument } from '@hoctap/client';
import { print } from 'graphql';
import { session } from './session.js';

/** One broken rule on one input field, as BAD_USER_INPUT carries it in `extensions.problems`. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/** A GraphQL error as the server reports it (message Vietnamese first, English beside). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

interface GraphQLBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string; problems?: FieldProblem[] } }[];
}

async function post<R>(
  query: string,
  variables: unknown,
  token: string | null,
): Promise<{ status: number; body: GraphQLBody<R> }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<R> };
}

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh token for new tokens once, however many requests found the access token expired. */
export function refreshTokens(): Promise<boolean> {
  const refreshToken = session.refreshToken();
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= post<{ refreshSession: { accessToken: string; refreshToken?: string | null } }>(
    print(ConsoleRefreshSessionDocument),
    { refreshToken },
    null,
  )
    .then(({ body }) => {
      const next = body.data?.refreshSession;
      if (!next) return false;
      session.save({ accessToken: next.accessToken, refreshToken: next.refreshToken ?? refreshToken });
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/**
 * Runs a typed document against this server's /graphql with the session's bearer token; an expired
 * access token is refreshed once and the request retried.
 */
export async function request<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
): Promise<R> {
  const query = print(document);
  let { status, body } = await post<R>(query, variables, session.accessToken());
  if (body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' && (await refreshTokens()))
    ({ status, body } = await post<R>(query, variables, session.accessToken()));
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions?.problems ?? []);
  if (!body.data) throw new ApiError(`Máy chủ trả lời ${status} / Server answered ${status}`, undefined);
  return body.data;
}

/** A message for people from anything a request may throw. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
