/**
 * The core's API over a test database, called in-process (no socket) as any caller. Core
 * modules' tests use it; a plugin's tests use `createTestPlatform`, which adds the plugins.
 */
import { Role, TokenService, type Principal } from '@hoctap/core';
import { buildHoctapSchema, createApp } from '@hoctap/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase, type TestMap } from './database.js';

/** Signs the test callers' tokens; long enough for HS256. */
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** What a GraphQL call answered: the HTTP status and the response body. */
export interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** A caller: a principal (signed into a bearer token), or a raw `Authorization` header value. */
export type TestCaller = Principal | string;

/** Runs a GraphQL operation in-process as the caller (anonymous when `as` is absent). */
export async function executeAs<T>(
  app: FastifyInstance,
  tokens: TokenService,
  query: string,
  options: { variables?: Record<string, unknown>; as?: TestCaller } = {},
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const as = options.as;
  if (typeof as === 'string') headers.authorization = as;
  else if (as) {
    const token = await tokens.signPrincipal(as);
    if (token) headers.authorization = `Bearer ${token}`;
  }
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers,
    payload: { query, variables: options.variables },
  });
  return { status: response.statusCode, ...(response.json() as object) };
}

export interface TestApi {
  app: FastifyInstance;
  tokens: TokenService;
  /** Runs a GraphQL operation in-process (no socket) as the given caller. */
  execute<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; as?: TestCaller },
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** The HTTP app over a test database, with a helper to call it as any caller. */
export async function createTestApi(orm: MikroORM, limits = { maxDepth: 10, maxCost: 20000 }): Promise<TestApi> {
  const tokens = new TokenService(TEST_JWT_SECRET);
  const app = await createApp({
    orm,
    schema: await buildHoctapSchema(),
    tokens,
    limits,
    logLevel: process.env.HOCTAP_TEST_LOG_LEVEL ?? 'silent',
    production: false,
  });
  return {
    app,
    tokens,
    execute: (query, options) => executeAs(app, tokens, query, options),
    close: () => app.close(),
  };
}

/** Callers every test may use: a national administrator and a national analyst. */
export const testPrincipals = {
  admin: { kind: 'user', subject: 'test-admin', role: Role.ADMIN } as Principal,
  analyst: { kind: 'user', subject: 'test-analyst', role: Role.ANALYST } as Principal,
};

/**
 * For a test file: its own database and an API over it, created before the tests and dropped
 * after. Read `db` and `api` inside tests (they exist once `beforeAll` has run).
 */
export function useTestApi(options: { map?: TestMap } = {}): { readonly db: TestDatabase; readonly api: TestApi } {
  const handle: { db?: TestDatabase; api?: TestApi } = {};
  beforeAll(async () => {
    handle.db = await createTestDatabase(options);
    handle.api = await createTestApi(handle.db.orm);
  });
  afterAll(async () => {
    await handle.api?.close();
    await handle.db?.drop();
  });
  return {
    get db() {
      if (!handle.db) throw new Error('useTestApi: the database exists only inside tests and hooks.');
      return handle.db;
    },
    get api() {
      if (!handle.api) throw new Error('useTestApi: the API exists only inside tests and hooks.');
      return handle.api;
    },
  };
}
